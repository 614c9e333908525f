// Failover in the drill lab: API role changes (immediate and sync-first), automatic failover in fast lab time,
// the site address that follows the primary, Atlas clusters, and a replaced appliance's certificates.

#include "tst_lab_support.h"

#include "lab/LabCa.h"

#include <QTemporaryDir>

using namespace dr::lab;

namespace {
QString roleOf(LabTestClient& c, LabAppliance* a, const QByteArray& token)
{
    return xmlText(c.command(a->url(), token, QStringLiteral("check_health")).body, QStringLiteral("failover_role"));
}
} // namespace

class TestLabFailover : public QObject
{
    Q_OBJECT

private slots:
    void immediateRoleChange()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        LabAppliance* backup = lab.appliance(QStringLiteral("backup"));
        QSignalSpy roleSpy(backup, &LabAppliance::failoverRoleChanged);
        LabTestClient c(lab.caCertificate());
        const QByteArray token = c.token(backup->url(), lab.defaultAccount());
        const LabReply r = c.command(backup->url(), token, QStringLiteral("set_failover_role"),
                                     {{QStringLiteral("role"), QStringLiteral("primary")}});
        QCOMPARE(xmlRootName(r.body), QStringLiteral("success"));
        QCOMPARE(xmlText(r.body, QStringLiteral("success")), QStringLiteral("Successfully changed role."));
        QCOMPARE(backup->failoverRole(), QStringLiteral("primary"));
        QCOMPARE(primary->failoverRole(), QStringLiteral("backup"));
        QCOMPARE(roleSpy.size(), 1);
        QCOMPARE(roleSpy.first().first().toString(), QStringLiteral("primary"));
        QCOMPARE(lab.primary(), backup);
    }

    void syncFirstSequence()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        lab.setDataSyncDurationSecs(60);
        lab.setTimeScale(60.0); // the sync takes about one real second
        lab.setFailoverReplyWrapped(true);
        LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        LabAppliance* backup = lab.appliance(QStringLiteral("backup"));
        const QDateTime syncBefore = backup->lastDataSyncTime();
        LabTestClient c(lab.caCertificate());
        const QByteArray tp = c.token(primary->url(), lab.defaultAccount());
        const QByteArray tb = c.token(backup->url(), lab.defaultAccount());
        QSignalSpy done(&lab, &Lab::dataSyncFinished);
        const LabReply r = c.command(backup->url(), tb, QStringLiteral("set_failover_role"),
                                     {{QStringLiteral("role"), QStringLiteral("primary")},
                                      {QStringLiteral("data_sync_first"), QStringLiteral("1")}});
        QCOMPARE(xmlRootName(r.body), QStringLiteral("set_failover_role"));
        QCOMPARE(xmlText(r.body, QStringLiteral("success")),
                 QStringLiteral("Successfully started data sync. Role change will occur upon successful completion."));
        // For a moment both peers read backup, and another change is refused.
        QCOMPARE(roleOf(c, primary, tp), QStringLiteral("backup"));
        QCOMPARE(roleOf(c, backup, tb), QStringLiteral("backup"));
        const LabReply busy = c.command(primary->url(), tp, QStringLiteral("set_failover_role"),
                                        {{QStringLiteral("role"), QStringLiteral("primary")}});
        QCOMPARE(xmlRootName(busy.body), QStringLiteral("error"));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(1).toBool(), true);
        QCOMPARE(roleOf(c, backup, tb), QStringLiteral("primary"));
        QCOMPARE(roleOf(c, primary, tp), QStringLiteral("backup"));
        QVERIFY(backup->lastDataSyncTime() > syncBefore);
        QCOMPARE(backup->lastDataSyncStatus(), QStringLiteral("success"));
    }

    void peerUnreachableNeedsForce()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        LabTestClient c(lab.caCertificate());
        const QByteArray token = c.token(primary->url(), lab.defaultAccount());
        lab.powerOff(QStringLiteral("backup"));
        const QList<QPair<QString, QString>> toBackup = {{QStringLiteral("role"), QStringLiteral("backup")}};
        QCOMPARE(xmlRootName(c.command(primary->url(), token, QStringLiteral("set_failover_role"), toBackup).body),
                 QStringLiteral("error"));
        QCOMPARE(primary->failoverRole(), QStringLiteral("primary"));
        QCOMPARE(xmlRootName(c.command(primary->url(), token, QStringLiteral("set_failover_role"),
                                       toBackup + QList<QPair<QString, QString>>{{QStringLiteral("force"),
                                                                                  QStringLiteral("1")}})
                                 .body),
                 QStringLiteral("success"));
        QCOMPARE(primary->failoverRole(), QStringLiteral("backup"));
    }

    void singleApplianceHasNoFailover()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Single));
        LabAppliance* a = lab.appliance(QStringLiteral("primary"));
        LabTestClient c(lab.caCertificate());
        const QByteArray token = c.token(a->url(), lab.defaultAccount());
        QCOMPARE(roleOf(c, a, token), QStringLiteral("none"));
        const LabReply r = c.command(a->url(), token, QStringLiteral("check_health"));
        QVERIFY(xmlText(r.body, QStringLiteral("last_data_sync_time")).isNull());
        QCOMPARE(xmlRootName(c.command(a->url(), token, QStringLiteral("set_failover_role"),
                                       {{QStringLiteral("role"), QStringLiteral("backup")}})
                                 .body),
                 QStringLiteral("error"));
    }

    void automaticFailoverInFastLabTime()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        lab.setTimeScale(120.0);
        lab.setAutomaticFailover(true, 60); // half a real second
        LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        LabAppliance* backup = lab.appliance(QStringLiteral("backup"));
        QSignalSpy roleSpy(backup, &LabAppliance::failoverRoleChanged);
        lab.powerOff(QStringLiteral("primary"));
        QVERIFY(!primary->isListening());
        QVERIFY(roleSpy.wait(20000));
        QCOMPARE(backup->failoverRole(), QStringLiteral("primary"));
        // The old primary comes back and finds its peer primary: it steps down.
        lab.powerOn(QStringLiteral("primary"));
        QCOMPARE(primary->failoverRole(), QStringLiteral("backup"));
        LabTestClient c(lab.caCertificate());
        QCOMPARE(roleOf(c, backup, c.token(backup->url(), lab.defaultAccount())), QStringLiteral("primary"));
    }

    void noAutomaticFailoverWithoutConnectivity()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        lab.setTimeScale(600.0);
        lab.setConnectivityTestReachable(false);
        lab.setAutomaticFailover(true, 60);
        LabAppliance* backup = lab.appliance(QStringLiteral("backup"));
        lab.powerOff(QStringLiteral("primary"));
        // A sync-now on the backup is the observable event to wait for (never a sleep).
        QSignalSpy sync(&lab, &Lab::dataSyncFinished);
        lab.syncNow(QStringLiteral("backup"));
        QCOMPARE(sync.size(), 1);
        QCOMPARE(sync.first().at(1).toBool(), false);
        QCOMPARE(backup->lastDataSyncStatus(), QStringLiteral("failed"));
        QSignalSpy roleSpy(backup, &LabAppliance::failoverRoleChanged);
        QVERIFY(!roleSpy.wait(1500)); // 15 lab minutes pass: still no takeover
        QCOMPARE(backup->failoverRole(), QStringLiteral("backup"));
    }

    void siteAddressFollowsThePrimary()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Pair));
        LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        LabAppliance* backup = lab.appliance(QStringLiteral("backup"));
        LabTestClient c(lab.caCertificate());
        const QUrl site = lab.siteUrl();
        QVERIFY(site.port() > 0);
        QString id;
        QByteArray token = c.token(site, lab.defaultAccount());
        xmlText(c.command(site, token, QStringLiteral("check_health")).body, QStringLiteral("appliance"), &id);
        QCOMPARE(id, primary->guid());
        // Without a shared IP the site name stays where DNS points until it is swung.
        lab.setSharedIpEnabled(false);
        lab.powerOff(QStringLiteral("primary"));
        QCOMPARE(c.command(site, token, QStringLiteral("check_health")).error, QNetworkReply::RemoteHostClosedError);
        lab.pointSiteAt(QStringLiteral("backup"));
        token = c.token(site, lab.defaultAccount());
        xmlText(c.command(site, token, QStringLiteral("check_health")).body, QStringLiteral("appliance"), &id);
        QCOMPARE(id, backup->guid());
        // With a shared IP it follows the failover role.
        lab.powerOn(QStringLiteral("primary"));
        lab.setSharedIpEnabled(true);
        token = c.token(site, lab.defaultAccount());
        const LabReply r = c.command(site, token, QStringLiteral("check_health"));
        xmlText(r.body, QStringLiteral("appliance"), &id);
        QCOMPARE(id, primary->guid());
        QCOMPARE(xmlText(r.body, QStringLiteral("ip")), QStringLiteral("127.0.0.1"));
    }

    void atlasCluster()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Atlas, 3));
        QCOMPARE(lab.appliances().size(), 5);
        LabAppliance* master = lab.appliance(QStringLiteral("master-a"));
        LabAppliance* traffic = lab.appliance(QStringLiteral("traffic-2"));
        QVERIFY(master && traffic && lab.appliance(QStringLiteral("master-b")));
        QCOMPARE(traffic->clusterRole(), QStringLiteral("traffic"));
        traffic->setConnectedCount(QStringLiteral("representative"), 11);
        lab.setLegacyMasterRole(true);
        LabTestClient c(lab.caCertificate());
        const QByteArray token = c.token(master->url(), lab.defaultAccount());
        const LabReply apps = c.command(master->url(), token, QStringLiteral("get_appliances"));
        const auto roles = xmlAll(apps.body, QStringLiteral("cluster_role"));
        QCOMPARE(roles.size(), 5);
        QCOMPARE(roles.at(0).second, QStringLiteral("master"));
        QCOMPARE(roles.at(4).second, QStringLiteral("traffic"));
        const LabReply list = c.command(master->url(), token, QStringLiteral("get_connected_client_list"),
                                        {{QStringLiteral("type"), QStringLiteral("representative")},
                                         {QStringLiteral("summary_only"), QStringLiteral("1")}});
        const auto summaries = xmlAll(list.body, QStringLiteral("appliance_summary"));
        const auto counts = xmlAll(list.body, QStringLiteral("count"), QStringLiteral("type"));
        QCOMPARE(summaries.size(), 5);
        QCOMPARE(summaries.at(3).first, traffic->guid());
        QCOMPARE(counts.at(3).second, QStringLiteral("11"));
    }

    void replacedApplianceAndRestoredCertificate()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Single));
        LabAppliance* old = lab.appliance(QStringLiteral("primary"));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("appliance.p12"));
        QString error;
        QVERIFY2(LabCa::writePkcs12(p12, old->labChain(), old->labKey(), "p12-pass", &error), qPrintable(error));
        lab.powerOff(QStringLiteral("primary"));

        LabAppliance* spare = lab.addSpare();
        QVERIFY(spare && !spare->isConfigured());
        LabTestClient c(lab.caCertificate());
        // Before the operator restores anything: a factory default certificate the lab CA did not issue.
        QCOMPARE(c.command(spare->url(), {}, QStringLiteral("check_health")).error,
                 QNetworkReply::SslHandshakeFailedError);
        QVERIFY(spare->servedChain()
                    .first()
                    .subjectInfo(QSslCertificate::CommonName)
                    .contains(QStringLiteral("Bomgar Appliance")));
        // Import the operator's .p12 and serve it.
        QFile f(p12);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        QVERIFY(QSslCertificate::importPkcs12(&f, &key, &cert, &chain, "p12-pass"));
        QCOMPARE(cert, old->labChain().first());
        spare->serveCertificate(QList<QSslCertificate>{cert} + chain, key);
        // The appliance answers TLS now, but knows no API account until the backup is restored.
        QCOMPARE(c.tokenReply(spare->url(), lab.defaultAccount().clientId, lab.defaultAccount().clientSecret).status,
                 401);
        lab.restoreBackup(spare->name());
        const QByteArray token = c.token(spare->url(), lab.defaultAccount());
        QCOMPARE(xmlRootName(c.command(spare->url(), token, QStringLiteral("check_health")).body),
                 QStringLiteral("health_check"));
    }

    void legacyPkcs12Export()
    {
        Lab lab;
        QVERIFY(lab.start(Topology::Single));
        QTemporaryDir dir;
        const QString p12 = dir.filePath(QStringLiteral("legacy.p12"));
        LabAppliance* a = lab.appliance(QStringLiteral("primary"));
        QVERIFY(LabCa::writePkcs12(p12, a->labChain(), a->labKey(), "pw", nullptr, true, QStringLiteral("appliance")));
        QFile f(p12);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate cert;
        QVERIFY(QSslCertificate::importPkcs12(&f, &key, &cert, nullptr, "pw"));
        QCOMPARE(cert, a->labChain().first());
    }

private:
};

QTEST_GUILESS_MAIN(TestLabFailover)
#include "tst_lab_failover.moc"
