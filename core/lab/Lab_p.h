#pragma once

// Internal state of the lab (not part of the public interface).

#include "lab/LabCa.h"
#include "lab/LabTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace dr::lab {

class Lab;
class LabAppliance;
class LabFailover;
class LabHttpServer;
class LabSiteForwarder;

struct LabPrivate
{
    Topology topology = Topology::Single;
    bool running = false;
    QString error;
    LabCa ca;
    QList<LabAppliance*> appliances;
    QList<LabAccount> accounts;
    LabAccount defaultAccount;

    double timeScale = 1.0;
    int tokenLifetimeSecs = 3600;
    QDateTime anchorLab;   // lab time at the last re-anchoring
    QElapsedTimer elapsed; // real time since then

    XmlNamespace ns = XmlNamespace::Bomgar;
    ExpiredTokenStyle expiredStyle = ExpiredTokenStyle::Json;
    bool legacyAuth = false;
    bool contentDisposition = true;
    bool legacyMaster = false;
    bool failoverWrapped = false;
    SyncTimeStyle syncTimeStyle = SyncTimeStyle::MillisWithTs;
    QString siteName = QStringLiteral("drlab");
    int dataSyncSecs = 4;

    bool autoFailover = false;
    int primaryTimeoutSecs = 60;
    bool connectivityTestOk = true;
    bool sharedIp = false;
    QString dnsTarget;

    LabFailover* failover = nullptr;
    LabSiteForwarder* forwarder = nullptr;
    LabHttpServer* control = nullptr;
    QByteArray controlKey;

    QDateTime now() const
    {
        return anchorLab.addMSecs(static_cast<qint64>(static_cast<double>(elapsed.elapsed()) * timeScale));
    }
    const LabAccount* account(const QString& clientId) const
    {
        for (const LabAccount& a : accounts) {
            if (a.clientId == clientId)
                return &a;
        }
        return nullptr;
    }
};

} // namespace dr::lab
