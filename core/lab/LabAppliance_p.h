#pragma once

// Internal state of a lab appliance (not part of the public interface).

#include "lab/LabCa.h"
#include "lab/LabTokens.h"
#include "lab/LabTypes.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

namespace dr::lab {

class Lab;
class LabHttpServer;

struct LabAppliancePrivate
{
    Lab* lab = nullptr;
    QString name;
    QString hostname;
    QString guid;
    QString version;
    QString failoverRole = QStringLiteral("none");
    QString clusterRole = QStringLiteral("single");
    bool healthy = true;
    QString errorMessage;
    QList<Fault> faults;
    LabCertificate labCert;
    LabCertificate served;
    LabCertificate wrongCert;   // made on first use
    LabCertificate factoryCert; // made on first use
    qint64 backupSize = 4 * 1024 * 1024;
    QByteArray backupPassword;
    QMap<QString, int> counts;
    QStringList reps;
    bool accepting = true;
    QDateTime lastSync;
    QString lastSyncStatus;
    bool configured = true;
    bool inPair = false; // member of a failover pair (Pair, or the masters of an Atlas cluster)
    bool poweredOn = true;
    QHash<QString, qint64> requests;
    LabTokens tokens;
    LabHttpServer* server = nullptr;
    quint16 port = 0;
    int rateLimitRemaining = 15000;

    // The first fault of one of these kinds that applies to `action`; counts one use of it.
    std::optional<Fault> takeFault(const QString& action, std::initializer_list<FaultKind> kinds);
    bool hasFault(FaultKind kind) const;
};

} // namespace dr::lab
