#include "DrillFaults.h"

#include "lab/Lab.h"

#include <QHash>

namespace dr::ui {
namespace {

lab::Fault labFault(lab::FaultKind kind)
{
    return lab::Fault {kind, {}};
}

} // namespace

QList<DrillFault> DrillFaults::siteFaults()
{
    using S = DrillFault::Scope;
    return {
        {QStringLiteral("primary_power_cut"), tr("The primary loses power"),
         tr("The appliance that is primary now stops answering, as after a power cut."), S::Site, false},
        {QStringLiteral("backup_does_not_take_over"), tr("The backup does not take over"),
         tr("Automatic failover is on, but the backup cannot reach its Network Connectivity Test IP addresses, so it "
            "never becomes primary. The step that observes the automatic failover does not pass: the operator must "
            "make the backup primary by hand."),
         S::Site, true},
        {QStringLiteral("dns_old_primary"), tr("DNS still points to the old primary"),
         tr("The site's DNS name keeps answering with the old primary's address (no shared IP; the DNS change has not "
            "taken effect). The check that the site name resolves to the backup does not pass."),
         S::Site, true},
    };
}

QList<DrillFault> DrillFaults::applianceFaults()
{
    using S = DrillFault::Scope;
    return {
        {QStringLiteral("power_cut"), tr("Loses power"), tr("Stops answering, as after a power cut."), S::Appliance},
        {QStringLiteral("refuses_connections"), tr("Refuses connections (service stopped)"),
         tr("Connections are refused until the fault is cleared."), S::Appliance},
        {QStringLiteral("hang"), tr("Freezes: accepts connections, never answers"),
         tr("Every request waits until the client gives up."), S::Appliance},
        {QStringLiteral("slow"), tr("Answers very slowly (8 seconds a reply)"),
         tr("Every reply comes 8 seconds late."), S::Appliance},
        {QStringLiteral("server_error"), tr("Shows a server error page (HTTP 500)"),
         tr("The API answers with an HTML error page."), S::Appliance},
        {QStringLiteral("garbage_reply"), tr("Answers garbage instead of XML"),
         tr("The API answers with XML that is not well-formed."), S::Appliance},
        {QStringLiteral("cut_reply"), tr("Answers cut short (half a reply)"),
         tr("The API answers with the first half of its reply."), S::Appliance},
        {QStringLiteral("unhealthy"), tr("Reports itself unhealthy"),
         tr("check_health answers that something is wrong (a degraded disk array)."), S::Appliance},
        {QStringLiteral("sync_failed"), tr("The last data sync failed"),
         tr("check_health reports a data sync two days ago that failed."), S::Appliance},
        {QStringLiteral("backup_breaks_off"), tr("The backup download breaks off halfway"),
         tr("The connection closes after 64 KiB of the .nsb file."), S::Appliance},
        {QStringLiteral("token_expires"), tr("The API token expires in the middle of the work"),
         tr("The next call with a valid token is refused as expired."), S::Appliance},
        {QStringLiteral("missing_permission"), tr("The API account lacks a permission"),
         tr("Commands answer \"Document Not Found\", as when a permission is not granted."), S::Appliance},
        {QStringLiteral("secret_changed"), tr("The API client secret was changed"),
         tr("The token request is refused: invalid_client."), S::Appliance},
        {QStringLiteral("rate_limited"), tr("Too many API requests (rate-limited)"),
         tr("The API answers HTTP 429 with Retry-After."), S::Appliance},
        {QStringLiteral("wrong_certificate"), tr("Serves a certificate the site's CA did not issue"),
         tr("TLS handshakes present a self-signed certificate: not the one in the certificate backup."), S::Appliance},
        {QStringLiteral("factory_certificate"), tr("Serves its factory default certificate (not restored)"),
         tr("The appliance presents the \"Bomgar Appliance\" certificate, as a replaced unit does until the "
            "certificate backup is imported."),
         S::Appliance},
    };
}

const DrillFault* DrillFaults::find(const QString& id)
{
    static const QList<DrillFault> all = siteFaults() + applianceFaults();
    for (const DrillFault& f : all)
        if (f.id == id)
            return &f;
    return nullptr;
}

QString DrillFaults::originalPrimary(const lab::Lab& lab)
{
    const QList<lab::LabAppliance*> all = lab.appliances();
    return all.isEmpty() ? QString() : all.first()->name();
}

QString DrillFaults::currentBackup(const lab::Lab& lab)
{
    for (lab::LabAppliance* a : lab.appliances())
        if (a->failoverRole() == QLatin1String("backup"))
            return a->name();
    return {};
}

QString DrillFaults::inject(lab::Lab& lab, const QString& id, const QString& appliance, QString* error)
{
    const DrillFault* fault = find(id);
    if (!fault) {
        *error = tr("There is no drill fault \"%1\".").arg(id);
        return {};
    }
    if (fault->needsPair && lab.topology() == lab::Topology::Single) {
        *error = tr("\"%1\" needs a failover pair: start a failover or Atlas drill.").arg(fault->title);
        return {};
    }
    if (fault->scope == DrillFault::Scope::Site) {
        if (id == QLatin1String("primary_power_cut")) {
            lab::LabAppliance* primary = lab.primary();
            if (!primary) {
                *error = tr("No appliance is primary at the moment.");
                return {};
            }
            lab.powerOff(primary->name());
            return tr("%1 (the primary) lost power.").arg(primary->name());
        }
        if (id == QLatin1String("backup_does_not_take_over")) {
            lab.setAutomaticFailover(true);
            lab.setConnectivityTestReachable(false);
            const QString backup = currentBackup(lab);
            return tr("The backup (%1) does not take over: its connectivity test fails.")
                .arg(backup.isEmpty() ? tr("none") : backup);
        }
        lab.setSharedIpEnabled(false);
        lab.pointSiteAt(originalPrimary(lab));
        return tr("DNS still points to the old primary (%1).").arg(originalPrimary(lab));
    }

    lab::LabAppliance* a = lab.appliance(appliance);
    if (!a) {
        *error = tr("There is no lab appliance \"%1\". Choose one in the list.").arg(appliance);
        return {};
    }
    using K = lab::FaultKind;
    static const QHash<QString, K> kinds {
        {QStringLiteral("refuses_connections"), K::Down},   {QStringLiteral("hang"), K::Hang},
        {QStringLiteral("server_error"), K::Http500},       {QStringLiteral("garbage_reply"), K::MalformedXml},
        {QStringLiteral("cut_reply"), K::TruncatedXml},     {QStringLiteral("missing_permission"), K::MissingPermission},
        {QStringLiteral("secret_changed"), K::InvalidCredentials}, {QStringLiteral("rate_limited"), K::RateLimited},
        {QStringLiteral("wrong_certificate"), K::WrongCertificate},
    };
    if (kinds.contains(id)) {
        a->injectFault(labFault(kinds.value(id)));
    } else if (id == QLatin1String("power_cut")) {
        lab.powerOff(a->name());
    } else if (id == QLatin1String("slow")) {
        lab::Fault f = labFault(K::Latency);
        f.latencyMs = 8'000;
        a->injectFault(f);
    } else if (id == QLatin1String("backup_breaks_off")) {
        lab::Fault f = labFault(K::DropMidBackup);
        f.afterBytes = 64 * 1024;
        a->injectFault(f);
    } else if (id == QLatin1String("token_expires")) {
        lab::Fault f = labFault(K::ExpiredToken);
        f.times = 1;
        a->injectFault(f);
    } else if (id == QLatin1String("unhealthy")) {
        a->setHealthy(false, tr("Simulated fault: the disk array is degraded."));
    } else if (id == QLatin1String("sync_failed")) {
        a->setLastDataSync(lab.labNow().addDays(-2), QStringLiteral("failed"));
    } else if (id == QLatin1String("factory_certificate")) {
        a->serveFactoryDefaultCertificate();
    }
    return tr("%1: %2").arg(a->name(), fault->title);
}

QString DrillFaults::clearAppliance(lab::Lab& lab, const QString& appliance)
{
    lab::LabAppliance* a = lab.appliance(appliance);
    if (!a)
        return {};
    a->clearFaults();
    a->setHealthy(true);
    a->serveLabCertificate();
    if (a->lastDataSyncStatus() == QLatin1String("failed"))
        a->setLastDataSync(lab.labNow(), QStringLiteral("success"));
    return tr("Faults of %1 were cleared.").arg(a->name());
}

QString DrillFaults::clearSite(lab::Lab& lab)
{
    lab.setConnectivityTestReachable(true);
    return tr("The backup's connectivity test answers again; DNS can be swung again.");
}

} // namespace dr::ui
