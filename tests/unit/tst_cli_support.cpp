// drrunbook-cli support-clock and nsb check: exit codes, JSON and text, run as a real process.
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliSupport : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    static Result cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(DR_CLI_PATH), args);
        Result r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

private slots:
    void clockJsonForBerlinOperator()
    {
        const Result r = cli({QStringLiteral("support-clock"), QStringLiteral("--severity"), QStringLiteral("1"),
                              QStringLiteral("--at"), QStringLiteral("2026-01-13T08:30"), QStringLiteral("--tz"),
                              QStringLiteral("Europe/Berlin"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("severity")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("firstResponseMinutes")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("customerResponseMinutes")).toInt(), 30);
        QCOMPARE(o.value(QStringLiteral("operatorTimeZone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(o.value(QStringLiteral("reportedAt")).toObject().value(QStringLiteral("central")).toString(),
                 QStringLiteral("2026-01-13T01:30:00-06:00"));
        QCOMPARE(o.value(QStringLiteral("receivedAtNextOpening")).toBool(), true);
        const QJsonObject received = o.value(QStringLiteral("receivedAt")).toObject();
        QCOMPARE(received.value(QStringLiteral("local")).toString(), QStringLiteral("2026-01-13T09:00:00+01:00"));
        QCOMPARE(received.value(QStringLiteral("central")).toString(), QStringLiteral("2026-01-13T02:00:00-06:00"));
        const QJsonObject due = o.value(QStringLiteral("firstResponseDeadline")).toObject();
        QCOMPARE(due.value(QStringLiteral("local")).toString(), QStringLiteral("2026-01-13T09:30:00+01:00"));
        QCOMPARE(due.value(QStringLiteral("central")).toString(), QStringLiteral("2026-01-13T02:30:00-06:00"));
        QCOMPARE(due.value(QStringLiteral("utc")).toString(), QStringLiteral("2026-01-13T08:30:00Z"));
        // "now" is the real clock here: only its consistency can be checked.
        QVERIFY(o.value(QStringLiteral("supportOpenNow")).isBool());
        const QDateTime now = QDateTime::fromString(
            o.value(QStringLiteral("now")).toObject().value(QStringLiteral("utc")).toString(), Qt::ISODate);
        const QDateTime next = QDateTime::fromString(
            o.value(QStringLiteral("nextOpening")).toObject().value(QStringLiteral("utc")).toString(), Qt::ISODate);
        QVERIFY(now.isValid() && next.isValid());
        QVERIFY(next > now);
        QCOMPARE(o.contains(QStringLiteral("closesAt")), o.value(QStringLiteral("supportOpenNow")).toBool());
    }

    void clockWithOffsetAcrossThanksgiving()
    {
        const Result r = cli({QStringLiteral("support-clock"), QStringLiteral("--severity=2"), QStringLiteral("--at"),
                              QStringLiteral("2026-11-25T16:00:00Z"), QStringLiteral("--tz"),
                              QStringLiteral("America/Chicago"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("receivedAtNextOpening")).toBool(), false);
        QCOMPARE(
            o.value(QStringLiteral("firstResponseDeadline")).toObject().value(QStringLiteral("central")).toString(),
            QStringLiteral("2026-11-30T17:00:00-06:00"));
        QVERIFY(o.value(QStringLiteral("customerResponseMinutes")).toInt() == 1440);
    }

    void clockText()
    {
        const Result r = cli({QStringLiteral("support-clock"), QStringLiteral("--severity"), QStringLiteral("3"),
                              QStringLiteral("--at"), QStringLiteral("2026-07-03T12:00"), QStringLiteral("--tz"),
                              QStringLiteral("Europe/Berlin")});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Severity Level 3: first response within 1440 business minutes.")),
                 r.out.constData());
        // Friday July 3 2026 is the observed Independence Day: received Monday July 6, 02:00 CDT = 09:00 CEST.
        QVERIFY2(text.contains(QStringLiteral("Received:            Mon 2026-07-06 09:00 CEST (UTC+02:00)  |  US "
                                              "Central: Mon 2026-07-06 02:00 CDT (UTC-05:00)")),
                 r.out.constData());
        QVERIFY(text.contains(QStringLiteral("outside support hours")));
        // 17 h on Monday, 7 h on Tuesday.
        QVERIFY(text.contains(QStringLiteral(
            "First response due:  Tue 2026-07-07 16:00 CEST (UTC+02:00)  |  US Central: Tue 2026-07-07 09:00 CDT")));
    }

    void clockUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no severity") << QStringList{};
        QTest::newRow("severity 4") << QStringList{QStringLiteral("--severity"), QStringLiteral("4")};
        QTest::newRow("severity x") << QStringList{QStringLiteral("--severity"), QStringLiteral("x")};
        QTest::newRow("bad zone") << QStringList{QStringLiteral("--severity"), QStringLiteral("1"),
                                                 QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")};
        QTest::newRow("bad time") << QStringList{QStringLiteral("--severity"), QStringLiteral("1"),
                                                 QStringLiteral("--at"), QStringLiteral("yesterday")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--severity"), QStringLiteral("1"),
                                                       QStringLiteral("--bogus")};
        QTest::newRow("positional") << QStringList{QStringLiteral("--severity"), QStringLiteral("1"),
                                                   QStringLiteral("extra")};
    }

    void clockUsage()
    {
        QFETCH(QStringList, args);
        const Result r = cli(QStringList{QStringLiteral("support-clock")} + args);
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("Usage: drrunbook-cli support-clock"));
    }

    void nsbVerdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("withList");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("same") << "/b/Bomgar-23.2.4-support.example.com-2026-11-25-abc.nsb"
                              << "23.2.4" << false << 0 << "same-version";
        QTest::newRow("listed") << "Bomgar_23.1.3_support.example.com_2026_01_05_1.nsb"
                                << "23.2.4" << true << 0 << "listed-upgrade";
        QTest::newRow("unlisted") << "Bomgar-22.1.3-support.example.com-2022-06-01-x.nsb"
                                  << "23.2.4" << true << 1 << "unlisted-upgrade";
        QTest::newRow("no list") << "Bomgar-23.1.3-support.example.com-2026-01-05-1.nsb"
                                 << "23.2.4" << false << 1 << "unlisted-upgrade";
        QTest::newRow("downgrade") << "Bomgar-24.1.1-support.example.com-2026-11-25-abc.nsb"
                                   << "23.2.4" << true << 1 << "downgrade";
    }

    void nsbVerdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(bool, withList);
        QFETCH(int, code);
        QFETCH(QString, verdict);
        QStringList args{
            QStringLiteral("nsb"),   QStringLiteral("check"), file, QStringLiteral("--target-version"), target,
            QStringLiteral("--json")};
        if (withList) {
            const QString list = writeFile(QStringLiteral("upgrades.json"),
                                           R"({"supportedUpgrades":[{"target":"23.2","from":["23.1","22.3.2"]}]})");
            QVERIFY(!list.isEmpty());
            args << QStringLiteral("--upgrades") << list;
        }
        const Result r = cli(args);
        QCOMPARE(r.code, code);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), verdict);
        QCOMPARE(o.value(QStringLiteral("compatible")).toBool(), code == 0);
        QCOMPARE(o.value(QStringLiteral("targetVersion")).toString(), target);
        QCOMPARE(o.value(QStringLiteral("backup")).toObject().value(QStringLiteral("site")).toString(),
                 QStringLiteral("support.example.com"));
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("support")).toObject().value(QStringLiteral("tableIsExample")).toBool(), true);
    }

    void nsbText()
    {
        const Result r = cli({QStringLiteral("nsb"), QStringLiteral("check"),
                              QStringLiteral("Bomgar-24.1.1-support.example.com-2026-11-25-abc.nsb"),
                              QStringLiteral("--target-version"), QStringLiteral("23.2.4")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("Backup:       Bomgar-24.1.1-support.example.com-2026-11-25-abc.nsb\n"
                               "  version 24.1.1, site support.example.com, downloaded 2026-11-25, id abc\n"
                               "Site version: 23.2.4\n"
                               "Refused: the backup (24.1.1) is newer than the site (23.2.4)."));
        QVERIFY(r.out.contains("example date: update the release table"));
    }

    void nsbReleaseTable()
    {
        const QString table = writeFile(QStringLiteral("releases.json"),
                                        R"({"releases":[{"version":"23.2","ga":"2023-07-18","source":"release notes"},
                           {"version":"19.1","ga":"2019-03-01","source":"release notes"}]})");
        const Result r = cli({QStringLiteral("nsb"), QStringLiteral("check"),
                              QStringLiteral("Bomgar-19.1.8-site-2019-05-10-1.nsb"), QStringLiteral("--target-version"),
                              QStringLiteral("23.2.4"), QStringLiteral("--releases"), table, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject support = r.json().value(QStringLiteral("support")).toObject();
        QCOMPARE(support.value(QStringLiteral("tableIsExample")).toBool(), false);
        const QJsonObject backup = support.value(QStringLiteral("backup")).toObject();
        QCOMPARE(backup.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        QCOMPARE(backup.value(QStringLiteral("supportEnds")).toString(), QStringLiteral("2021-03-01"));
        QCOMPARE(support.value(QStringLiteral("target")).toObject().value(QStringLiteral("ga")).toString(),
                 QStringLiteral("2023-07-18"));
    }

    void nsbUnreadable()
    {
        Result r = cli({QStringLiteral("nsb"), QStringLiteral("check"), QStringLiteral("backup-latest.nsb"),
                        QStringLiteral("--target-version"), QStringLiteral("23.2.4"), QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("backup-latest.nsb")));
        r = cli({QStringLiteral("nsb"), QStringLiteral("check"), QStringLiteral("backup-latest.nsb"),
                 QStringLiteral("--target-version"), QStringLiteral("23.2.4")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Cannot read the backup version from the file name"));
        r = cli({QStringLiteral("nsb"), QStringLiteral("check"),
                 QStringLiteral("Bomgar-23.1.3-support.example.com-2026-01-05-1.nsb"),
                 QStringLiteral("--target-version"), QStringLiteral("23.2.4"), QStringLiteral("--upgrades"),
                 m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("missing.json"));
    }

    void nsbUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("verify")};
        QTest::newRow("no file") << QStringList{QStringLiteral("check"), QStringLiteral("--target-version"),
                                                QStringLiteral("23.2.4")};
        QTest::newRow("no target") << QStringList{QStringLiteral("check"),
                                                  QStringLiteral("Bomgar-23.2.4-s-2026-01-01-a.nsb")};
        QTest::newRow("bad target") << QStringList{QStringLiteral("check"),
                                                   QStringLiteral("Bomgar-23.2.4-s-2026-01-01-a.nsb"),
                                                   QStringLiteral("--target-version"), QStringLiteral("latest")};
    }

    void nsbUsage()
    {
        QFETCH(QStringList, args);
        const Result r = cli(QStringList{QStringLiteral("nsb")} + args);
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("Usage: drrunbook-cli nsb check"));
    }
};

QTEST_GUILESS_MAIN(TestCliSupport)
#include "tst_cli_support.moc"
