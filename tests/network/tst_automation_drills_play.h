#pragma once

// How each scenario is played as a drill (see tst_automation_drills.h): the lab it needs, what failed, the
// operator's values and the operator's steps in the lab.
#include "tst_automation_drills.h"

namespace dr::automation::drill {

inline const QByteArray kP12Pass = QByteArrayLiteral("drill-p12-pass");
inline const QString kOlderSite = QStringLiteral("23.1.1"); // a site older than the lab's backups

inline QString shortVersion(const QString& version)
{
    return version.section(QLatin1Char(' '), 0, 0);
}

// proc_certificate_restore, included as `include`: the operator imports the certificate file onto the appliance
// being restored (/appliance > Security > Certificates > Import), through the lab's control API.
inline void certificateRestore(Drill& d, AutoPilot::Script& s, const QString& include)
{
    Drill* dp = &d;
    s.operatorSteps.insert(include + QStringLiteral("/upload"), [dp](std::function<void()> done) {
        dp->play({{QStringLiteral("certificate"), QStringLiteral("name=") + dp->target, dp->readFile(dp->p12File),
                   kP12Pass}})(std::move(done));
    });
}

// proc_login_restore, included as `include`: the backup is uploaded onto the appliance being restored. On the
// walk where the backup is newer than the site, the site is first updated (by support) to the backup's version,
// and the operator reads the new version.
inline void loginRestore(Drill& d, const Walk& w, AutoPilot::Script& s, const QString& include)
{
    Drill* dp = &d;
    const QString full = d.lab.appliances().first()->version();
    const bool older =
        w.choice(include + QStringLiteral("/version_ok"), QStringLiteral("passed")) == QLatin1String("failed");
    s.values.insert(QStringLiteral("site_version"), older ? kOlderSite : shortVersion(full));
    s.operatorSteps.insert(include + QStringLiteral("/update_site"), [dp, full](std::function<void()> done) {
        dp->play({{QStringLiteral("version"), QStringLiteral("name=%1&version=%2").arg(dp->target, full)}}, [dp, full] {
            dp->pilot->setValue(QStringLiteral("site_version"), shortVersion(full));
        })(std::move(done));
    });
    s.operatorSteps.insert(include + QStringLiteral("/upload_backup"), [dp](std::function<void()> done) {
        dp->play({{QStringLiteral("restore-backup"), QStringLiteral("name=") + dp->target}})(std::move(done));
    });
}

// What the operator has before the disaster: a /login backup and a .p12 of the site's certificate.
inline void takeBackups(Drill& d, AutoPilot::Script& s, const QString& from)
{
    s.values.insert(QStringLiteral("backup_file"), d.downloadBackup(from));
    d.p12File = d.exportP12(from, QStringLiteral("backed-up.p12"), kP12Pass);
    s.values.insert(QStringLiteral("p12_file"), d.p12File);
}

inline Drill::Call call(const char* op, const QString& query)
{
    return {QString::fromLatin1(op), query};
}

inline bool prepareFailover(Drill& d, const Walk& w, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Pair))
        return false;
    takeBackups(d, s, QStringLiteral("primary"));
    const QString routing = w.choice(QStringLiteral("routing"), QStringLiteral("shared_ip"));
    const bool automatic =
        w.choice(QStringLiteral("automatic_failover"), QStringLiteral("enabled")) == QLatin1String("enabled");
    const bool makePrimaryAgain =
        w.choice(QStringLiteral("make_primary_again"), QStringLiteral("keep")) == QLatin1String("primary");
    // The site as configured before the failure, then the failure: the primary is gone.
    d.lab.setSharedIpEnabled(routing == QLatin1String("shared_ip"));
    if (automatic) {
        d.lab.setTimeScale(60.0); // the 60 s Primary Site Instance Timeout takes one real second
        d.lab.setAutomaticFailover(true, 60);
    }
    d.lab.powerOff(QStringLiteral("primary"));
    d.target = QStringLiteral("primary"); // the failed unit is restored, then rejoins as backup
    s.values.insert(QStringLiteral("primary_host"), d.host(QStringLiteral("primary")));
    s.values.insert(QStringLiteral("backup_host"), d.host(QStringLiteral("backup")));
    s.values.insert(QStringLiteral("backup_ip"), d.directory->labAddress(QStringLiteral("backup")));
    s.values.insert(QStringLiteral("cert_appliance_host"), d.host(QStringLiteral("primary")));
    const QString swing = QStringLiteral("name=backup");
    s.operatorSteps.insert(QStringLiteral("redirect_dns"), d.play({call("swing-dns", swing)}));
    s.operatorSteps.insert(QStringLiteral("redirect_nat"), d.play({call("swing-dns", swing)}));
    s.operatorSteps.insert(QStringLiteral("become_primary_button"),
                           d.play({call("role", QStringLiteral("name=backup&role=primary"))}));
    // Repaired or replaced: it is back on the network with no failover role and its factory certificate.
    s.operatorSteps.insert(QStringLiteral("restore_failed_unit"),
                           d.play({call("power-on", QStringLiteral("name=primary")),
                                   call("role", QStringLiteral("name=primary&role=none")),
                                   call("certificate", QStringLiteral("name=primary&source=factory"))}));
    Drill* dp = &d;
    s.operatorSteps.insert(QStringLiteral("export_certificates/click_export"), d.note([dp] {
        // Exported from the appliance that is primary now.
        dp->p12File = dp->exportP12(QStringLiteral("backup"), QStringLiteral("exported.p12"), kP12Pass);
        dp->pilot->setValue(QStringLiteral("p12_file"), dp->p12File);
    }));
    certificateRestore(d, s, QStringLiteral("restore_certificates"));
    loginRestore(d, w, s, QStringLiteral("restore_backup"));
    s.operatorSteps.insert(QStringLiteral("establish_failover"),
                           d.play({call("role", QStringLiteral("name=primary&role=backup"))}));
    s.operatorSteps.insert(QStringLiteral("planned_maintenance"),
                           d.play({call("role", QStringLiteral("name=primary&role=primary")),
                                   call("role", QStringLiteral("name=backup&role=backup"))}));
    d.expectAtEnd = [dp, makePrimaryAgain] {
        const QString now = dp->lab.primary() ? dp->lab.primary()->name() : QString();
        const QString want = makePrimaryAgain ? QStringLiteral("primary") : QStringLiteral("backup");
        return now == want ? QString() : QStringLiteral("the lab's primary is %1, not %2").arg(now, want);
    };
    return true;
}

inline bool prepareColdSpare(Drill& d, const Walk& w, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Single) || !d.lab.addSpare(QStringLiteral("spare")))
        return false;
    takeBackups(d, s, QStringLiteral("primary"));
    d.lab.powerOff(QStringLiteral("primary"));
    d.target = QStringLiteral("spare");
    s.values.insert(QStringLiteral("spare_host"), d.host(QStringLiteral("spare")));
    s.values.insert(QStringLiteral("spare_ip"), d.directory->labAddress(QStringLiteral("spare")));
    s.values.insert(QStringLiteral("cert_appliance_host"), d.host(QStringLiteral("spare")));
    certificateRestore(d, s, QStringLiteral("restore_certificates"));
    loginRestore(d, w, s, QStringLiteral("restore_login"));
    const Drill::Call swing = call("swing-dns", QStringLiteral("name=spare"));
    s.operatorSteps.insert(QStringLiteral("dns_swing"), d.play({swing}));
    s.operatorSteps.insert(QStringLiteral("nat_swing"), d.play({swing}));
    // Taking the failed appliance's IP on the same switch only works once the switch has been rebooted.
    const bool sameSwitch = w.choice(QStringLiteral("same_switch"), QStringLiteral("yes")) == QLatin1String("yes");
    s.operatorSteps.insert(QStringLiteral("take_ip"),
                           d.play(sameSwitch ? QList<Drill::Call>{} : QList<Drill::Call>{swing}));
    s.operatorSteps.insert(QStringLiteral("reboot_switch"), d.play({swing}));
    Drill* dp = &d;
    d.expectAtEnd = [dp] {
        return dp->lab.siteTarget() == QLatin1String("spare")
                   ? QString()
                   : QStringLiteral("the site address leads to %1, not the spare").arg(dp->lab.siteTarget());
    };
    return true;
}

inline bool prepareVirtual(Drill& d, const Walk& w, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Single))
        return false;
    takeBackups(d, s, QStringLiteral("primary"));
    d.lab.powerOff(QStringLiteral("primary"));
    d.target = QStringLiteral("primary");
    const bool snapshotWorks =
        w.choice(QStringLiteral("snapshot_worked"), QStringLiteral("yes")) == QLatin1String("yes");
    if (snapshotWorks)
        s.operatorSteps.insert(QStringLiteral("restore_snapshot"),
                               d.play({call("power-on", QStringLiteral("name=primary"))}));
    Drill* dp = &d;
    // Deployed from the .ova: a new, unconfigured virtual appliance, still powered off.
    s.operatorSteps.insert(
        QStringLiteral("deploy"),
        d.play({call("add-spare", QStringLiteral("name=vm")), call("power-off", QStringLiteral("name=vm"))}, [dp] {
            dp->target = QStringLiteral("vm");
            dp->pilot->setValue(QStringLiteral("appliance_ip"), dp->directory->labAddress(QStringLiteral("vm")));
            dp->pilot->setValue(QStringLiteral("cert_appliance_host"), dp->host(QStringLiteral("vm")));
        }));
    s.operatorSteps.insert(QStringLiteral("power_on"), d.play({call("power-on", QStringLiteral("name=vm"))}));
    certificateRestore(d, s, QStringLiteral("restore_certificates"));
    loginRestore(d, w, s, QStringLiteral("restore_login"));
    d.expectAtEnd = [dp] {
        lab::LabAppliance* a = dp->lab.appliance(dp->target);
        return a && a->isListening() && a->isConfigured()
                   ? QString()
                   : QStringLiteral("%1 is not up and configured at the end").arg(dp->target);
    };
    return true;
}

inline bool prepareHardware(Drill& d, const Walk& w, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Single))
        return false;
    takeBackups(d, s, QStringLiteral("primary"));
    d.lab.powerOff(QStringLiteral("primary"));
    d.target = QStringLiteral("primary");
    s.values.insert(QStringLiteral("cert_appliance_host"), d.host(QStringLiteral("primary")));
    Drill* dp = &d;
    // Repaired by support: back on the network, serving its factory certificate.
    if (w.choice(QStringLiteral("replacement_needed"), QStringLiteral("repaired")) == QLatin1String("repaired"))
        s.operatorSteps.insert(QStringLiteral("replacement_needed"),
                               d.play({call("power-on", QStringLiteral("name=primary")),
                                       call("certificate", QStringLiteral("name=primary&source=factory"))}));
    // A replacement appliance arrives: racked, cabled, powered off.
    s.operatorSteps.insert(QStringLiteral("install/rack"),
                           d.play({call("add-spare", QStringLiteral("name=replacement")),
                                   call("power-off", QStringLiteral("name=replacement"))},
                                  [dp] {
                                      dp->target = QStringLiteral("replacement");
                                      dp->pilot->setValue(QStringLiteral("appliance_ip"),
                                                          dp->directory->labAddress(QStringLiteral("replacement")));
                                      dp->pilot->setValue(QStringLiteral("cert_appliance_host"),
                                                          dp->host(QStringLiteral("replacement")));
                                  }));
    s.operatorSteps.insert(QStringLiteral("install/power_button"),
                           d.play({call("power-on", QStringLiteral("name=replacement"))}));
    // The computer is cabled to one NIC of the appliance; on the walk where the probe finds nothing, the cable is
    // on a NIC that does not answer until the operator moves it to the other one.
    const bool firstNicAnswers =
        w.choice(QStringLiteral("install/probe_result"), QStringLiteral("passed")) == QLatin1String("passed");
    const auto cable = [dp](const char* address) {
        return dp->note([dp, address] {
            dp->directory->setLinkLocal(QString::fromLatin1(address), QStringLiteral("replacement"));
        });
    };
    if (firstNicAnswers)
        s.operatorSteps.insert(QStringLiteral("install/computer_ip"), cable("169.254.1.2"));
    s.operatorSteps.insert(QStringLiteral("install/other_nic"), cable("169.254.1.3"));
    certificateRestore(d, s, QStringLiteral("restore_certificates"));
    loginRestore(d, w, s, QStringLiteral("restore_login"));
    d.expectAtEnd = [dp] {
        lab::LabAppliance* a = dp->lab.appliance(dp->target);
        return a && a->isListening() && a->isConfigured() &&
                       a->servedChain().value(0) == dp->lab.appliance(QStringLiteral("primary"))->labChain().value(0)
                   ? QString()
                   : QStringLiteral("%1 is not up, configured and serving the site's certificate").arg(dp->target);
    };
    return true;
}

inline bool prepareAtlas(Drill& d, const Walk&, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Atlas))
        return false;
    d.lab.powerOff(QStringLiteral("traffic-1"));
    s.values.insert(QStringLiteral("primary_master_host"), d.host(QStringLiteral("master-a")));
    s.values.insert(QStringLiteral("traffic_node_host"), d.host(QStringLiteral("traffic-1")));
    s.operatorSteps.insert(QStringLiteral("restore_node"),
                           d.play({call("power-on", QStringLiteral("name=traffic-1"))}));
    Drill* dp = &d;
    // A representative console logs in through the traffic node.
    s.operatorSteps.insert(QStringLiteral("rep_login"), [dp](std::function<void()> done) {
        const int now =
            dp->lab.appliance(QStringLiteral("traffic-1"))->connectedCount(QStringLiteral("representative"));
        dp->play({call("connected-count", QStringLiteral("name=traffic-1&type=representative&count=%1").arg(now + 1))})(
            std::move(done));
    });
    return true;
}

inline bool prepareCloud(Drill& d, const Walk& w, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Single))
        return false;
    d.lab.powerOff(QStringLiteral("primary")); // the site is down
    // On the walk where the restart does not help, the site stays down and the health check fails for real.
    if (w.choice(QStringLiteral("restart_worked"), QStringLiteral("passed")) == QLatin1String("passed"))
        s.operatorSteps.insert(QStringLiteral("restart"), d.play({call("power-on", QStringLiteral("name=primary"))}));
    return true;
}

inline bool preparePrepare(Drill& d, const Walk&, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Pair))
        return false;
    Drill* dp = &d;
    s.operatorSteps.insert(QStringLiteral("sync_now"), d.play({call("sync-now", QStringLiteral("name=backup"))}));
    s.operatorSteps.insert(QStringLiteral("export_certificate/click_export"), d.note([dp] {
        dp->p12File = dp->exportP12(QStringLiteral("primary"), QStringLiteral("exported.p12"), kP12Pass);
        dp->pilot->setValue(QStringLiteral("p12_file"), dp->p12File);
    }));
    s.operatorSteps.insert(QStringLiteral("download_backup"), d.note([dp] {
        dp->pilot->setValue(QStringLiteral("backup_file"), dp->downloadBackup(QStringLiteral("primary")));
    }));
    return true;
}

inline bool prepareHosted(Drill& d, const Walk&, AutoPilot::Script& s)
{
    if (!d.start(lab::Topology::Single))
        return false;
    s.values.insert(QStringLiteral("backup_file"), d.downloadBackup(QStringLiteral("primary")));
    d.lab.powerOff(QStringLiteral("primary"));
    return true;
}

// How the drill plays a scenario: the lab it needs, its state when the drill starts (what failed), the operator's
// recorded values and, at the steps where the operator changes something, what they do in the lab. False with
// *why for a scenario it does not know (a new scenario: add it here) or a lab that did not start.
inline bool prepare(Drill& d, const Walk& w, AutoPilot::Script& s, QString* why)
{
    using Prepare = bool (*)(Drill&, const Walk&, AutoPilot::Script&);
    static const QMap<QString, Prepare> drills{
        {QStringLiteral("prepare"), preparePrepare},
        {QStringLiteral("failover_primary_failed"), prepareFailover},
        {QStringLiteral("cold_spare"), prepareColdSpare},
        {QStringLiteral("virtual_appliance"), prepareVirtual},
        {QStringLiteral("hardware_appliance"), prepareHardware},
        {QStringLiteral("temporary_hosted_site"), prepareHosted},
        {QStringLiteral("atlas_cluster"), prepareAtlas},
        {QStringLiteral("cloud_site_down"), prepareCloud},
    };
    const Prepare p = drills.value(w.scenario);
    if (!p) {
        *why = QStringLiteral("no drill for scenario %1: say in tst_automation_drills_play.h how the drill operator "
                              "plays it against the lab")
                   .arg(w.scenario);
        return false;
    }
    s.values.insert(QStringLiteral("site_fqdn"), d.lab.siteHostname());
    s.secrets.insert(QStringLiteral("p12_passphrase"), kP12Pass);
    s.choices = w.choices;
    s.stopOnFailedCheck = true;
    if (!p(d, w, s)) {
        *why = QStringLiteral("the drill lab did not start: ") + d.lab.errorString();
        return false;
    }
    s.values.insert(QStringLiteral("site_fqdn"), d.lab.siteHostname());
    return true;
}

} // namespace dr::automation::drill
