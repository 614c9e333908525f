#pragma once

#include "lab/LabAppliance.h"
#include "lab/LabTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace dr::lab {

class LabCa;
struct LabPrivate;

// The drill lab: simulated appliances speaking the appliance API over real HTTPS on 127.0.0.1.
// Topologies: Single ("primary"); Pair ("primary", "backup"); Atlas ("master-a" primary, "master-b" backup,
// "traffic-1".."traffic-N"). Every reply carries Connection: close.
// Lab time: timeScale lab seconds pass per real second (token lifetime, failover timeout, data sync).
// Token replies give expires_in in real seconds (lifetime / timeScale, at least 1). Tokens are per appliance
// (a token from one appliance is "invalid_token" on its peer, as after a failover behind a shared IP).
// Ports with basePort N: appliances N, N+1, ...; then the site address; then lab control.
class Lab : public QObject
{
    Q_OBJECT
public:
    explicit Lab(QObject* parent = nullptr);
    ~Lab() override;

    bool start(Topology topology, int trafficNodes = 2, quint16 basePort = 0 /*0 = any free ports*/);
    void stop();
    bool isRunning() const;
    QString errorString() const;
    Topology topology() const;

    QList<LabAppliance*> appliances() const;
    LabAppliance* appliance(const QString& name) const;
    LabAppliance* primary() const; // the appliance whose failover role is primary (Single: the only one)

    QSslCertificate caCertificate() const;
    QByteArray caPem() const;
    bool writeCaFile(const QString& path, QString* error = nullptr) const;
    const LabCa& ca() const;

    LabAccount defaultAccount() const;          // "drlab-api" with a random secret, full_access + backup
    void addAccount(const LabAccount& account); // replaces an account with the same clientId
    void removeAccount(const QString& clientId);
    QList<LabAccount> accounts() const;

    void setTimeScale(double factor); // lab time runs fast: token lifetime, failover timeout, sync
    double timeScale() const;
    void setTokenLifetimeSecs(int secs); // default 3600 (lab seconds)
    int tokenLifetimeSecs() const;
    QDateTime labNow() const;             // lab clock (UTC), runs timeScale times as fast as real time
    int realMsecs(qint64 labMsecs) const; // lab duration -> real milliseconds (at least 1)

    // Contract variants the client must tolerate.
    void setXmlNamespace(XmlNamespace ns); // default Bomgar
    XmlNamespace xmlNamespace() const;
    void setExpiredTokenStyle(ExpiredTokenStyle style); // default Json (HTTP 401)
    void setLegacyAuthEnabled(bool enabled);            // username/password query parameters; default off
    void setContentDispositionEnabled(bool enabled);    // backup filename header; default on
    void setLegacyMasterRole(bool enabled);             // get_appliances says "master" for primary; default off
    void setFailoverReplyWrapped(bool wrapped);         // <set_failover_role><success>..; default off (root)
    void setSyncTimeStyle(SyncTimeStyle style);         // default MillisWithTs
    void setSiteName(const QString& name);              // used in backup file names; default "drlab"
    QString siteName() const;
    QString siteHostname() const;                      // "support.lab.drrunbook.test"
    void setDataSyncDurationSecs(int secs);            // sync-first swap duration, lab seconds; default 4
    void setConnectivityTestReachable(bool reachable); // the backup's Network Connectivity Test IPs answer

    // Operator web-interface steps a drill can play (no API exists for these on real appliances).
    void powerOff(const QString& name);
    void powerOn(const QString& name);
    void syncNow(const QString& backupName); // failover "Sync Now" on the backup
    void restoreBackup(const QString& name); // restore a .nsb: the appliance becomes configured (API accounts)
    void setAutomaticFailover(bool enabled, int primaryTimeoutSecs = 60); // backup takes primary after timeout
    void setSharedIpEnabled(bool enabled); // the site address follows whichever appliance is primary
    bool sharedIpEnabled() const;
    void pointSiteAt(const QString& name); // "swing DNS": the site address goes to this appliance (no shared IP)
    // The appliance the site's DNS name points at (the last pointSiteAt; at start the first appliance). What a
    // DNS lookup of siteHostname() answers when the shared IP is off, whether or not that appliance is up.
    QString siteDnsTarget() const;
    // The appliance the site address leads to now: the primary with the shared IP on, else siteDnsTarget().
    // Empty when there is none (shared IP on and no primary).
    QString siteTarget() const;
    QUrl siteUrl() const;                  // the site address (shared IP / DNS name)
    // Lab-only control endpoints (see LabControl.h) on their own HTTPS listener, for drills in another process.
    QUrl controlUrl() const;
    QByteArray controlKey() const; // send as X-Lab-Key

    // A replacement appliance: fresh, unconfigured, serving its factory default certificate.
    LabAppliance* addSpare(const QString& name = QStringLiteral("spare"));

signals:
    void roleChanged(const QString& applianceName, const QString& role);
    void dataSyncFinished(const QString& backupName, bool success);

private:
    friend class LabApi;
    friend class LabFailover;
    friend class LabAppliance;
    bool startControl(quint16 port);
    std::unique_ptr<LabPrivate> d;
};

} // namespace dr::lab
