// drrunbook-cli site check and backup --site against the drill lab (served in this process) over real TLS:
// exit codes, field paths, one-line reasons for cron.
#include "backup/ScheduledBackup.h"
#include "lab/Lab.h"
#include "print/SiteProfile.h"
#include "runbook/ScenarioLibrary.h"
#include "site/SiteFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::lab;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList nsbFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.nsb")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCliSite : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    QTemporaryDir m_dir;
    QString m_caFile;

    CliRun cli(const QStringList& args, bool withSecret = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DRRUNBOOK_CLIENT_ID"));
        env.remove(QStringLiteral("DRRUNBOOK_CLIENT_SECRET"));
        env.remove(QStringLiteral("DRRUNBOOK_BACKUP_PASSWORD"));
        if (withSecret)
            env.insert(QStringLiteral("DRRUNBOOK_CLIENT_SECRET"),
                       QString::fromUtf8(m_lab.defaultAccount().clientSecret));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(DR_CLI_PATH), args);
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    site::Appliance applianceFor(const QString& labName, const QString& role) const
    {
        const LabAppliance* a = m_lab.appliance(labName);
        site::Appliance out;
        out.name = labName;
        out.model = QStringLiteral("B300");
        out.serial = QStringLiteral("SN-") + labName;
        out.fqdn = a->hostname();
        out.failoverRole = role;
        out.routingMethod = QStringLiteral("shared_ip");
        out.api.url = a->url().toString();
        out.api.caFile = QStringLiteral("lab-ca.pem"); // relative to the profile's folder
        return out;
    }

    QString servedSha256() const
    {
        return QString::fromLatin1(m_lab.appliance(QStringLiteral("primary"))
                                       ->servedChain()
                                       .value(0)
                                       .digest(QCryptographicHash::Sha256)
                                       .toHex(':'));
    }

    // Writes a profile into the test folder and returns its path.
    QString writeProfile(const QString& fileName, const std::function<void(site::SiteProfile&)>& edit = {})
    {
        site::SiteProfile p;
        p.site.name = QStringLiteral("Lab HQ");
        p.site.fqdn = m_lab.siteHostname();
        p.appliances << applianceFor(QStringLiteral("primary"), QStringLiteral("primary"))
                     << applianceFor(QStringLiteral("backup"), QStringLiteral("backup"));
        p.apiAccounts << site::ApiAccount{
            m_lab.defaultAccount().clientId, QStringLiteral("lab"), QStringLiteral("full_access"), {}};
        p.certificateBackup.location = QStringLiteral("vault");
        p.certificateBackup.sha256 = servedSha256();
        p.backups.folder = QStringLiteral("backups-") + fileName.section(QLatin1Char('.'), 0, 0);
        p.backups.keep = 2;
        if (edit)
            edit(p);
        const QString path = m_dir.filePath(fileName);
        QString error;
        if (!site::saveSiteProfile(path, p, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString()));
        m_caFile = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        QVERIFY(m_lab.writeCaFile(m_caFile));
        // A failover pair serves the same certificate on both appliances.
        LabAppliance* primary = m_lab.appliance(QStringLiteral("primary"));
        m_lab.appliance(QStringLiteral("backup"))->serveCertificate(primary->labChain(), primary->labKey());
    }
    void init()
    {
        for (LabAppliance* a : m_lab.appliances())
            a->clearFaults();
    }

    void checkOfflineValid()
    {
        const QString path = writeProfile(QStringLiteral("valid.json"));
        const CliRun r = cli({QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--offline")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("0 errors"), r.out.constData());
        QVERIFY(r.out.contains("WARN   appliances[0].appliance_settings.ip_configuration"));
    }

    void checkOfflinePointsAtTheField()
    {
        const QString path = writeProfile(QStringLiteral("bad.json"), [](site::SiteProfile& p) {
            p.appliances[1].fqdn = QStringLiteral("bad host name");
            p.backups.fromAppliance = QStringLiteral("spare");
        });
        const CliRun r = cli({QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--offline")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("ERROR  appliances[1].fqdn: \"bad host name\" is not a host name"), r.out.constData());
        QVERIFY(r.out.contains("ERROR  backups.from_appliance"));
        QCOMPARE(r.err.count('\n'), 1);

        const CliRun json = cli({QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--offline"),
                                 QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        bool found = false;
        for (const QJsonValue& v : o.value(QStringLiteral("issues")).toArray())
            found =
                found || v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("appliances[1].fqdn");
        QVERIFY(found);
    }

    void checkUnreadableAndUsage()
    {
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("check"), m_dir.filePath(QStringLiteral("none.json"))})
                     .exitCode,
                 2);
        QFile garbage(m_dir.filePath(QStringLiteral("garbage.json")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"schema_version\": 2, \"site\": ");
        garbage.close();
        const CliRun g = cli({QStringLiteral("site"), QStringLiteral("check"), garbage.fileName()});
        QCOMPARE(g.exitCode, 2);
        QCOMPARE(g.err.count('\n'), 1);
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("frobnicate")}).exitCode, 64);
    }

    void checkWithNetworkAllGood()
    {
        const QString path = writeProfile(QStringLiteral("net.json"));
        const CliRun r = cli(
            {QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--timeout"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("appliances[0] (primary): healthy"), r.out.constData());
        QVERIFY(r.out.contains("appliances[1] (backup): failover role backup as recorded"));
        QVERIFY(r.out.contains("serves the backed-up certificate"));
        QVERIFY(r.out.contains("may download backups"));
    }

    void checkFindsRoleAndCertificateProblems()
    {
        const QString path = writeProfile(QStringLiteral("drift.json"), [](site::SiteProfile& p) {
            p.appliances[0].failoverRole = QStringLiteral("backup");
            p.appliances[1].failoverRole = QStringLiteral("primary");
            p.certificateBackup.sha256 = QString(64, QLatin1Char('a'));
        });
        const CliRun r = cli({QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--json"),
                              QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("issues")).toArray();
        QStringList paths;
        for (const QJsonValue& v : issues) {
            if (v.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                paths << v.toObject().value(QStringLiteral("path")).toString();
        }
        QVERIFY2(paths.contains(QStringLiteral("appliances[0].failover_role")), qPrintable(paths.join(u',')));
        QVERIFY(paths.contains(QStringLiteral("appliances[1].failover_role")));
        QVERIFY(paths.contains(QStringLiteral("certificate_backup.sha256")));
    }

    void checkUnreachableAppliance()
    {
        const QString path = writeProfile(QStringLiteral("down.json"));
        m_lab.appliance(QStringLiteral("backup"))->injectFault({FaultKind::Down, QString(), 0, 0, -1});
        const CliRun r = cli(
            {QStringLiteral("site"), QStringLiteral("check"), path, QStringLiteral("--timeout"), QStringLiteral("2")});
        m_lab.appliance(QStringLiteral("backup"))->clearFaults();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("ERROR  appliances[1]"), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void backupFromTheProfile()
    {
        const QString path = writeProfile(QStringLiteral("cron.json"));
        const QString folder = m_dir.filePath(QStringLiteral("backups-cron"));
        const CliRun r = cli(
            {QStringLiteral("backup"), QStringLiteral("--site"), path, QStringLiteral("--keep"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.startsWith("saved Bomgar-23.2.4-"));
        QCOMPARE(nsbFiles(folder).size(), 1);
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(backup::ScheduledBackup::logFileName())));
    }

    void failedBackupExitsWithOneLine()
    {
        const QString path = writeProfile(QStringLiteral("drop.json"));
        const QString folder = m_dir.filePath(QStringLiteral("backups-drop"));
        QVERIFY(QDir().mkpath(folder));
        QFile old(QDir(folder).filePath(QStringLiteral("Bomgar-23.2.4-x-2026-01-01-aa.nsb")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        m_lab.appliance(QStringLiteral("primary"))
            ->injectFault({FaultKind::DropMidBackup, QStringLiteral("backup"), 0, 64 * 1024, 1});
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--site"), path});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("backup failed:") && r.err.contains("older backups kept"), r.err.constData());
        QCOMPARE(nsbFiles(folder), QStringList{QStringLiteral("Bomgar-23.2.4-x-2026-01-01-aa.nsb")});
    }

    void noSecretNeverPrompts()
    {
        const QString path = writeProfile(QStringLiteral("nosecret.json"));
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--site"), path}, false);
        QCOMPARE(r.exitCode, 64);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("DRRUNBOOK_CLIENT_SECRET"), r.err.constData());
    }

    void checklistValuesFromTheProfile()
    {
        // core/print's checklist values come from the profile: derived from v2 fields; a v1 file prints as before.
        const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
        QString error;
        const auto v2 = print::SiteProfile::load(
            QStringLiteral(DR_TEST_DATA_DIR "/../../docs/site-profile.example.json"), library, &error);
        QVERIFY2(v2, qPrintable(error));
        QCOMPARE(v2->name, QStringLiteral("Example HQ"));
        QCOMPARE(v2->values.value(QStringLiteral("site_fqdn")), QStringLiteral("support.example.com"));
        QCOMPARE(v2->values.value(QStringLiteral("primary_host")), QStringLiteral("bomgar-a.example.com"));
        QCOMPARE(v2->values.value(QStringLiteral("backup_host")), QStringLiteral("bomgar-b.example.com"));
        QCOMPARE(v2->values.value(QStringLiteral("backup_ip")), QStringLiteral("198.51.100.10"));
        QCOMPARE(v2->values.value(QStringLiteral("routing")), QStringLiteral("dns_swing"));
        QCOMPARE(v2->values.value(QStringLiteral("automatic_failover")), QStringLiteral("disabled"));
        QCOMPARE(v2->values.value(QStringLiteral("appliance_type")), QStringLiteral("hardware"));
        QCOMPARE(v2->values.value(QStringLiteral("rma_contact_name")), QStringLiteral("Sam Facilities"));
        QCOMPARE(v2->values.value(QStringLiteral("spare_host")), QStringLiteral("bomgar-spare.example.com"));
        QVERIFY2(v2->unknownKeys(library).isEmpty(), qPrintable(v2->unknownKeys(library).join(u',')));

        const QJsonObject flat{{QStringLiteral("site_name"), QStringLiteral("Old HQ")},
                               {QStringLiteral("primary_host"), QStringLiteral("a.example.com")},
                               {QStringLiteral("backup_ip"), QStringLiteral("192.0.2.20")},
                               {QStringLiteral("routing"), QStringLiteral("nat_swing")},
                               {QStringLiteral("incident_number"), 4711}};
        const auto v1 = print::SiteProfile::fromJson(flat, library, &error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->name, QStringLiteral("Old HQ"));
        QMap<QString, QString> expected{{QStringLiteral("primary_host"), QStringLiteral("a.example.com")},
                                        {QStringLiteral("backup_ip"), QStringLiteral("192.0.2.20")},
                                        {QStringLiteral("routing"), QStringLiteral("nat_swing")},
                                        {QStringLiteral("incident_number"), QStringLiteral("4711")}};
        QCOMPARE(v1->values, expected);
        QVERIFY(
            !print::SiteProfile::fromJson({{QStringLiteral("p12_passphrase"), QStringLiteral("x")}}, library, &error));
        QVERIFY(error.contains(QStringLiteral("p12_passphrase")));

        // The CLI prints a checklist with both.
        const QString v1File = m_dir.filePath(QStringLiteral("v1.json"));
        QFile f(v1File);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(flat).toJson());
        f.close();
        for (const QString& site : {v1File, QStringLiteral(DR_TEST_DATA_DIR "/../../docs/site-profile.example.json")}) {
            const CliRun r =
                cli({QStringLiteral("print"), QStringLiteral("failover_primary_failed"), QStringLiteral("--site"), site,
                     QStringLiteral("--out"), m_dir.filePath(QStringLiteral("checklist.pdf"))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void misreadBackupSettingsStopTheBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("misread.json"));
        site::SiteLoadResult loaded = site::loadSiteProfile(writeProfile(QStringLiteral("misread-base.json")));
        QVERIFY(loaded.profile);
        QJsonObject json = loaded.profile->toJson();
        QJsonObject backups = json.value(QStringLiteral("backups")).toObject();
        backups.insert(QStringLiteral("keep"), QStringLiteral("14")); // text, not a number: never read as 7
        json.insert(QStringLiteral("backups"), backups);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        f.close();
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("--site"), path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("backups.keep"), r.err.constData());
    }

    void secretsStoredInTheKeychainServeTheBackup()
    {
        // End to end through a real Secret Service (gnome-keyring in a private D-Bus session): `site store-secrets`
        // keeps the API client secret under the documented name, then `backup --site` finds it there with no
        // secret in its environment.
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbus.isEmpty() || daemon.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed: no Secret Service to test against");
        const QString path = writeProfile(QStringLiteral("keychain.json"));
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DRRUNBOOK_CLIENT_ID", "DRRUNBOOK_CLIENT_SECRET", "DRRUNBOOK_BACKUP_PASSWORD",
                                 "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("TEST_SECRET"), QString::fromUtf8(m_lab.defaultAccount().clientSecret));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(dbus,
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("printf 'drrunbook-test' | gnome-keyring-daemon --unlock --components=secrets "
                                ">/dev/null && DRRUNBOOK_CLIENT_SECRET=\"$TEST_SECRET\" \"$0\" site store-secrets "
                                "\"$1\" && unset TEST_SECRET && exec \"$0\" backup --site \"$1\""),
                 QStringLiteral(DR_CLI_PATH), path});
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("stored in the keychain: api-client-secret:https://127.0.0.1:"), out.constData());
        QVERIFY(!out.contains(m_lab.defaultAccount().clientSecret));
        QVERIFY2(out.contains("saved Bomgar-"), out.constData());
        QCOMPARE(nsbFiles(m_dir.filePath(QStringLiteral("backups-keychain"))).size(), 1);
    }

    void storeSecretsWithoutAKeychain()
    {
        const QString path = writeProfile(QStringLiteral("nokeychain.json"));
        const CliRun r = cli({QStringLiteral("site"), QStringLiteral("store-secrets"), path}, false);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void usageErrors()
    {
        const QString path = writeProfile(QStringLiteral("usage.json"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--site"), path, QStringLiteral("--keep"),
                      QStringLiteral("0")})
                     .exitCode,
                 64);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--site"), path, QStringLiteral("--out"), m_dir.path()})
                     .exitCode,
                 64);
        const CliRun secret =
            cli({QStringLiteral("backup"), QStringLiteral("--site"), path, QStringLiteral("--password=x")});
        QCOMPARE(secret.exitCode, 64);
        QCOMPARE(
            cli({QStringLiteral("backup"), QStringLiteral("--site"), m_dir.filePath(QStringLiteral("missing.json"))})
                .exitCode,
            2);
    }
};

QTEST_MAIN(TestCliSite)
#include "tst_cli_site.moc"
