#pragma once

#include "DashboardModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dr::api {
class ApiClient;
class ApiCall;
} // namespace dr::api
namespace dr::cert {
class ServedChainProbe;
}

namespace dr::ui {

// One appliance on the dashboard: how to ask its health, where to read the certificate it serves, and the folder
// of the site's backups.
struct DashboardAppliance
{
    QString name;
    QString address;                  // shown beside the name (FQDN or host name)
    api::ApiClient* client = nullptr; // check_health; not owned, outlives the dashboard
    QString tlsHost;                  // where to read the served certificate; empty = not read
    quint16 tlsPort = 443;
    QString tlsName;                   // SNI and the name the certificate must be issued for
    QString expectedCertificateSha256; // the site's certificate backup; empty = not compared
    QString backupFolder;              // the site's .nsb folder; empty = none set
    QString healthNote;                // without a client: why health is not asked, and what to do
};

// Each appliance's health, failover role, version, last sync age, certificate expiry and last backup age, refreshed
// in the background. Never blocks: health is an asynchronous API call, the certificate a TLS handshake on the event
// loop, the backup folder is listed on a worker thread.
class StatusDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit StatusDashboard(QWidget* parent = nullptr);
    ~StatusDashboard() override;

    void addAppliance(const DashboardAppliance& appliance);
    void addAppliance(const QString& name, const QString& address, api::ApiClient* client);
    void setTitle(const QString& title);
    void setRefreshIntervalMs(int ms) { m_timer.setInterval(ms); }
    void setBackupStaleDays(int days) { m_model.setBackupStaleDays(days); }
    DashboardModel* model() { return &m_model; }
    bool refreshInProgress() const;

public slots:
    void refresh();

signals:
    void refreshed(); // every appliance of the round has answered or failed (health, certificate, backups)

private:
    friend class AppFeaturesImpl;
    struct Entry
    {
        DashboardAppliance config;
        QPointer<api::ApiCall> call;
        QPointer<cert::ServedChainProbe> probe;
    };
    // StatusDashboardProbes.cpp, through AppFeatures.
    void refreshProbes();
    void abortProbes();
    void refreshHealth(Entry& entry);
    void refreshCertificate(Entry& entry);
    void refreshBackups(const QString& folder);
    void finishOne();

    DashboardModel m_model;
    QList<Entry> m_entries;
    QStringList m_scanning; // backup folders being listed
    QTimer m_timer;
    QLabel* m_title = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_summary = nullptr;
    int m_pending = 0;
};

} // namespace dr::ui
