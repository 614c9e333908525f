#include "automation/SiteDirectory.h"

#include "api/ApiClient.h"

namespace dr::automation {

SiteDirectory::SiteDirectory(api::TokenManager* tokens, const Clock& clock, QObject* parent)
    : QObject(parent), m_tokens(tokens), m_clock(clock)
{
}

SiteDirectory::~SiteDirectory() = default;

void SiteDirectory::add(Entry entry)
{
    m_entries.append(std::move(entry));
}

void SiteDirectory::setFallback(api::ConnectionSettings settings, api::Credentials credentials)
{
    m_fallback = Entry{{}, std::move(settings), std::move(credentials)};
}

api::ApiClient* SiteDirectory::client(const QString& appliance, QString* error)
{
    const HostPort wanted = splitHostPort(appliance);
    if (wanted.host.isEmpty()) {
        if (error)
            *error = tr("No appliance was named; record the appliance's host name or address first.");
        return nullptr;
    }
    const Entry* found = nullptr;
    for (const Entry& e : m_entries) {
        const QUrl& url = e.settings.baseUrl;
        const quint16 port = static_cast<quint16>(url.port(443));
        const bool byName =
            !wanted.isUrl && wanted.port == 0 && e.names.contains(appliance.trimmed(), Qt::CaseInsensitive);
        const bool byHost =
            url.host().compare(wanted.host, Qt::CaseInsensitive) == 0 && (wanted.port == 0 || wanted.port == port);
        if (byName || byHost) {
            found = &e;
            break;
        }
    }
    Entry made;
    if (!found) {
        if (!m_fallback) {
            if (error)
                *error = tr("%1 is not one of this site's appliances. Add it to the site's appliance list (URL, "
                            "certificate trust and API account) or record one of: %2.")
                             .arg(appliance, [this] {
                                 QStringList names;
                                 for (const Entry& e : m_entries)
                                     names << e.settings.baseUrl.host();
                                 return names.join(QStringLiteral(", "));
                             }());
            return nullptr;
        }
        made = *m_fallback;
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(wanted.host);
        if (wanted.port)
            url.setPort(wanted.port);
        made.settings.baseUrl = url;
        found = &made;
    }
    if (const auto bad = found->settings.validate()) {
        if (error)
            *error = bad->message;
        return nullptr;
    }
    const QString key = found->settings.siteKey() + QLatin1Char('|') + found->credentials.clientId;
    if (api::ApiClient* existing = m_clients.value(key))
        return existing;
    auto* c = new api::ApiClient(found->settings, found->credentials, m_clock, m_tokens, this);
    m_clients.insert(key, c);
    return c;
}

std::optional<Endpoint> SiteDirectory::endpoint(const QString& host, quint16 port, QString* error)
{
    const HostPort hp = splitHostPort(host);
    if (hp.host.isEmpty()) {
        if (error)
            *error = tr("No host was named; record the host name or address first.");
        return std::nullopt;
    }
    const quint16 p = port ? port : (hp.port ? hp.port : 443);
    return Endpoint{hp.host, p, hp.host};
}

} // namespace dr::automation
