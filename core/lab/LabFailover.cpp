#include "lab/LabFailover.h"

#include "lab/Lab.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabHttpServer.h"
#include "lab/Lab_p.h"

namespace dr::lab {

LabFailover::LabFailover(Lab* lab) : QObject(lab), m_lab(lab)
{
    m_syncTimer.setSingleShot(true);
    connect(&m_syncTimer, &QTimer::timeout, this, &LabFailover::finishSync);
    m_monitor.setInterval(50);
    connect(&m_monitor, &QTimer::timeout, this, &LabFailover::tick);
}

bool LabFailover::reachable(LabAppliance* appliance)
{
    return appliance && appliance->d->poweredOn && appliance->d->server && appliance->d->server->isListening();
}

LabAppliance* LabFailover::peerOf(LabAppliance* appliance) const
{
    if (!appliance || !appliance->d->inPair)
        return nullptr;
    for (LabAppliance* a : m_lab->d->appliances) {
        if (a != appliance && a->d->inPair)
            return a;
    }
    return nullptr;
}

void LabFailover::setRole(LabAppliance* appliance, const QString& role)
{
    if (!appliance || appliance->d->failoverRole == role)
        return;
    appliance->d->failoverRole = role;
    emit appliance->failoverRoleChanged(role);
    emit m_lab->roleChanged(appliance->name(), role);
}

LabFailover::Result LabFailover::requestRole(LabAppliance* appliance, const QString& role, bool dataSyncFirst,
                                             bool force)
{
    if (!appliance->d->inPair)
        return Result::NotConfigured;
    if (role != QLatin1String("primary") && role != QLatin1String("backup"))
        return Result::InvalidRole;
    if (syncing())
        return Result::Busy;
    if (appliance->d->failoverRole == role)
        return Result::Changed;
    LabAppliance* peer = peerOf(appliance);
    const bool peerUp = peer && reachable(peer) && peer->d->configured;
    LabAppliance* newPrimary = role == QLatin1String("primary") ? appliance : peer;
    LabAppliance* newBackup = role == QLatin1String("primary") ? peer : appliance;
    if (!peerUp) {
        if (role == QLatin1String("backup") && !force)
            return Result::PeerUnreachable;
        setRole(appliance, role);
        return Result::Changed;
    }
    if (dataSyncFirst) {
        // Everyone on the current primary is disconnected; both peers read "backup" until the swap ends.
        m_syncNewPrimary = newPrimary;
        m_syncNewBackup = newBackup;
        setRole(newPrimary, QStringLiteral("backup"));
        setRole(newBackup, QStringLiteral("backup"));
        m_syncTimer.start(m_lab->realMsecs(static_cast<qint64>(m_lab->d->dataSyncSecs) * 1000));
        return Result::SyncStarted;
    }
    setRole(newBackup, QStringLiteral("backup"));
    setRole(newPrimary, QStringLiteral("primary"));
    return Result::Changed;
}

void LabFailover::finishSync()
{
    LabAppliance* newPrimary = m_syncNewPrimary;
    LabAppliance* newBackup = m_syncNewBackup;
    if (!newPrimary || !newBackup)
        return;
    const bool ok = reachable(newPrimary) && reachable(newBackup);
    const QDateTime now = m_lab->labNow();
    for (LabAppliance* a : {newPrimary, newBackup}) {
        a->d->lastSync = now;
        a->d->lastSyncStatus = ok ? QStringLiteral("success") : QStringLiteral("failed");
    }
    if (ok) {
        setRole(newPrimary, QStringLiteral("primary"));
    } else if (reachable(newBackup)) {
        setRole(newBackup, QStringLiteral("primary")); // the sync failed: the old primary keeps its role
    }
    emit m_lab->dataSyncFinished(newBackup->name(), ok);
}

void LabFailover::syncNow(LabAppliance* backup)
{
    LabAppliance* peer = peerOf(backup);
    if (!peer)
        return;
    const bool ok = reachable(backup) && reachable(peer);
    const QDateTime now = m_lab->labNow();
    for (LabAppliance* a : {backup, peer}) {
        if (!ok && !reachable(a))
            continue;
        a->d->lastSync = now;
        a->d->lastSyncStatus = ok ? QStringLiteral("success") : QStringLiteral("failed");
    }
    emit m_lab->dataSyncFinished(backup->name(), ok);
}

void LabFailover::applianceCameBack(LabAppliance* appliance)
{
    LabAppliance* peer = peerOf(appliance);
    if (peer && appliance->d->failoverRole == QLatin1String("primary") &&
        peer->d->failoverRole == QLatin1String("primary") && reachable(peer))
        setRole(appliance, QStringLiteral("backup")); // the peer took over while this one was away
}

void LabFailover::restartMonitor()
{
    m_primaryGoneSinceMs = -1;
    if (m_lab->d->autoFailover && m_lab->d->running)
        m_monitor.start();
    else
        m_monitor.stop();
}

void LabFailover::tick()
{
    LabPrivate& lab = *m_lab->d;
    if (!lab.autoFailover || syncing())
        return;
    LabAppliance* primary = nullptr;
    for (LabAppliance* a : lab.appliances) {
        if (a->d->inPair && a->d->failoverRole == QLatin1String("primary"))
            primary = a;
    }
    LabAppliance* backup = peerOf(primary);
    if (!primary || !backup || reachable(primary) || !reachable(backup) || !lab.connectivityTestOk ||
        backup->d->failoverRole != QLatin1String("backup")) {
        m_primaryGoneSinceMs = -1;
        return;
    }
    const qint64 now = lab.now().toMSecsSinceEpoch();
    if (m_primaryGoneSinceMs < 0) {
        m_primaryGoneSinceMs = now;
        return;
    }
    if (now - m_primaryGoneSinceMs >= static_cast<qint64>(lab.primaryTimeoutSecs) * 1000) {
        m_primaryGoneSinceMs = -1;
        setRole(backup, QStringLiteral("primary"));
    }
}

} // namespace dr::lab
