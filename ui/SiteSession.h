#pragma once

#include "StatusDashboard.h"

#include "site/SiteProfile.h"

#include <QObject>

namespace dr::api {
class TokenManager;
}
namespace dr::automation {
class SiteDirectory;
}
namespace dr::keychain {
class SecretStore;
}

namespace dr::ui {

// A real site opened from its profile: one API client per recorded appliance (core/automation SiteDirectory, with
// the API account's client secret read from the OS keychain), and what the dashboard needs to show it (the served
// certificate compared with the certificate backup's fingerprint, the backup folder). Reading the keychain is
// asynchronous: ready() says when the appliances are known.
class SiteSession : public QObject
{
    Q_OBJECT
public:
    explicit SiteSession(QObject* parent = nullptr);
    ~SiteSession() override;

    void start(const site::SiteProfile& profile, const QString& profilePath);
    bool isReady() const { return m_pending == 0 && m_started; }
    const site::SiteProfile& profile() const { return m_profile; }
    QString profilePath() const { return m_path; }
    QList<DashboardAppliance> appliances() const { return m_appliances; }
    automation::SiteDirectory* directory() const { return m_directory; }

signals:
    void ready();

private:
    void finishOne();

    site::SiteProfile m_profile;
    QString m_path;
    api::TokenManager* m_tokens = nullptr;
    automation::SiteDirectory* m_directory = nullptr;
    keychain::SecretStore* m_secrets = nullptr;
    QList<DashboardAppliance> m_appliances;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace dr::ui
