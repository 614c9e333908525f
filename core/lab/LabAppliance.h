#pragma once

#include "lab/LabTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace dr::lab {

class Lab;
struct LabAppliancePrivate;

// One simulated appliance: its own HTTPS listener on 127.0.0.1, its own certificate, role and faults.
// Made and owned by Lab.
class LabAppliance : public QObject
{
    Q_OBJECT
public:
    ~LabAppliance() override;

    QString name() const;     // "primary", "backup", "spare", "master-a", "master-b", "traffic-1", ...
    QString guid() const;     // 32 lower-case hex
    QString hostname() const; // e.g. "primary.lab.drrunbook.test"
    QUrl url() const;         // https://127.0.0.1:PORT
    quint16 port() const;
    QString version() const; // "23.2.4 (12345-abcdef...)"
    void setVersion(const QString& version);
    QString failoverRole() const; // none|primary|backup
    QString clusterRole() const;  // single|primary|traffic
    bool healthy() const;
    QString errorMessage() const;
    void setHealthy(bool healthy, const QString& errorMessage = {});

    void injectFault(const Fault& fault);
    void clearFaults();
    QList<Fault> faults() const;

    void serveCertificate(const QList<QSslCertificate>& chain, const QSslKey& key); // e.g. the restored one
    void serveFactoryDefaultCertificate(); // what a replaced appliance serves before the operator restores
    void serveLabCertificate();            // back to its own lab-CA-issued certificate
    QList<QSslCertificate> servedChain() const;
    QSslKey servedKey() const;
    // Its own certificate issued by the lab CA (SANs: hostname, site hostname, localhost, 127.0.0.1),
    // chain = [leaf, lab CA]: what the operator would have backed up as a .p12.
    QList<QSslCertificate> labChain() const;
    QSslKey labKey() const;

    void setBackupSize(qint64 bytes); // .nsb generated on the fly, deterministic content, any size
    qint64 backupSize() const;
    void setBackupPassword(const QByteArray&); // non-empty: /api/backup requires {"password":...}
    void setConnectedCount(const QString& type,
                           int n); // representative, support_customer, presentation_attendee, push_agent
    int connectedCount(const QString& type) const;
    void setLoggedInReps(const QStringList& names);
    QStringList loggedInReps() const;
    void setAcceptingConnections(bool accepting); // get_appliances <accepting_connections>
    bool acceptingConnections() const;

    // Failover sync state reported by check_health (pairs only). status: "success", "failed", ...
    void setLastDataSync(const QDateTime& when, const QString& status = QStringLiteral("success"));
    QDateTime lastDataSyncTime() const;
    QString lastDataSyncStatus() const;

    // A fresh (replaced) appliance is not configured: it knows no API account until a backup is restored.
    bool isConfigured() const;
    bool isPoweredOn() const;
    bool isListening() const;

    qint64 requestCount(const QString& action) const; // "token", "backup", "probe", or a command action
    void resetRequestCounts();

signals:
    void failoverRoleChanged(const QString& role);
    void requestServed(const QString& action, int httpStatus);

private:
    friend class Lab;
    friend class LabApi;
    friend class LabFailover;
    LabAppliance(Lab* lab, const QString& name, const QString& hostname);
    void updateListening(); // listen unless powered off or a Down fault is active
    std::unique_ptr<LabAppliancePrivate> d;
};

} // namespace dr::lab
