// Site profiles: round trip, v1 migration, validation with field paths, atomic save keeping the previous version,
// hostile input, screenshot names.
#include "site/SiteFile.h"
#include "site/SiteMigration.h"
#include "site/SiteValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::site;

namespace {

QString examplePath()
{
    return QStringLiteral(DR_TEST_DATA_DIR "/../../docs/site-profile.example.json");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject minimal()
{
    return QJsonObject{
        {QStringLiteral("schema_version"), 2},
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), QStringLiteral("HQ")},
                                             {QStringLiteral("fqdn"), QStringLiteral("support.example.com")}}},
        {QStringLiteral("appliances"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("primary")},
                                {QStringLiteral("model"), QStringLiteral("B300")},
                                {QStringLiteral("serial"), QStringLiteral("S1")},
                                {QStringLiteral("fqdn"), QStringLiteral("a.example.com")},
                                {QStringLiteral("failover_role"), QStringLiteral("primary")},
                                {QStringLiteral("routing_method"), QStringLiteral("shared_ip")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("backup")},
                                {QStringLiteral("model"), QStringLiteral("B300")},
                                {QStringLiteral("serial"), QStringLiteral("S2")},
                                {QStringLiteral("fqdn"), QStringLiteral("b.example.com")},
                                {QStringLiteral("failover_role"), QStringLiteral("backup")},
                                {QStringLiteral("routing_method"), QStringLiteral("shared_ip")}}}}};
}

// Sets a value at a dotted path with [i] indexes ("appliances[1].fqdn").
QJsonValue setAt(const QJsonValue& root, QStringList parts, const QJsonValue& value)
{
    if (parts.isEmpty())
        return value;
    const QString head = parts.takeFirst();
    const int bracket = head.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        const QString key = head.left(bracket);
        const int index = head.mid(bracket + 1).chopped(1).toInt();
        QJsonObject o = root.toObject();
        QJsonArray a = o.value(key).toArray();
        while (a.size() <= index)
            a.append(QJsonObject());
        a[index] = setAt(a.at(index), parts, value);
        o.insert(key, a);
        return o;
    }
    QJsonObject o = root.toObject();
    o.insert(head, setAt(o.value(head), parts, value));
    return o;
}

QJsonObject with(const QString& path, const QJsonValue& value)
{
    return setAt(minimal(), path.split(QLatin1Char('.')), value).toObject();
}

SiteIssues check(const QJsonObject& json)
{
    const SiteLoadResult r = parseSiteProfile(QJsonDocument(json).toJson());
    if (!r.profile)
        return r.issues + SiteIssues{{SiteIssue::Severity::Error, QStringLiteral("<load>"), r.error}};
    return r.issues + validateSiteProfile(*r.profile, {QString(), false});
}

QString describe(const SiteIssues& issues)
{
    QStringList lines;
    for (const SiteIssue& i : issues)
        lines << (i.isError() ? QStringLiteral("E ") : QStringLiteral("W ")) + i.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSiteProfile : public QObject
{
    Q_OBJECT
private slots:
    void exampleLoadsWithoutErrors()
    {
        const SiteLoadResult r = loadSiteProfile(examplePath());
        QVERIFY2(r.profile, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 2);
        QVERIFY(!r.migrated());
        const SiteIssues issues = r.issues + validateSiteProfile(*r.profile, {examplePath(), false});
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
        for (const SiteIssue& i : issues) // its screenshots are named as the guide asks
            QVERIFY2(!i.message.contains(QStringLiteral("rename")), qPrintable(i.toString()));
        const SiteProfile& p = *r.profile;
        QCOMPARE(p.appliances.size(), 2);
        QCOMPARE(p.primary()->name, QStringLiteral("primary"));
        QCOMPARE(p.appliances.at(1).model, QStringLiteral("vmware_virtual"));
        QCOMPARE(p.appliances.at(0).failover.primaryTimeoutSecs, std::optional<int>(60));
        QCOMPARE(p.appliances.at(0).failover.automaticFailover, std::optional<bool>(false));
        QCOMPARE(
            p.appliances.at(0).applianceSettings.page(QStringLiteral("syslog")).fields.value(QStringLiteral("format")),
            QStringLiteral("RFC 5424"));
        QCOMPARE(p.backups.keep, 14);
        QCOMPARE(p.backupAccount()->clientId, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        QVERIFY(p.backups.passwordProtected);
    }

    void roundTripIsLossless()
    {
        const SiteLoadResult first = loadSiteProfile(examplePath());
        QVERIFY(first.profile);
        const QByteArray once = first.profile->toJsonBytes();
        const SiteLoadResult second = parseSiteProfile(once);
        QVERIFY2(second.profile, qPrintable(second.error));
        QCOMPARE(second.profile->toJsonBytes(), once);
        // Every value of the example survives (empty strings aside, which are not written).
        const QJsonObject original = QJsonDocument::fromJson(readAll(examplePath())).object();
        QJsonObject expected = original;
        QJsonObject backups = expected.value(QStringLiteral("backups")).toObject();
        backups.remove(QStringLiteral("from_appliance"));
        expected.insert(QStringLiteral("backups"), backups);
        QCOMPARE(QJsonDocument::fromJson(once).object(), expected);
    }

    void unknownKeysAreKeptAndReported()
    {
        QJsonObject json = with(QStringLiteral("appliances[0].rack_position"), QStringLiteral("R12 U20"));
        json.insert(QStringLiteral("x_custom"), QJsonObject{{QStringLiteral("a"), 1}});
        const SiteLoadResult r = parseSiteProfile(QJsonDocument(json).toJson());
        QVERIFY(r.profile);
        QStringList paths;
        for (const SiteIssue& i : r.issues)
            paths << i.path;
        QVERIFY2(paths.contains(QStringLiteral("appliances[0].rack_position")), qPrintable(describe(r.issues)));
        QVERIFY(paths.contains(QStringLiteral("x_custom")));
        const QJsonObject back = r.profile->toJson();
        QCOMPARE(back.value(QStringLiteral("x_custom")).toObject().value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(back.value(QStringLiteral("appliances"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rack_position"))
                     .toString(),
                 QStringLiteral("R12 U20"));
    }

    void migratesVersion1()
    {
        const QByteArray v1 = R"({"site_name": "Old HQ", "site_fqdn": "support.example.com",
            "primary_host": "a.example.com", "backup_host": "b.example.com", "backup_ip": "192.0.2.20",
            "routing": "nat_swing", "automatic_failover": "enabled", "rma_contact_name": "Sam",
            "rma_contact_email": "sam@example.com", "spare_host": "spare.example.com", "appliance_serial": 12345})";
        const SiteLoadResult r = parseSiteProfile(v1);
        QVERIFY2(r.profile, qPrintable(r.error));
        QCOMPARE(r.fromVersion, 1);
        QVERIFY(r.migrated());
        QVERIFY2(!hasErrors(r.issues), qPrintable(describe(r.issues)));
        const SiteProfile& p = *r.profile;
        QCOMPARE(p.site.name, QStringLiteral("Old HQ"));
        QCOMPARE(p.site.fqdn, QStringLiteral("support.example.com"));
        QCOMPARE(p.appliances.size(), 2);
        QCOMPARE(p.primary()->fqdn, QStringLiteral("a.example.com"));
        QCOMPARE(p.appliance(QStringLiteral("backup"))->addresses, QStringList{QStringLiteral("192.0.2.20")});
        QCOMPARE(p.appliance(QStringLiteral("backup"))->routingMethod, QStringLiteral("nat_swing"));
        QCOMPARE(p.appliance(QStringLiteral("backup"))->failover.automaticFailover, std::optional<bool>(true));
        QCOMPARE(p.contacts.size(), 1);
        QCOMPARE(p.contacts.first().role, QStringLiteral("rma"));
        QCOMPARE(p.contacts.first().email, QStringLiteral("sam@example.com"));
        // Nothing of the v1 file is lost: every value is also in checklist_values.
        QCOMPARE(p.checklistValues.value(QStringLiteral("spare_host")), QStringLiteral("spare.example.com"));
        QCOMPARE(p.checklistValues.value(QStringLiteral("appliance_serial")), QStringLiteral("12345"));
        QCOMPARE(p.checklistValues.value(QStringLiteral("routing")), QStringLiteral("nat_swing"));
        // Saved, it is a v2 file that loads the same.
        const SiteLoadResult again = parseSiteProfile(p.toJsonBytes());
        QCOMPARE(again.fromVersion, 2);
        QCOMPARE(again.profile->toJsonBytes(), p.toJsonBytes());
    }

    void version1WithAnObjectValueIsAnError()
    {
        const SiteLoadResult r = parseSiteProfile(R"({"site_name": "X", "routing": {"a": 1}})");
        QVERIFY(r.profile);
        QVERIFY(hasErrors(r.issues));
        QCOMPARE(errorsOnly(r.issues).first().path, QStringLiteral("routing"));
    }

    void newerSchemaIsRefused()
    {
        const SiteLoadResult r = parseSiteProfile(R"({"schema_version": 99, "site": {"name": "X"}})");
        QVERIFY(!r.profile);
        QVERIFY2(r.error.contains(QStringLiteral("schema_version")) && r.error.contains(QStringLiteral("update")),
                 qPrintable(r.error));
    }

    void validationPointsAtTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<QString>("hint");
        auto row = [](const char* name, const QString& field, const QJsonValue& v, const QString& path,
                      const QString& hint) { QTest::newRow(name) << field << v << path << hint; };
        row("empty site name", QStringLiteral("site.name"), QString(), QStringLiteral("site.name"),
            QStringLiteral("name"));
        row("bad site fqdn", QStringLiteral("site.fqdn"), QStringLiteral("support example"),
            QStringLiteral("site.fqdn"), QStringLiteral("support.example.com"));
        row("bad product", QStringLiteral("site.product"), QStringLiteral("rs"), QStringLiteral("site.product"),
            QStringLiteral("remote_support"));
        row("bad fqdn", QStringLiteral("appliances[1].fqdn"), QStringLiteral("b..example.com"),
            QStringLiteral("appliances[1].fqdn"), QStringLiteral("host name"));
        row("fqdn is a number", QStringLiteral("appliances[1].fqdn"), true, QStringLiteral("appliances[1].fqdn"),
            QStringLiteral("text"));
        row("missing fqdn", QStringLiteral("appliances[0].fqdn"), QString(), QStringLiteral("appliances[0].fqdn"),
            QStringLiteral("host name"));
        row("bad model", QStringLiteral("appliances[0].model"), QStringLiteral("B500"),
            QStringLiteral("appliances[0].model"), QStringLiteral("hyperv_virtual"));
        row("duplicate name", QStringLiteral("appliances[1].name"), QStringLiteral("primary"),
            QStringLiteral("appliances[1].name"), QStringLiteral("own name"));
        row("two primaries", QStringLiteral("appliances[1].failover_role"), QStringLiteral("primary"),
            QStringLiteral("appliances[1].failover_role"), QStringLiteral("one primary"));
        row("bad role", QStringLiteral("appliances[1].failover_role"), QStringLiteral("master"),
            QStringLiteral("appliances[1].failover_role"), QStringLiteral("primary, backup, none"));
        row("bad routing", QStringLiteral("appliances[0].routing_method"), QStringLiteral("bgp"),
            QStringLiteral("appliances[0].routing_method"), QStringLiteral("dns_swing"));
        row("bad address", QStringLiteral("appliances[0].addresses"),
            QJsonArray{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.300")},
            QStringLiteral("appliances[0].addresses[1]"), QStringLiteral("IP address"));
        row("addresses not a list", QStringLiteral("appliances[0].addresses"), 5,
            QStringLiteral("appliances[0].addresses"), QStringLiteral("list"));
        row("bad netmask", QStringLiteral("appliances[0].nics"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eth0")},
                                   {QStringLiteral("netmask"), QStringLiteral("255.0.255.0")}}},
            QStringLiteral("appliances[0].nics[0].netmask"), QStringLiteral("255.255.255.0"));
        row("bad mac", QStringLiteral("appliances[0].nics"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("eth0")},
                                   {QStringLiteral("mac"), QStringLiteral("zz")}}},
            QStringLiteral("appliances[0].nics[0].mac"), QStringLiteral("MAC"));
        row("nic not an object", QStringLiteral("appliances[0].nics"), QJsonArray{QStringLiteral("eth0")},
            QStringLiteral("appliances[0].nics[0]"), QStringLiteral("object"));
        row("timeout negative", QStringLiteral("appliances[1].failover.primary_timeout_secs"), -5,
            QStringLiteral("appliances[1].failover.primary_timeout_secs"), QStringLiteral("whole number"));
        row("timeout text", QStringLiteral("appliances[1].failover.primary_timeout_secs"), QStringLiteral("60s"),
            QStringLiteral("appliances[1].failover.primary_timeout_secs"), QStringLiteral("whole number"));
        row("automatic failover text", QStringLiteral("appliances[1].failover.automatic_failover"),
            QStringLiteral("yes"), QStringLiteral("appliances[1].failover.automatic_failover"),
            QStringLiteral("true or false"));
        row("bad connectivity ip", QStringLiteral("appliances[1].failover.connectivity_test_ips"),
            QJsonArray{QStringLiteral("gateway")}, QStringLiteral("appliances[1].failover.connectivity_test_ips[0]"),
            QStringLiteral("IP address"));
        row("api url http", QStringLiteral("appliances[0].api.url"), QStringLiteral("http://a.example.com"),
            QStringLiteral("appliances[0].api.url"), QStringLiteral("https://HOST"));
        row("bad pin", QStringLiteral("appliances[0].api.pin_sha256"), QStringLiteral("abc"),
            QStringLiteral("appliances[0].api.pin_sha256"), QStringLiteral("64 hex"));
        row("bad fingerprint", QStringLiteral("certificate_backup.sha256"), QStringLiteral("12:34"),
            QStringLiteral("certificate_backup.sha256"), QStringLiteral("64 hex"));
        row("keep zero", QStringLiteral("backups.keep"), 0, QStringLiteral("backups.keep"),
            QStringLiteral("whole number"));
        row("backup from unknown", QStringLiteral("backups.from_appliance"), QStringLiteral("spare"),
            QStringLiteral("backups.from_appliance"), QStringLiteral("not the name"));
        row("backup account unknown", QStringLiteral("backups.api_account"), QStringLiteral("nobody"),
            QStringLiteral("backups.api_account"), QStringLiteral("api_accounts"));
        row("secret in account", QStringLiteral("api_accounts"),
            QJsonArray{QJsonObject{{QStringLiteral("client_id"), QStringLiteral("id1")},
                                   {QStringLiteral("client_secret"), QStringLiteral("s3cret")}}},
            QStringLiteral("api_accounts[0].client_secret"), QStringLiteral("keychain"));
        row("secret in checklist values", QStringLiteral("checklist_values"),
            QJsonObject{{QStringLiteral("p12_passphrase"), QStringLiteral("x")}},
            QStringLiteral("checklist_values.p12_passphrase"), QStringLiteral("keychain"));
        row("empty client id", QStringLiteral("api_accounts"),
            QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("x")}}},
            QStringLiteral("api_accounts[0].client_id"), QStringLiteral("client ID"));
        row("bad contact email", QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                   {QStringLiteral("email"), QStringLiteral("a-at-b")}}},
            QStringLiteral("contacts[0].email"), QStringLiteral("email address"));
        row("contact without name", QStringLiteral("contacts"),
            QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("1")}}}, QStringLiteral("contacts[0].name"),
            QStringLiteral("who to call"));
        row("atlas unknown node", QStringLiteral("atlas"),
            QJsonObject{{QStringLiteral("enabled"), true},
                        {QStringLiteral("primary_node"), QStringLiteral("primary")},
                        {QStringLiteral("traffic_nodes"), QJsonArray{QStringLiteral("traffic-9")}}},
            QStringLiteral("atlas.traffic_nodes[0]"), QStringLiteral("traffic-9"));
        row("page status", QStringLiteral("appliances[0].appliance_settings.snmp"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}},
            QStringLiteral("appliances[0].appliance_settings.snmp.status"), QStringLiteral("not_used"));
        row("system time", QStringLiteral("appliances[0].appliance_settings.status"),
            QJsonObject{{QStringLiteral("system_time"), QStringLiteral("yesterday")}},
            QStringLiteral("appliances[0].appliance_settings.status.system_time"), QStringLiteral("ISO 8601"));
        row("appliances not a list", QStringLiteral("appliances"), QStringLiteral("primary"),
            QStringLiteral("appliances"), QStringLiteral("list"));
        row("schema version text", QStringLiteral("schema_version"), QStringLiteral("2"),
            QStringLiteral("schema_version"), QStringLiteral("whole number"));
    }
    void validationPointsAtTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        QFETCH(QString, hint);
        QVERIFY2(!hasErrors(check(minimal())), qPrintable(describe(check(minimal()))));
        const SiteIssues issues = check(with(field, value));
        const SiteIssues errors = errorsOnly(issues);
        bool found = false;
        for (const SiteIssue& e : errors) {
            if (e.path == expectedPath && e.message.contains(hint, Qt::CaseInsensitive))
                found = true;
        }
        QVERIFY2(found, qPrintable(describe(issues)));
    }

    void warningsForWhatIsStillToRecord()
    {
        const SiteIssues issues = check(minimal());
        QStringList warned;
        for (const SiteIssue& i : issues) {
            if (!i.isError())
                warned << i.path;
        }
        QVERIFY(warned.contains(QStringLiteral("appliances[0].appliance_settings.status")));
        QVERIFY(warned.contains(QStringLiteral("appliances[0].appliance_settings.ip_configuration")));
        QVERIFY(warned.contains(QStringLiteral("appliances[1].appliance_settings.login_agreement")));
        QVERIFY(warned.contains(QStringLiteral("certificate_backup.sha256")));
        QVERIFY(warned.contains(QStringLiteral("backups.folder")));
        // Cloud and hosted sites have no /appliance pages to capture.
        const SiteIssues cloud = check(with(QStringLiteral("appliances[0].model"), QStringLiteral("cloud")));
        for (const SiteIssue& i : cloud)
            QVERIFY2(!i.path.startsWith(QStringLiteral("appliances[0].appliance_settings")), qPrintable(i.toString()));
    }

    void screenshotNamesFollowTheGuide()
    {
        StatusSnapshot status;
        status.applianceVersion = QStringLiteral("6.2.1");
        status.serial = QStringLiteral("B300 0012345");
        status.baseSoftwareVersion = QStringLiteral("6.2.1_b");
        status.systemTime = QDateTime(QDate(2026, 11, 20), QTime(10, 15, 0), Qt::UTC);
        const ScreenshotName name = ScreenshotName::make(QStringLiteral("syslog"), status, QStringLiteral(".png"));
        QCOMPARE(name.toString(), QStringLiteral("syslog_6.2.1_B300-0012345_6.2.1-b_20261120T101500Z.png"));
        const auto parsed = ScreenshotName::parse(QStringLiteral("/tmp/x/") + name.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->systemTime, status.systemTime);
        QVERIFY(parsed->matches(status));
        status.systemTime = status.systemTime.addSecs(60);
        QVERIFY(!parsed->matches(status));
        QVERIFY(!ScreenshotName::parse(QStringLiteral("Screenshot 2026-11-20.png")));
        // Page keys with an underscore split from the right.
        const ScreenshotName ip =
            ScreenshotName::make(QStringLiteral("ip_configuration"), status, QStringLiteral("png"));
        QVERIFY2(ip.toString().startsWith(QStringLiteral("ip_configuration_6.2.1_")), qPrintable(ip.toString()));
        QCOMPARE(ScreenshotName::parse(ip.toString())->page, QStringLiteral("ip_configuration"));
        QVERIFY(ScreenshotName::parse(ip.toString())->matches(status));

        QJsonObject json =
            with(QStringLiteral("appliances[0].appliance_settings.syslog"),
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("captured")},
                             {QStringLiteral("server"), QStringLiteral("syslog.example.com")},
                             {QStringLiteral("screenshots"), QJsonArray{QStringLiteral("Screenshot 1.png")}}});
        bool renamed = false;
        for (const SiteIssue& i : check(json)) {
            if (i.path == QLatin1String("appliances[0].appliance_settings.syslog.screenshots[0]") &&
                i.message.contains(QStringLiteral("rename it to syslog_")))
                renamed = true;
        }
        QVERIFY(renamed);
    }

    void saveIsAtomicAndKeepsThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.json"));
        SiteProfile p = *parseSiteProfile(QJsonDocument(minimal()).toJson()).profile;
        QString error;
        QVERIFY2(saveSiteProfile(path, p, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(siteBackupPath(path))); // nothing before: nothing to keep
        const QByteArray first = readAll(path);

        p.site.name = QStringLiteral("Renamed HQ");
        QVERIFY2(saveSiteProfile(path, p, &error), qPrintable(error));
        QCOMPARE(readAll(siteBackupPath(path)), first);
        QCOMPARE(loadSiteProfile(path).profile->site.name, QStringLiteral("Renamed HQ"));
        // Saving the same content again keeps the .bak as it was (the previous *different* version).
        QVERIFY(saveSiteProfile(path, p, &error));
        QCOMPARE(readAll(siteBackupPath(path)), first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary files left

        // The previous version cannot be kept (a folder is in the way of FILE.bak): nothing is saved, the file
        // stays as it was. (Works as root too, unlike a read-only folder.)
        QVERIFY(QFile::remove(siteBackupPath(path)));
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(siteBackupPath(path)).fileName()));
        p.site.name = QStringLiteral("Third");
        QVERIFY(!saveSiteProfile(path, p, &error));
        QVERIFY2(error.contains(QStringLiteral("site.json")) && error.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(error));
        QCOMPARE(loadSiteProfile(path).profile->site.name, QStringLiteral("Renamed HQ"));
    }

    void refusesToOverwriteANewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.json"));
        const QByteArray newer = R"({"schema_version": 3, "site": {"name": "Future"}})";
        QVERIFY(writeFile(path, newer));
        QString error;
        QVERIFY(!saveSiteProfile(path, *parseSiteProfile(QJsonDocument(minimal()).toJson()).profile, &error));
        QVERIFY(error.contains(QStringLiteral("newer")));
        QCOMPARE(readAll(path), newer);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("site_name = HQ");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("truncated") << QByteArray(R"({"schema_version": 2, "site": {"name": "HQ")");
        QTest::newRow("nul bytes") << QByteArray("{\"a\0\": 1}", 10);
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("huge number") << QByteArray(R"({"schema_version": 1e308})");
        QTest::newRow("negative version") << QByteArray(R"({"schema_version": -1})");
        QTest::newRow("appliances of nulls")
            << QByteArray(R"({"schema_version": 2, "appliances": [null, 1, "x", []]})");
        QTest::newRow("wrong everything")
            << QByteArray(R"({"schema_version": 2, "site": 5, "appliances": {}, "atlas": [], "contacts": "x",
                              "api_accounts": 7, "certificate_backup": [], "backups": "daily", "checklist_values": []})");
        QTest::newRow("invalid utf8") << QByteArray("{\"site\": {\"name\": \"\xff\xfe\"}, \"schema_version\": 2}");
    }
    void hostileInput()
    {
        QFETCH(QByteArray, bytes);
        const SiteLoadResult r = parseSiteProfile(bytes);
        if (!r.profile) {
            QVERIFY(!r.error.isEmpty());
            return;
        }
        const SiteIssues issues = r.issues + validateSiteProfile(*r.profile);
        QVERIFY(hasErrors(issues));
        for (const SiteIssue& i : issues)
            QVERIFY(!i.message.isEmpty());
        QVERIFY(parseSiteProfile(r.profile->toJsonBytes()).profile); // what is saved loads again
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator rng(8);
        const QByteArray base = readAll(examplePath());
        QVERIFY(!base.isEmpty());
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = base;
            for (int k = 0; k < 4; ++k)
                bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
            const SiteLoadResult r = parseSiteProfile(bytes);
            if (r.profile)
                validateSiteProfile(*r.profile);
            else
                QVERIFY(!r.error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_site_profile.moc"
