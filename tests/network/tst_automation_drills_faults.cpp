// Drills where a check fails for real in the lab: the run stops at that step with the lab's evidence in the journal,
// it never passes silently. The DNS still points at the old primary; the backup does not take over; the spare
// still serves its factory certificate because the operator's import never happened.
#include "tst_automation_drills_run.h"

using namespace dr;
using namespace dr::automation::drill;
using Status = runbook::CheckResult::Status;

class TestAutomationDrillsFaults : public QObject
{
    Q_OBJECT
    runbook::ScenarioLibrary m_lib = runbook::ScenarioLibrary::builtin(false);
    QTemporaryDir m_tmp;
    static inline QString s_journal; // the journal of the walk being inspected

    QString dir(const QString& name)
    {
        const QString path = m_tmp.filePath(name);
        s_journal = path + QStringLiteral("/run.jsonl");
        return path;
    }

    Walk walk(const QString& scenario, const QMap<QString, QString>& choices) const
    {
        return Walk{scenario, {}, {}, choices, {}};
    }

    // The step the run stopped at: every attempt failed, and the journal on disk holds them with their evidence.
    static void stoppedAt(const runbook::RunEngine& engine, const AutoPilot& pilot, const QString& step)
    {
        QVERIFY2(pilot.problem().startsWith(step + QStringLiteral(": the check did not pass")),
                 qPrintable(pilot.problem()));
        QVERIFY(!engine.run().isFinished());
        QCOMPARE(engine.run().currentStep(), step);
        const runbook::StepState st = engine.run().step(step);
        QVERIFY(st.hasResult);
        QVERIFY(st.result == Status::Failed);
        const int retries = engine.plan().find(step)->step->check.retries;
        QCOMPARE(st.attempts.size(), retries + 1);
        for (const runbook::CheckAttempt& a : st.attempts)
            QVERIFY(a.status == Status::Failed);
        // The journal on disk (written as the run went) holds the same failed attempts, with their evidence.
        const runbook::StepState onDisk =
            runbook::Run::fromEvents(runbook::RunJournal::replay(s_journal).events).step(step);
        QCOMPARE(onDisk.attempts.size(), st.attempts.size());
        QCOMPARE(onDisk.attempts.last().evidence, st.attempts.last().evidence);
        QVERIFY(runbook::Run::fromEvents(runbook::RunJournal::replay(s_journal).events).isDrill());
    }

private slots:
    void dnsStillPointsAtTheOldPrimary()
    {
        const Walk w = walk(QStringLiteral("failover_primary_failed"),
                            {{QStringLiteral("routing"), QStringLiteral("dns_swing")},
                             {QStringLiteral("automatic_failover"), QStringLiteral("disabled")},
                             {QStringLiteral("promote_method"), QStringLiteral("api")}});
        bool inspected = false;
        const QString problem = runWalk(
            m_lib, w, dir(QStringLiteral("dns")), nullptr,
            [](Drill&, AutoPilot::Script& s) {
                s.operatorSteps.remove(QStringLiteral("redirect_dns")); // the A record was never changed
            },
            [&](Drill& d, const runbook::RunEngine& engine, const AutoPilot& pilot) {
                inspected = true;
                stoppedAt(engine, pilot, QStringLiteral("verify_dns"));
                const QJsonObject evidence = engine.run().step(QStringLiteral("verify_dns")).attempts.last().evidence;
                QCOMPARE(evidence.value(QStringLiteral("answers")).toArray().first().toString(),
                         d.directory->labAddress(QStringLiteral("primary")));
                QCOMPARE(d.lab.siteDnsTarget(), QStringLiteral("primary"));
                // Nothing went further: the backup was not promoted.
                QCOMPARE(d.lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("backup"));
                QCOMPARE(d.lab.appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")),
                         0);
            });
        QVERIFY(inspected);
        QVERIFY2(problem.contains(QStringLiteral("verify_dns: the check did not pass")), qPrintable(problem));
    }

    void theBackupDoesNotTakeOver()
    {
        // Automatic failover is on, but the backup cannot reach its Network Connectivity Test IPs: it never takes
        // the primary role, and the run stops at the check that watches for it.
        const Walk w = walk(QStringLiteral("failover_primary_failed"),
                            {{QStringLiteral("routing"), QStringLiteral("dns_swing")},
                             {QStringLiteral("automatic_failover"), QStringLiteral("enabled")}});
        bool inspected = false;
        const QString problem = runWalk(
            m_lib, w, dir(QStringLiteral("takeover")), nullptr,
            [](Drill& d, AutoPilot::Script&) { d.lab.setConnectivityTestReachable(false); },
            [&](Drill& d, const runbook::RunEngine& engine, const AutoPilot& pilot) {
                inspected = true;
                stoppedAt(engine, pilot, QStringLiteral("observe_automatic_role"));
                const QJsonObject evidence =
                    engine.run().step(QStringLiteral("observe_automatic_role")).attempts.last().evidence;
                QCOMPARE(evidence.value(QStringLiteral("reply"))
                             .toObject()
                             .value(QStringLiteral("failover_role"))
                             .toString(),
                         QStringLiteral("backup"));
                QCOMPARE(d.lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("backup"));
            });
        QVERIFY(inspected);
        QVERIFY2(problem.contains(QStringLiteral("observe_automatic_role: the check did not pass")),
                 qPrintable(problem));
    }

    void theSpareStillServesItsFactoryCertificate()
    {
        const Walk w = walk(QStringLiteral("cold_spare"), {});
        bool inspected = false;
        const QString step = QStringLiteral("restore_certificates/verify_served");
        const QString problem = runWalk(
            m_lib, w, dir(QStringLiteral("cert")), nullptr,
            [](Drill&, AutoPilot::Script& s) { s.operatorSteps.remove(QStringLiteral("restore_certificates/upload")); },
            [&](Drill&, const runbook::RunEngine& engine, const AutoPilot& pilot) {
                inspected = true;
                stoppedAt(engine, pilot, step);
                QVERIFY(!engine.run().step(step).attempts.last().evidence.isEmpty());
            });
        QVERIFY(inspected);
        QVERIFY2(problem.contains(step + QStringLiteral(": the check did not pass")), qPrintable(problem));
    }

    // Interrupted just before the promotion, resumed after the old primary came back: the resume re-runs the guards
    // against the lab before anything else, the split-brain guard now fails, and the promotion is refused.
    void resumeRechecksTheGuardsAgainstTheLab()
    {
        const Walk w = walk(QStringLiteral("failover_primary_failed"),
                            {{QStringLiteral("routing"), QStringLiteral("dns_swing")},
                             {QStringLiteral("automatic_failover"), QStringLiteral("disabled")},
                             {QStringLiteral("promote_method"), QStringLiteral("api")}});
        const QString path = dir(QStringLiteral("resume"));
        QVERIFY(QDir().mkpath(path));
        Drill d(path);
        AutoPilot::Script script;
        QString error;
        QVERIFY2(prepare(d, w, script, &error), qPrintable(error));
        const runbook::Plan plan = m_lib.plan(w.scenario);
        const runbook::RunEngine::Services services{d.checks.get(), d.actions.get(), &d.scheduler,
                                                    &SystemClock::instance()};
        const QString action = QStringLiteral("set_role_primary");
        {
            runbook::RunEngine engine(plan, services);
            QVERIFY(engine.start({{}, QStringLiteral("drill operator"), true, {}, s_journal}, &error));
            script.stopBefore = action;
            AutoPilot pilot(&engine, script);
            d.pilot = &pilot;
            pilot.drive();
            QTRY_VERIFY_WITH_TIMEOUT(pilot.isStopped(), 120'000);
            QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
            QCOMPARE(engine.run().currentStep(), action);
            QVERIFY(engine.actionBlockers().isEmpty()); // the guards passed
            d.pilot = nullptr;
        }                                         // the program stops here
        d.lab.powerOn(QStringLiteral("primary")); // meanwhile the old primary came back

        runbook::RunEngine engine(plan, services);
        QVERIFY2(engine.resume(s_journal, &error), qPrintable(error));
        QCOMPARE(engine.run().currentStep(), action);
        QVERIFY(!engine.staleChecks().isEmpty());
        script.stopBefore.clear();
        AutoPilot pilot(&engine, script);
        d.pilot = &pilot;
        pilot.drive();
        QTRY_VERIFY_WITH_TIMEOUT(pilot.isStopped(), 120'000);
        QVERIFY2(pilot.problem().startsWith(action + QStringLiteral(": refused")), qPrintable(pilot.problem()));
        const runbook::StepState guard = engine.run().step(QStringLiteral("guard_primary_down"));
        QVERIFY(guard.hasResult && !guard.stale);
        QVERIFY(guard.result == Status::Failed);
        QCOMPARE(guard.attempts.last()
                     .evidence.value(QStringLiteral("reply"))
                     .toObject()
                     .value(QStringLiteral("failover_role"))
                     .toString(),
                 QStringLiteral("primary"));
        QCOMPARE(d.lab.appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 0);
        QCOMPARE(d.lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("backup"));
        // The journal shows the re-checks after the resume.
        const QList<QJsonObject> events = runbook::RunJournal::replay(s_journal).events;
        qsizetype resumedAt = -1, recheckedAt = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString type = events.at(i).value(QStringLiteral("type")).toString();
            if (type == QLatin1String("resumed"))
                resumedAt = i;
            if (type == QLatin1String("check_attempt") && resumedAt >= 0 && recheckedAt < 0 &&
                events.at(i).value(QStringLiteral("step")).toString() == QLatin1String("guard_primary_down"))
                recheckedAt = i;
        }
        QVERIFY(resumedAt > 0);
        QVERIFY(recheckedAt > resumedAt);
    }
};

QTEST_MAIN(TestAutomationDrillsFaults)
#include "tst_automation_drills_faults.moc"
