// Backup names, version rules, release table and Cloud update schedule.
#include "support/CloudUpdateSchedule.h"
#include "support/NsbFileName.h"
#include "support/ReleaseTable.h"
#include "support/RestoreCompatibility.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::support;

static ProductVersion v(const char* text)
{
    return *ProductVersion::parse(QString::fromLatin1(text));
}

class TestSupportVersions : public QObject
{
    Q_OBJECT

private slots:
    void parseVersions()
    {
        QCOMPARE(v("23.2.4").toString(), QStringLiteral("23.2.4"));
        QCOMPARE(v("23.2").toString(), QStringLiteral("23.2"));
        QCOMPARE(v("19.1.8.1234").build, 1234);
        QCOMPARE(v("19.1.8+77").build, 77);
        QCOMPARE(v("19.1.8 build 77").toString(), QStringLiteral("19.1.8.77"));
        QCOMPARE(v("23.2.4").majorString(), QStringLiteral("23.2"));
        QVERIFY(!ProductVersion::parse(QStringLiteral("23")));
        QVERIFY(!ProductVersion::parse(QStringLiteral("23.x")));
        QVERIFY(!ProductVersion::parse(QString()));
        QVERIFY(v("23.2.4") == v("23.2.4.999"));
        QVERIFY(v("23.2") == v("23.2.0"));
        QVERIFY(v("9.9.9") < v("10.0"));
        QVERIFY(v("23.2.9") < v("23.2.10"));
        QVERIFY(v("23.2.7").matches(v("23.2")));
        QVERIFY(!v("23.2.7").matches(v("23.2.6")));
        QVERIFY(!v("23.3.7").matches(v("23.2")));
    }

    void parseNsbNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("uid");
        QTest::newRow("api client") << QStringLiteral("Bomgar-23.2.4-support.example.com-2026-11-25-a1b2c3.nsb")
                                    << "23.2.4"
                                    << "support.example.com" << QDate(2026, 11, 25) << "a1b2c3";
        QTest::newRow("underscores") << QStringLiteral(
                                            "bomgar_19.1.8_remote-help.corp.example_2019_05_10_1557500000.NSB")
                                     << "19.1.8"
                                     << "remote-help.corp.example" << QDate(2019, 5, 10) << "1557500000";
        QTest::newRow("compact date, build")
            << QStringLiteral("/backups/x/Bomgar-23.2.4.1234-my-site-20240131-XYZ9.nsb") << "23.2.4.1234"
            << "my-site" << QDate(2024, 1, 31) << "XYZ9";
        QTest::newRow("major only") << QStringLiteral("Bomgar-15.2-help.example.org-2016-02-29-7.nsb") << "15.2"
                                    << "help.example.org" << QDate(2016, 2, 29) << "7";
        QTest::newRow("browser copy") << QStringLiteral("Bomgar-22.3.2-site_a-2023-01-02-99 (1).nsb") << "22.3.2"
                                      << "site_a" << QDate(2023, 1, 2) << "99";
        QTest::newRow("backup word") << QStringLiteral("Bomgar-backup-21.1.1-s-2021-06-01-u1.nsb") << "21.1.1"
                                     << "s" << QDate(2021, 6, 1) << "u1";
        QTest::newRow("site with date-like part")
            << QStringLiteral("Bomgar-24.1.1-dr-2020-site-2025-03-04-abc.nsb") << "24.1.1"
            << "dr-2020-site" << QDate(2025, 3, 4) << "abc";
        // api::BackupDownloader appends "-1", "-2", ... when the name is taken: not part of the unique id
        QTest::newRow("downloader collision 1")
            << QStringLiteral("Bomgar-23.2.4-support.example.com-2026-11-25-a1b2c3-1.nsb") << "23.2.4"
            << "support.example.com" << QDate(2026, 11, 25) << "a1b2c3";
        QTest::newRow("downloader collision 12")
            << QStringLiteral("/backups/Bomgar-19.1.8-remote-help.corp-2019-05-10-1557500000-12.nsb") << "19.1.8"
            << "remote-help.corp" << QDate(2019, 5, 10) << "1557500000";
        QTest::newRow("downloader collision, server's name")
            << QStringLiteral("Bomgar-23.2.4.1234-my-site-20240131-XYZ9-3.NSB") << "23.2.4.1234"
            << "my-site" << QDate(2024, 1, 31) << "XYZ9";
    }

    void parseNsbNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, site);
        QFETCH(QDate, date);
        QFETCH(QString, uid);
        const std::optional<NsbFileName> n = NsbFileName::parse(name);
        QVERIFY(n.has_value());
        QCOMPARE(n->version.toString(), version);
        QCOMPARE(n->site, site);
        QCOMPARE(n->date, date);
        QCOMPARE(n->uniqueId, uid);
    }

    void rejectNsbNames()
    {
        for (const char* bad : {"backup.nsb", "Bomgar-23.2.4-site-2026-11-25-abc.zip", "Bomgar-site-2026-11-25-abc.nsb",
                                "Bomgar-23.2.4-site-2026-13-25-abc.nsb", "Bomgar-23.2.4-2026-11-25-abc.nsb",
                                "Other-23.2.4-site-2026-11-25-abc.nsb", "",
                                // not the downloader's collision suffix ("-" and a number from 1, no leading 0)
                                "Bomgar-23.2.4-site-2026-11-25-abc-.nsb", "Bomgar-23.2.4-site-2026-11-25-abc-0.nsb",
                                "Bomgar-23.2.4-site-2026-11-25-abc-01.nsb", "Bomgar-23.2.4-site-2026-11-25-abc--1.nsb",
                                "Bomgar-23.2.4-site-2026-11-25-abc-1-2.nsb", "Bomgar-23.2.4-site-2026-11-25-abc-x1.nsb",
                                "Bomgar-23.2.4-site-2026-11-25-abc-1.zip", "Bomgar-23.2.4-site-2026-11-25-abc-1.nsb.part",
                                "Bomgar-23.2.4-site-2026-11-25-abc-1234567890.nsb"})
            QVERIFY2(!NsbFileName::parse(QString::fromLatin1(bad)), bad);
    }

    void clientNameParses()
    {
        const QString name = QStringLiteral("Bomgar-23.2.4-support.example.com-2026-11-05-1732800000.nsb");
        const std::optional<NsbFileName> n = NsbFileName::parse(name);
        QVERIFY(n);
        QCOMPARE(n->site, QStringLiteral("support.example.com"));
        QCOMPARE(n->fileName, name);
    }

    void restoreRules()
    {
        SupportedUpgrades list;
        list.add(v("23.2.4"), {v("23.1"), v("22.3.2")});
        QCOMPARE(assessRestore(v("23.2.4"), v("23.2.4.5"), list).verdict, RestoreVerdict::SameVersion);
        QCOMPARE(assessRestore(v("24.1.1"), v("23.2.4"), list).verdict, RestoreVerdict::Downgrade);
        QCOMPARE(assessRestore(v("23.2.5"), v("23.2.4"), list).verdict, RestoreVerdict::Downgrade);
        QCOMPARE(assessRestore(v("23.1.3"), v("23.2.4"), list).verdict, RestoreVerdict::ListedUpgrade);
        QCOMPARE(assessRestore(v("22.3.2"), v("23.2.4"), list).verdict, RestoreVerdict::ListedUpgrade);
        QCOMPARE(assessRestore(v("22.3.1"), v("23.2.4"), list).verdict, RestoreVerdict::UnlistedUpgrade);
        QCOMPARE(assessRestore(v("23.1.3"), v("23.2.5"), list).verdict, RestoreVerdict::UnlistedUpgrade);
        QCOMPARE(assessRestore(v("23.2.1"), v("23.2.4"), {}).verdict, RestoreVerdict::UnlistedUpgrade);
        QVERIFY(assessRestore(v("23.1.3"), v("23.2.4"), list).compatible());
        QVERIFY(!assessRestore(v("22.3.1"), v("23.2.4"), list).compatible());
        QCOMPARE(assessRestore(v("24.1.1"), v("23.2.4"), list).message,
                 QStringLiteral("Refused: the backup (24.1.1) is newer than the site (23.2.4). Restoring a backup from "
                                "a newer version onto an older one causes major issues and is not supported. Update "
                                "the site to 24.1.1 first (ask Bomgar Support for the /login site update)."));
        QCOMPARE(assessRestore(v("22.3.1"), v("23.2.4"), list).message,
                 QStringLiteral("Warning: 22.3.1 is not listed as a supported upgrade version of the site version "
                                "23.2.4. Restoring this backup can cause unexpected issues and/or data loss. Check the "
                                "release notes of 23.2.4 (www.bomgar.com/changelog) and add 22.3.1 to your "
                                "supported-upgrade list if they name it, or ask Bomgar Support to put the site on a "
                                "version that supports it."));
        QCOMPARE(verdictKey(RestoreVerdict::ListedUpgrade), QStringLiteral("listed-upgrade"));
    }

    void upgradeListJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("upgrades.json"));
        SupportedUpgrades list;
        list.add(v("23.2"), {v("22.3"), v("23.1.2")});
        QString error;
        QVERIFY2(list.save(path, &error), qPrintable(error));
        const std::optional<SupportedUpgrades> loaded = SupportedUpgrades::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->isListed(v("22.3.9"), v("23.2.4")));
        QVERIFY(loaded->isListed(v("23.1.2"), v("23.2.1")));
        QVERIFY(!loaded->isListed(v("23.1.1"), v("23.2.1")));
        QVERIFY(!SupportedUpgrades::fromJson("{\"supportedUpgrades\":[{\"target\":\"x\"}]}", &error));
        QVERIFY(error.contains(QStringLiteral("\"x\"")));
        QVERIFY(!SupportedUpgrades::fromJson("not json", &error));
        QVERIFY(!SupportedUpgrades::load(dir.filePath(QStringLiteral("none.json")), &error));
    }

    void releaseTable()
    {
        const ReleaseTable builtIn = ReleaseTable::builtIn();
        QVERIFY(builtIn.hasExamples());
        QVERIFY(!builtIn.releases().isEmpty());
        for (const ReleaseInfo& r : builtIn.releases())
            QCOMPARE(r.source, QStringLiteral("example, update from the vendor's release notes"));
        QVERIFY(builtIn.note().startsWith(QStringLiteral("EXAMPLE TABLE")));

        const QByteArray json = R"({"releases": [
            {"version": "23.2", "ga": "2023-07-18", "source": "release notes"},
            {"version": "22.1", "ga": "2022-02-01", "retiredOn": "2024-06-30", "source": "release notes"}]})";
        QString error;
        const std::optional<ReleaseTable> t = ReleaseTable::fromJson(json, &error);
        QVERIFY2(t, qPrintable(error));
        QVERIFY(!t->hasExamples());
        QCOMPARE(t->find(v("23.2.4"))->supportEnds(), QDate(2025, 7, 18));
        QCOMPARE(t->status(v("23.2.4"), QDate(2025, 7, 17)), SupportStatus::Supported);
        QCOMPARE(t->status(v("23.2.4"), QDate(2025, 7, 18)), SupportStatus::Retired);
        QCOMPARE(t->status(v("22.1.3"), QDate(2024, 3, 1)), SupportStatus::Supported); // before retiredOn
        QCOMPARE(t->status(v("22.1.3"), QDate(2024, 6, 30)), SupportStatus::Retired);
        QCOMPARE(t->status(v("21.3"), QDate(2024, 1, 1)), SupportStatus::Unknown);
        QVERIFY(!ReleaseTable::fromJson(R"({"releases":[{"version":"23.2"}]})", &error));
        QVERIFY(error.contains(QStringLiteral("23.2")));
    }

    void cloudUpdates()
    {
        const QDate release(2026, 1, 20);
        auto l1 = scheduledCloudUpdate(release, ReleaseKind::Maintenance);
        QCOMPARE(l1->scheduled, QDate(2026, 2, 3));
        QCOMPARE(l1->noticeBy, QDate(2026, 1, 27));
        QVERIFY(!l1->immediate);
        auto l2 = scheduledCloudUpdate(release, ReleaseKind::Major, CloudUpdateLevel::Level2);
        QCOMPARE(l2->scheduled, QDate(2026, 6, 20));
        QCOMPARE(l2->noticeBy, QDate(2026, 6, 13));
        QVERIFY(!scheduledCloudUpdate(release, ReleaseKind::Maintenance, CloudUpdateLevel::Level2));
        auto critical = scheduledCloudUpdate(release, ReleaseKind::CriticalSecurity, CloudUpdateLevel::Level2);
        QCOMPARE(critical->scheduled, release);
        QVERIFY(critical->immediate);
        QCOMPARE(scheduledCloudUpdate(QDate(2025, 9, 30), ReleaseKind::Major, CloudUpdateLevel::Level2)->scheduled,
                 QDate(2026, 2, 28)); // clamped to the end of February
    }
};

QTEST_GUILESS_MAIN(TestSupportVersions)
#include "tst_support_versions.moc"
