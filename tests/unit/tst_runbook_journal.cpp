// The run journal: written as it happens, survives a real SIGKILL of the process and a torn last line, reports a
// damaged middle line, resumes to the same state (with every check to be re-verified), and never holds a secret.
#include "runbook/AutoPilot.h"
#include "runbook/RunDirectory.h"
#include "runbook/RunEngine.h"
#include "runbook/RunReport.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dr::runbook;

namespace {

const QByteArray kChildSecret = QByteArrayLiteral("Child-Secret-Value-42");
const QString kChildStop = QStringLiteral("restore_certificates/upload");

AutoPilot::Script failoverScript(const QString& stopBefore = QString())
{
    AutoPilot::Script s;
    s.choices.insert(QStringLiteral("routing"), QStringLiteral("dns_swing"));
    s.choices.insert(QStringLiteral("automatic_failover"), QStringLiteral("disabled"));
    s.choices.insert(QStringLiteral("promote_method"), QStringLiteral("api"));
    s.choices.insert(QStringLiteral("certificate_source"), QStringLiteral("backup"));
    s.values.insert(QStringLiteral("site_fqdn"), QStringLiteral("support.example.com"));
    s.values.insert(QStringLiteral("primary_host"), QStringLiteral("primary.example.com"));
    s.values.insert(QStringLiteral("backup_host"), QStringLiteral("backup.example.com"));
    s.secrets.insert(QStringLiteral("p12_passphrase"), kChildSecret);
    s.stopBefore = stopBefore;
    return s;
}

Plan failoverPlan()
{
    return ScenarioLibrary::builtin().plan(QStringLiteral("failover_primary_failed"));
}

// The child process: runs the failover drill with a journal up to kChildStop, says READY, and waits to be killed.
int childRun(const QString& journal)
{
    ScriptedRunner runner;
    ImmediateScheduler scheduler;
    RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &dr::SystemClock::instance()});
    QString error;
    if (!engine.start({QStringLiteral("child-run"), QStringLiteral("child"), true, {}, journal}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    AutoPilot pilot(&engine, failoverScript(kChildStop));
    pilot.drive();
    std::printf("READY %s\n", qPrintable(engine.run().currentStep()));
    std::fflush(stdout);
    return QCoreApplication::exec(); // until SIGKILL
}

QList<QByteArray> lines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().split('\n');
}

} // namespace

class TestRunbookJournal : public QObject
{
    Q_OBJECT
private slots:
    void survivesSigkillOfARealProcessAndResumes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-run"), path});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("READY"), 60000);
        QVERIFY2(out.contains(kChildStop.toUtf8()), out.constData());
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(kChildSecret));
        QVERIFY(bytes.contains("\"secret\":true"));

        const RunJournal::Replay replay = RunJournal::replay(path);
        QVERIFY2(replay.errors.isEmpty() && replay.notes.isEmpty(), qPrintable(replay.errors.join(QLatin1Char('\n'))));
        const Run before = Run::fromEvents(replay.events);
        QCOMPARE(before.currentStep(), kChildStop);
        QVERIFY(before.isDrill());
        QCOMPARE(before.values().value(QStringLiteral("backup_host")), QStringLiteral("backup.example.com"));
        QVERIFY(before.step(QStringLiteral("set_role_primary")).actionOk);

        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(60));
        RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        QCOMPARE(engine.run().currentStep(), kChildStop);
        QCOMPARE(engine.run().resumeCount(), 1);
        QVERIFY(engine.run().step(QStringLiteral("verify_dns")).stale);
        QCOMPARE(engine.run().runId(), QStringLiteral("child-run"));

        AutoPilot pilot(&engine, failoverScript());
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QCOMPARE(engine.run().outcome(), QStringLiteral("completed"));
        // The secret died with the process: the TLS check after the resume does not get it.
        QVERIFY(!runner.checkRequests().isEmpty());
        QVERIFY(!runner.checkRequests().last().secrets.contains(QStringLiteral("p12_passphrase")));

        // The finished journal replays to exactly the engine's state.
        const RunJournal::Replay done = RunJournal::replay(path);
        QVERIFY(done.errors.isEmpty() && done.notes.isEmpty());
        QCOMPARE(Run::fromEvents(done.events).toJson(), engine.run().toJson());
    }

    void tornLastLineIsIgnoredAndResumeGivesTheSameState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        QJsonObject live;
        {
            ScriptedRunner runner;
            ImmediateScheduler scheduler;
            dr::ManualClock clock;
            RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY2(engine.start({{}, QStringLiteral("alice"), true, {}, path}, &error), qPrintable(error));
            AutoPilot pilot(&engine, failoverScript(QStringLiteral("set_role_primary")));
            pilot.drive();
            QCOMPARE(engine.current()->id, QStringLiteral("set_role_primary"));
            QVERIFY(engine.actionBlockers().isEmpty());
            QVERIFY(engine.addNote(QStringLiteral("about to promote"), &error));
            live = engine.run().toJson();
        }
        // The crash: the last record was half written.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"seq\":999,\"type\":\"step_ent");
        }
        const RunJournal::Replay replay = RunJournal::replay(path);
        QVERIFY(replay.errors.isEmpty());
        QCOMPARE(replay.notes.size(), 1);
        QVERIFY(replay.notes.first().contains(QStringLiteral("cut off")));
        QCOMPARE(Run::fromEvents(replay.events).toJson(), live);

        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        clock.advanceSecs(3600);
        RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
        QString error;
        QStringList messages;
        QVERIFY2(engine.resume(path, &error, &messages), qPrintable(error));
        QCOMPARE(messages, replay.notes);
        QCOMPARE(engine.current()->id, QStringLiteral("set_role_primary"));
        // A role may have changed meanwhile: the guards are stale and the action is refused until re-verified.
        const QStringList guards{QStringLiteral("guard_primary_down"), QStringLiteral("guard_no_other_primary"),
                                 QStringLiteral("guard_backup_healthy")};
        QCOMPARE(engine.staleChecks(), guards);
        QVERIFY(engine.actionBlockers().join(QLatin1Char(' ')).contains(QStringLiteral("before the restart")));
        QVERIFY(!engine.executeAction({QStringLiteral("backup.example.com"), {}}, &error));
        QVERIFY(runner.actionRequests().isEmpty());
        // Meanwhile the old primary came back: the re-verification fails and the guard still holds.
        for (int i = 0; i < 3; ++i)
            runner.queueCheck(QStringLiteral("guard_primary_down"), CheckResult::Status::Failed);
        QVERIFY(engine.reverify(&error));
        QVERIFY(!engine.executeAction({QStringLiteral("backup.example.com"), {}}, &error));
        QVERIFY(error.contains(QStringLiteral("two primaries")));
        QVERIFY(engine.reverify(&error));
        QVERIFY(engine.actionBlockers().isEmpty());
        QVERIFY2(engine.executeAction({QStringLiteral("backup.example.com"), {}}, &error), qPrintable(error));
        QCOMPARE(runner.actionRequests().size(), 1);

        // The torn tail was cut before appending: the file is whole again, and the time away did not count.
        const RunJournal::Replay after = RunJournal::replay(path);
        QVERIFY(after.notes.isEmpty() && after.errors.isEmpty());
        QCOMPARE(Run::fromEvents(after.events).toJson(), engine.run().toJson());
        qint64 seq = 0;
        for (const QJsonObject& e : after.events)
            QCOMPARE(e.value(QStringLiteral("seq")).toInteger(), ++seq);
        QVERIFY(engine.run().step(QStringLiteral("set_role_primary")).activeMsecs < 3600 * 1000);
    }

    void corruptMiddleLineIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            ScriptedRunner runner;
            ImmediateScheduler scheduler;
            dr::ManualClock clock;
            RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY(engine.start({{}, QStringLiteral("alice"), false, {}, path}, &error));
            AutoPilot pilot(&engine, failoverScript(QStringLiteral("routing")));
            pilot.drive();
        }
        QList<QByteArray> content = lines(path);
        const int total = int(content.size()) - 1; // the file ends with a newline
        content[2] = "{\"seq\":3,\"type\":\"step_comp#@!";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content.join('\n'));
        f.close();
        const RunJournal::Replay replay = RunJournal::replay(path);
        QCOMPARE(replay.errors.size(), 1);
        QVERIFY(replay.errors.first().contains(QStringLiteral("line 3")));
        QCOMPARE(replay.events.size(), total - 1);
    }

    void secretsNeverReachTheJournalOrTheReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        const QByteArray secret = QByteArrayLiteral("Pa55-Unique-Secret-Value");
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(ScenarioLibrary::builtin().plan(QStringLiteral("prepare")),
                         {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY(engine.start(
            {{}, QStringLiteral("bob"), false, {{QStringLiteral("appliance_type"), QStringLiteral("hardware")}}, path},
            &error));
        AutoPilot::Script script;
        script.secrets.insert(QStringLiteral("p12_passphrase"), secret);
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QCOMPARE(engine.run().outcome(), QStringLiteral("completed"));
        bool handedToCheck = false;
        for (const CheckRequest& r : runner.checkRequests())
            handedToCheck = handedToCheck || r.secrets.value(QStringLiteral("p12_passphrase")).reveal() == secret;
        QVERIFY(handedToCheck); // the .p12 check got it, in memory
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret));
        QVERIFY(bytes.contains("\"key\":\"p12_passphrase\",\"secret\":true") || bytes.contains("\"secret\":true"));
        QVERIFY(!QJsonDocument(engine.run().toJson()).toJson().contains(secret));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void aJournalIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        RunJournal a;
        QString error;
        QVERIFY(a.create(path, &error));
        QVERIFY(a.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("note")}}, &error));
        RunJournal b;
        QVERIFY(!b.create(path, &error));
        QVERIFY(error.contains(path));
        QCOMPARE(RunJournal::replay(path).events.size(), 1);
    }

    void theFolderListsTheRunsToResume()
    {
        QTemporaryDir dir;
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        const QString finished = RunDirectory::newJournalPath(dir.path(), QStringLiteral("prepare"), false, clock);
        QVERIFY(finished.endsWith(QStringLiteral("-prepare.jsonl")));
        {
            RunEngine engine(ScenarioLibrary::builtin().plan(QStringLiteral("prepare")),
                             {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY(engine.start({{}, QStringLiteral("a"), false, {}, finished}, &error));
            QVERIFY(engine.abort(QStringLiteral("done for today"), &error));
        }
        clock.advanceSecs(60);
        const QString open =
            RunDirectory::newJournalPath(dir.path(), QStringLiteral("failover_primary_failed"), true, clock);
        QVERIFY(open.endsWith(QStringLiteral("-drill.jsonl")));
        {
            RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY(engine.start({QStringLiteral("open-run"), QStringLiteral("b"), true, {}, open}, &error));
            AutoPilot pilot(&engine, failoverScript(QStringLiteral("routing")));
            pilot.drive();
        }
        QCOMPARE(RunDirectory::list(dir.path()).size(), 2);
        const QList<RunSummary> todo = RunDirectory::unfinished(dir.path());
        QCOMPARE(todo.size(), 1);
        QCOMPARE(todo.first().path, open);
        QCOMPARE(todo.first().runId, QStringLiteral("open-run"));
        QCOMPARE(todo.first().currentStep, QStringLiteral("routing"));
        QVERIFY(todo.first().drill);
        QVERIFY(todo.first().problems.isEmpty());
        // Same second, same scenario: a second journal never takes the first one's name.
        QVERIFY(RunDirectory::newJournalPath(dir.path(), QStringLiteral("failover_primary_failed"), true, clock) !=
                open);
    }

    // Per-step times count only the time the step was current (summed over visits, never the time the program was
    // down); the time to recovery runs from the start to the end of the run, the interruption included. The same
    // figures come back from the journal on disk, and the report says DRILL and the time to recovery.
    void stepTimesAndTimeToRecoveryAcrossAResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timed.jsonl"));
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        clock.set(QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC));
        QString error;
        {
            RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
            QVERIFY(engine.start({{}, QStringLiteral("night shift"), true, {}, path}, &error));
            clock.advanceSecs(30);
            QVERIFY(engine.acknowledge(&error)); // intro: 30 s
            clock.advanceSecs(45);
            QVERIFY(engine.submitValue(QStringLiteral("support.example.com"), &error)); // site_fqdn: 45 s
            clock.advanceSecs(5);
            // The program dies while primary_host is current (5 s in).
        }
        clock.advanceSecs(3600); // an hour until someone restarts it
        RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
        QVERIFY2(engine.resume(path, &error), qPrintable(error));
        clock.advanceSecs(10);
        QVERIFY(engine.submitValue(QStringLiteral("primary.example.com"), &error)); // primary_host: 5 s + 10 s
        clock.advanceSecs(20);
        QVERIFY(engine.abort(QStringLiteral("drill over"), &error)); // backup_host was current for 20 s

        for (const Run& run : {engine.run(), Run::fromEvents(RunJournal::replay(path).events)}) {
            QVERIFY(run.isDrill());
            QCOMPARE(run.step(QStringLiteral("intro")).activeMsecs, 30'000);
            QCOMPARE(run.step(QStringLiteral("site_fqdn")).activeMsecs, 45'000);
            // The 5 s between its last event and the crash are unknown to the journal: only the 10 s after the resume.
            QCOMPARE(run.step(QStringLiteral("primary_host")).activeMsecs, 10'000);
            QCOMPARE(run.step(QStringLiteral("backup_host")).activeMsecs, 20'000);
            QCOMPARE(run.totalMsecs(), (30 + 45 + 5 + 3600 + 10 + 20) * 1000LL);
            QCOMPARE(run.resumeCount(), 1);
            const QString report = RunReport::toText(failoverPlan(), run);
            QVERIFY(report.startsWith(QStringLiteral("DRILL: ")));
            QVERIFY2(report.contains(QStringLiteral("Time to recovery: 1 h 01 min 50 s")), qPrintable(report));
            QVERIFY(report.contains(QStringLiteral("(45 s)")));
        }
    }

    // A journal names steps of the definition it was written against. Resuming it with another version of the
    // scenario (or the same version number with other content) is refused, saying which versions differ and what to
    // do; a mere change of layout of the file is not a change of definition.
    void resumeRefusesAnotherVersionOfTheScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        const Plan original = failoverPlan();
        {
            RunEngine engine(original, {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY(engine.start({{}, QStringLiteral("a"), true, {}, path}, &error));
            AutoPilot pilot(&engine, failoverScript(QStringLiteral("routing")));
            pilot.drive();
            QCOMPARE(engine.run().currentStep(), QStringLiteral("routing"));
            QCOMPARE(engine.run().definitionHash(), original.definitionHash());
        }
        QCOMPARE(Run::fromEvents(RunJournal::replay(path).events).definitionHash(), original.definitionHash());
        const auto library = [](const std::function<QByteArray(QJsonObject)>& edit) {
            ScenarioLibrary lib;
            const QDir builtin(ScenarioLibrary::builtinPath());
            for (const QString& name : builtin.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                QFile f(builtin.filePath(name));
                f.open(QIODevice::ReadOnly);
                QByteArray bytes = f.readAll();
                const QJsonObject o = QJsonDocument::fromJson(bytes).object();
                if (o.value(QStringLiteral("id")).toString() == QLatin1String("failover_primary_failed"))
                    bytes = edit(o);
                lib.addFile(bytes, name);
            }
            lib.finish();
            return lib;
        };
        const auto resumeWith = [&](const ScenarioLibrary& lib, QString* error) {
            RunEngine engine(lib.plan(QStringLiteral("failover_primary_failed")),
                             {&runner, &runner, &scheduler, &clock});
            return engine.resume(path, error);
        };
        // The runs list tells up front whether a resume with this library would be refused for a changed definition.
        const auto listed = [&](const ScenarioLibrary& lib) {
            const QList<RunSummary> runs = RunDirectory::unfinished(dir.path(), &lib);
            return runs.size() == 1 ? runs.first() : RunSummary();
        };
        {
            const RunSummary s = listed(ScenarioLibrary::builtin());
            QCOMPARE(s.path, path);
            QCOMPARE(s.definitionHash, original.definitionHash());
            QCOMPARE(s.currentDefinitionHash, original.definitionHash());
            QVERIFY(!s.definitionChanged);
            // Without a library nothing is compared.
            QVERIFY(!RunDirectory::unfinished(dir.path()).first().definitionChanged);
            QCOMPARE(RunDirectory::unfinished(dir.path()).first().definitionHash, original.definitionHash());
        }
        QString error;
        // Laid out differently, same content: the same definition, the run continues.
        const ScenarioLibrary relaid =
            library([](QJsonObject o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); });
        QVERIFY(!listed(relaid).definitionChanged);
        QVERIFY2(relaid.isValid(), qPrintable(relaid.errors().join(QLatin1Char('\n'))));
        QCOMPARE(relaid.plan(QStringLiteral("failover_primary_failed")).definitionHash(), original.definitionHash());
        QVERIFY2(resumeWith(relaid, &error), qPrintable(error));
        // A newer version of the scenario.
        const ScenarioLibrary newer = library([](QJsonObject o) {
            o.insert(QStringLiteral("version"), o.value(QStringLiteral("version")).toInt() + 1);
            return QJsonDocument(o).toJson();
        });
        QVERIFY(newer.isValid());
        QVERIFY(listed(newer).definitionChanged);
        QVERIFY(!resumeWith(newer, &error));
        const QString v = QString::number(original.scenario().version);
        QVERIFY2(error.contains(QStringLiteral("version %1 of scenario").arg(v)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("this program has version %1").arg(original.scenario().version + 1)),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("start a new run")));
        // Same version number, other content (a step's text changed without bumping the version).
        const ScenarioLibrary edited = library([](QJsonObject o) {
            QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
            QJsonObject first = steps.first().toObject();
            first.insert(QStringLiteral("body"),
                         QString(first.value(QStringLiteral("body")).toString() + QStringLiteral(" !")));
            steps.replace(0, first);
            o.insert(QStringLiteral("steps"), steps);
            return QJsonDocument(o).toJson();
        });
        QVERIFY(edited.isValid());
        QVERIFY(edited.plan(QStringLiteral("failover_primary_failed")).definitionHash() != original.definitionHash());
        {
            const RunSummary s = listed(edited);
            QVERIFY(s.definitionChanged);
            QCOMPARE(s.definitionHash, original.definitionHash());
            QCOMPARE(s.currentDefinitionHash, edited.plan(QStringLiteral("failover_primary_failed")).definitionHash());
        }
        QVERIFY(!resumeWith(edited, &error));
        QVERIFY2(error.contains(original.definitionHash().left(12)), qPrintable(error));
        // The refused resumes wrote nothing into the journal.
        QCOMPARE(Run::fromEvents(RunJournal::replay(path).events).resumeCount(), 1);
    }

    void finishedRunCannotBeResumed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        {
            RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY(engine.start({{}, QStringLiteral("a"), false, {}, path}, &error));
            QVERIFY(engine.abort(QStringLiteral("test"), &error));
        }
        RunEngine engine(failoverPlan(), {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY(!engine.resume(path, &error));
        QVERIFY(error.contains(QStringLiteral("finished")));
        RunEngine other(ScenarioLibrary::builtin().plan(QStringLiteral("prepare")),
                        {&runner, &runner, &scheduler, &clock});
        QVERIFY(!other.resume(dir.filePath(QStringLiteral("missing.jsonl")), &error));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-run") == 0)
        return childRun(QString::fromLocal8Bit(argv[2]));
    TestRunbookJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runbook_journal.moc"
