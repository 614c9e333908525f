#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dr::lab {

class Lab;
class LabAppliance;

// Failover behaviour of a pair (or the masters of an Atlas cluster): API role changes (immediate or after a
// data sync, during which both peers read "backup"), automatic failover after the primary timeout,
// Sync Now, and what a returning old primary does.
class LabFailover : public QObject
{
    Q_OBJECT
public:
    explicit LabFailover(Lab* lab);

    enum class Result { Changed, SyncStarted, NotConfigured, PeerUnreachable, Busy, InvalidRole };
    // `appliance` is asked to take `role` (primary|backup).
    Result requestRole(LabAppliance* appliance, const QString& role, bool dataSyncFirst, bool force);
    LabAppliance* peerOf(LabAppliance* appliance) const;
    bool syncing() const { return m_syncTimer.isActive(); }
    void syncNow(LabAppliance* backup);
    void applianceCameBack(LabAppliance* appliance);
    void restartMonitor();

    static bool reachable(LabAppliance* appliance);

private:
    void setRole(LabAppliance* appliance, const QString& role);
    void finishSync();
    void tick();

    Lab* m_lab;
    QTimer m_syncTimer;
    QTimer m_monitor;
    QPointer<LabAppliance> m_syncNewPrimary;
    QPointer<LabAppliance> m_syncNewBackup;
    qint64 m_primaryGoneSinceMs = -1; // lab time (ms since epoch) the primary was first seen unreachable
};

} // namespace dr::lab
