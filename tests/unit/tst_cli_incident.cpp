// drrunbook-cli incident as the operator runs it, against the journal of a drill written here: the pre-filled
// report on stdout, the .eml draft, exit 2 for a journal it cannot read and 64 for usage errors.
#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;

namespace {
const QByteArray kSecret = QByteArrayLiteral("never-in-an-incident-cli-2290");
const QString kFailure = QStringLiteral("site.example.com answers, but it is not spare.example.com (yet).");
} // namespace

class TestCliIncident : public QObject
{
    Q_OBJECT
private:
    struct Result
    {
        int code = -1;
        QString out, err;
    };
    QTemporaryDir m_dir;
    QString m_journal;

    static Result cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(DR_CLI_PATH), QStringList{QStringLiteral("incident")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const ScenarioLibrary lib = ScenarioLibrary::builtin();
        const Plan plan = lib.plan(QStringLiteral("cold_spare"));
        QVERIFY(plan.isValid());
        m_journal = path(QStringLiteral("drill.jsonl"));
        const QJsonObject evidence{
            {QStringLiteral("appliance"), QStringLiteral("site.example.com")},
            {QStringLiteral("reply"), QJsonObject{{QStringLiteral("version"), QStringLiteral("23.3.4")},
                                                  {QStringLiteral("failover_role"), QStringLiteral("primary")}}}};
        ScriptedRunner runner;
        runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("as expected"), evidence});
        runner.queueCheck(QStringLiteral("verify_site_address"), {CheckResult::Status::Failed, kFailure, evidence});
        ImmediateScheduler scheduler;
        dr::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY2(engine.start({QStringLiteral("drill-90"), QStringLiteral("frank"), true, {}, m_journal}, &error),
                 qPrintable(error));
        AutoPilot::Script script;
        script.secrets.insert(QStringLiteral("p12_passphrase"), kSecret);
        script.choices.insert(QStringLiteral("redirect"), QStringLiteral("nat_swing"));
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QVERIFY(engine.run().isFinished());
    }

    void printsThePrefilledReport()
    {
        const Result r = cli({QStringLiteral("--run"), m_journal, QStringLiteral("--severity"), QStringLiteral("1"),
                              QStringLiteral("--organization"), QStringLiteral("Example Corp")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Severity Level 1: Cold spare: bring the spare appliance online")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("23.3.4")));
        QVERIFY(r.out.contains(kFailure));
        QVERIFY(r.out.contains(QStringLiteral("frank")));
        QVERIFY(r.out.contains(QStringLiteral("Example Corp")));
        QVERIFY(r.out.contains(QStringLiteral("site.example.com: primary")));
        QVERIFY(!r.out.contains(QString::fromLatin1(kSecret)));
        QVERIFY(r.err.contains(QStringLiteral("To: ")));
    }

    void followUpAndEml()
    {
        const QString eml = path(QStringLiteral("incident.eml"));
        const Result r = cli({QStringLiteral("--run"), m_journal, QStringLiteral("--incident"), QStringLiteral("40100"),
                              QStringLiteral("--name"), QStringLiteral("Grace"), QStringLiteral("--eml"), eml});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Incident# 40100 - Severity Level 2: Cold spare")));
        QVERIFY(r.out.contains(QStringLiteral("Grace")));
        QFile f(eml);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("X-Unsent: 1"));
        QVERIFY(bytes.contains("Subject: "));
        QVERIFY(!bytes.contains(kSecret));
        QVERIFY(r.err.contains(eml));
    }

    void emlThatCannotBeWrittenFails()
    {
        const Result r = cli({QStringLiteral("--run"), m_journal, QStringLiteral("--eml"),
                              path(QStringLiteral("no/such/dir/x.eml"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no/such/dir/x.eml")));
    }

    void unreadableJournalExits2()
    {
        QCOMPARE(cli({QStringLiteral("--run"), path(QStringLiteral("missing.jsonl"))}).code, 2);
        const QString garbage = path(QStringLiteral("garbage.jsonl"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a journal\n");
        f.close();
        const Result r = cli({QStringLiteral("--run"), garbage});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(garbage));
    }

    void usageErrorsExit64()
    {
        QCOMPARE(cli({}).code, 64);
        QCOMPARE(cli({QStringLiteral("--run"), m_journal, QStringLiteral("--severity"), QStringLiteral("4")}).code,
                 64);
        QCOMPARE(cli({QStringLiteral("--run"), m_journal, QStringLiteral("--severity"), QStringLiteral("x")}).code,
                 64);
        QCOMPARE(cli({QStringLiteral("--run"), m_journal, QStringLiteral("--bogus")}).code, 64);
        QCOMPARE(cli({QStringLiteral("--run"), m_journal, QStringLiteral("extra")}).code, 64);
    }
};

QTEST_GUILESS_MAIN(TestCliIncident)
#include "tst_cli_incident.moc"
