#include "SiteSession.h"

#include "api/TokenManager.h"
#include "automation/SiteDirectory.h"
#include "common/Clock.h"
#include "keychain/SecretStore.h"
#include "site/SiteConnection.h"

#include <QTimer>

namespace dr::ui {

SiteSession::SiteSession(QObject* parent) : QObject(parent)
{
    m_tokens = new api::TokenManager(SystemClock::instance(), this);
    m_directory = new automation::SiteDirectory(m_tokens, SystemClock::instance(), this);
    m_secrets = new keychain::SecretStore(this);
}

SiteSession::~SiteSession() = default;

void SiteSession::start(const site::SiteProfile& profile, const QString& profilePath)
{
    m_profile = profile;
    m_path = profilePath;
    m_started = true;
    const site::ApiAccount* account = m_profile.backupAccount();
    const QString folder =
        m_profile.backups.folder.isEmpty() ? QString() : site::resolveProfilePath(m_path, m_profile.backups.folder);
    m_pending = 1; // released at the end, so ready() comes once every lookup has answered
    for (int i = 0; i < m_profile.appliances.size(); ++i) {
        const site::Appliance& a = m_profile.appliances.at(i);
        DashboardAppliance d;
        d.name = a.name;
        d.address = a.fqdn;
        d.backupFolder = folder;
        d.expectedCertificateSha256 = m_profile.certificateBackup.sha256;
        QString why;
        const std::optional<api::ConnectionSettings> settings = site::connectionSettingsFor(a, m_path, &why);
        if (settings) {
            d.tlsHost = settings->baseUrl.host();
            d.tlsPort = quint16(settings->baseUrl.port(443));
            d.tlsName = a.fqdn.isEmpty() ? d.tlsHost : a.fqdn;
        }
        if (!settings)
            d.healthNote = tr("Not asked: %1").arg(why);
        else if (!account)
            d.healthNote = tr("Not asked: record an API account in the site profile.");
        m_appliances << d;
        if (!settings || !account)
            continue;
        ++m_pending;
        const QString clientId = account->clientId;
        m_secrets->read(site::apiSecretKey(*settings, clientId),
                        [this, i, settings = *settings, clientId, a](keychain::SecretLookup r) {
                            DashboardAppliance& d = m_appliances[i];
                            if (r.status != keychain::SecretLookup::Status::Found) {
                                d.healthNote = r.status == keychain::SecretLookup::Status::NotFound
                                                   ? tr("Not asked: store the client secret of %1 (Edit site > "
                                                        "Contacts and API accounts).")
                                                         .arg(clientId)
                                                   : tr("Not asked: %1").arg(r.message);
                            } else {
                                automation::SiteDirectory::Entry entry;
                                entry.names = {a.name, a.fqdn};
                                entry.settings = settings;
                                entry.credentials.clientId = clientId;
                                entry.credentials.secret = std::move(r.secret);
                                m_directory->add(std::move(entry));
                                QString error;
                                d.client = m_directory->client(a.name, &error);
                                if (!d.client)
                                    d.healthNote = tr("Not asked: %1").arg(error);
                            }
                            finishOne();
                        });
    }
    QTimer::singleShot(0, this, &SiteSession::finishOne);
}

void SiteSession::finishOne()
{
    if (--m_pending == 0)
        emit ready();
}

} // namespace dr::ui
