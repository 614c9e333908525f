#include "automation/LabDirectory.h"

#include "api/ApiClient.h"
#include "api/TokenManager.h"
#include "common/Clock.h"
#include "lab/Lab.h"

namespace dr::automation {

LabDirectory::LabDirectory(lab::Lab& lab, QObject* parent) : QObject(parent), m_lab(lab)
{
    m_tokens = new api::TokenManager(SystemClock::instance(), this);
}

LabDirectory::~LabDirectory() = default;

QString LabDirectory::labAddress(const QString& applianceName) const
{
    if (applianceName == QLatin1String(kSiteName))
        return sharedAddress();
    const QList<lab::LabAppliance*> all = m_lab.appliances();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i)->name() == applianceName)
            return QStringLiteral("198.51.100.%1").arg(11 + i);
    }
    return {};
}

void LabDirectory::setLinkLocal(const QString& address, const QString& applianceName)
{
    m_linkLocal.insert(address, applianceName);
}

QString LabDirectory::applianceName(const QString& appliance) const
{
    const HostPort hp = splitHostPort(appliance);
    if (hp.host.isEmpty())
        return {};
    const bool loopback = hp.host == QLatin1String("127.0.0.1") || hp.host == QLatin1String("localhost");
    if (loopback) {
        if (hp.port && hp.port == m_lab.siteUrl().port())
            return QString::fromLatin1(kSiteName);
        for (lab::LabAppliance* a : m_lab.appliances()) {
            if (hp.port && hp.port == a->port())
                return a->name();
        }
        return {};
    }
    if (hp.host == m_lab.siteHostname().toLower() || hp.host == sharedAddress())
        return QString::fromLatin1(kSiteName);
    for (lab::LabAppliance* a : m_lab.appliances()) {
        if (hp.host == a->name().toLower() || hp.host == a->hostname().toLower() || hp.host == labAddress(a->name()))
            return a->name();
    }
    return m_linkLocal.value(hp.host);
}

api::ApiClient* LabDirectory::makeClient(const QString& key, const QUrl& url)
{
    if (api::ApiClient* c = m_clients.value(key)) {
        if (c->settings().baseUrl == url)
            return c;
        m_clients.remove(key);
        c->deleteLater(); // the lab restarted on other ports
    }
    const lab::LabAccount account = m_lab.defaultAccount();
    api::ConnectionSettings settings;
    settings.baseUrl = url;
    settings.trust.caCertificates = {m_lab.caCertificate()};
    settings.transferTimeoutMs = 5'000;
    settings.deadlineMs = 10'000;
    api::Credentials credentials;
    credentials.clientId = account.clientId;
    credentials.secret = Secret(account.clientSecret);
    auto* c = new api::ApiClient(settings, std::move(credentials), SystemClock::instance(), m_tokens, this);
    m_clients.insert(key, c);
    return c;
}

api::ApiClient* LabDirectory::client(const QString& appliance, QString* error)
{
    if (!m_lab.isRunning()) {
        if (error)
            *error = tr("The drill lab is not running; start the drill again.");
        return nullptr;
    }
    const QString name = applianceName(appliance);
    if (name == QLatin1String(kSiteName))
        return makeClient(name, m_lab.siteUrl());
    if (lab::LabAppliance* a = name.isEmpty() ? nullptr : m_lab.appliance(name))
        return makeClient(name, a->url());
    if (error) {
        QStringList known;
        for (lab::LabAppliance* a : m_lab.appliances())
            known << a->hostname();
        known << m_lab.siteHostname();
        *error = tr("%1 is not an appliance of the drill lab; in a drill record one of: %2.")
                     .arg(appliance, known.join(QStringLiteral(", ")));
    }
    return nullptr;
}

std::optional<Endpoint> LabDirectory::endpoint(const QString& host, quint16 port, QString* error)
{
    const HostPort hp = splitHostPort(host);
    // Each lab appliance serves HTTPS only: the port a check names must be 443 (or left out).
    const quint16 wanted = port ? port : hp.port;
    const bool loopbackUrl = hp.host == QLatin1String("127.0.0.1") || hp.host == QLatin1String("localhost");
    if (wanted && wanted != 443 && !loopbackUrl) {
        if (error)
            *error = tr("The drill lab's appliances only serve HTTPS (port 443), not port %1.").arg(wanted);
        return std::nullopt;
    }
    const QString name = applianceName(host);
    if (name == QLatin1String(kSiteName))
        return Endpoint{QStringLiteral("127.0.0.1"), static_cast<quint16>(m_lab.siteUrl().port()), hp.host};
    if (lab::LabAppliance* a = name.isEmpty() ? nullptr : m_lab.appliance(name))
        return Endpoint{QStringLiteral("127.0.0.1"), a->port(), hp.host};
    if (error)
        *error = tr("%1 is not part of the drill lab, so the drill does not contact it. In a drill use the lab's "
                    "names or addresses.")
                     .arg(host);
    return std::nullopt;
}

} // namespace dr::automation
