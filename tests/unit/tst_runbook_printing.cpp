// The printed checklist and the run report are rendered from the same Plan the engine walks, and the report of a
// run rebuilt from its journal is the report of the live run.
#include "runbook/AutoPilot.h"
#include "runbook/PlanPrinter.h"
#include "runbook/RunEngine.h"
#include "runbook/RunReport.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;

class TestRunbookPrinting : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();

private slots:
    void checklistShowsEveryStepOfThePlan()
    {
        for (const Scenario* sc : m_lib.scenarios()) {
            const Plan plan = m_lib.plan(sc->id);
            const QString text = PlanPrinter::toText(plan);
            QVERIFY(!text.contains(QStringLiteral("**")));
            QVERIFY(!text.contains(QStringLiteral("${")));
            for (int i = 0; i < plan.steps().size(); ++i) {
                const PlanStep& ps = plan.steps().at(i);
                const QString heading = ps.step->kind == StepKind::Include
                                            ? QStringLiteral("%1. Procedure: ").arg(i + 1)
                                            : QStringLiteral("%1. %2").arg(i + 1).arg(ps.step->title);
                QVERIFY2(text.contains(heading), qPrintable(sc->id + QStringLiteral(": ") + heading));
            }
        }
    }

    void checklistOfTheHardwareScenario()
    {
        const Plan plan = m_lib.plan(QStringLiteral("hardware_appliance"));
        const QString text = PlanPrinter::toText(plan);
        QVERIFY(text.contains(QStringLiteral("IP address: 169.254.1.5")));
        QVERIFY(text.contains(QStringLiteral("Subnet mask: 255.255.0.0")));
        QVERIFY(text.contains(QStringLiteral("Procedure: Install the replacement hardware appliance")));
        QVERIFY(text.contains(QStringLiteral("Appliance serial number: ______")));
        QVERIFY(text.contains(QStringLiteral("WARNING: If a replacement appliance is received")));
        // A decision names the step each answer leads to.
        const int probe = plan.indexOf(QStringLiteral("install/probe_result"));
        const int otherNic = plan.indexOf(QStringLiteral("install/other_nic"));
        QVERIFY(probe > 0 && otherNic > probe);
        QVERIFY(text.contains(QStringLiteral("( ) No: go to step %1").arg(otherNic + 1)));
        const QString html = PlanPrinter::toHtml(plan);
        QVERIFY(html.contains(QStringLiteral("<b>Reset Appliance to Factory Defaults</b>")));
    }

    void checklistOfTheFailoverScenario()
    {
        const Plan plan = m_lib.plan(QStringLiteral("failover_primary_failed"));
        const QString text = PlanPrinter::toText(plan);
        QVERIFY(text.contains(QStringLiteral("Only if Network routing method: DNS swing.")));
        QVERIFY(text.contains(QStringLiteral("Only if Network routing method: NAT swing.")));
        QVERIFY(text.contains(QStringLiteral("Only if Network routing method: Shared IP.")));
        // A step for several values of a fact names each.
        QVERIFY(PlanPrinter::toText(m_lib.plan(QStringLiteral("prepare")))
                    .contains(QStringLiteral("Only if What is being backed up?: Hardware appliance or What is being "
                                             "backed up?: Virtual appliance.")));
        QVERIFY(text.contains(QStringLiteral("Make [Backup appliance] the primary appliance now.")));
        QVERIFY(text.contains(QStringLiteral("Only after step %1, step %2, step %3 passed.")
                                  .arg(plan.indexOf(QStringLiteral("guard_primary_down")) + 1)
                                  .arg(plan.indexOf(QStringLiteral("guard_no_other_primary")) + 1)
                                  .arg(plan.indexOf(QStringLiteral("guard_backup_healthy")) + 1)));
        QVERIFY(text.contains(QStringLiteral("Certificate file password: (secret, do not write it here)")));
        QVERIFY(
            PlanPrinter::toHtml(plan).contains(QStringLiteral("Click <b>Become Primary</b>, leaving the adjacent")));
    }

    void reportOfADrillFromItsJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drill.jsonl"));
        const Plan plan = m_lib.plan(QStringLiteral("atlas_cluster"));
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY(engine.start({QStringLiteral("drill-7"), QStringLiteral("carol"), true, {}, path}, &error));
        runner.queueCheck(QStringLiteral("count_before"), CheckResult::Status::Passed,
                          QJsonObject{{QStringLiteral("representative"), 4}});
        runner.queueCheck(QStringLiteral("count_after"), CheckResult::Status::Failed,
                          QJsonObject{{QStringLiteral("representative"), 4}});
        runner.queueCheck(QStringLiteral("count_after"), CheckResult::Status::Passed,
                          QJsonObject{{QStringLiteral("representative"), 5}});
        AutoPilot::Script script;
        script.choices.insert(QStringLiteral("which_failed"), QStringLiteral("traffic_node"));
        script.secrets.insert(QStringLiteral("p12_passphrase"), QByteArrayLiteral("never-in-a-report"));
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        // The increase check got the baseline's evidence.
        QCOMPARE(runner.checkRequests().last().baseline.value(QStringLiteral("representative")).toInt(), 4);

        const QString live = RunReport::toText(plan, engine.run());
        const QString replayed = RunReport::toText(plan, Run::fromEvents(RunJournal::replay(path).events));
        QCOMPARE(replayed, live);
        QVERIFY(live.startsWith(QStringLiteral("DRILL: Atlas cluster")));
        QVERIFY(live.contains(QStringLiteral("Operator: carol")));
        QVERIFY(live.contains(QStringLiteral("Time to recovery: ")));
        QVERIFY(live.contains(QStringLiteral("Attempt 2 at")));
        QVERIFY(live.contains(QStringLiteral("{\"representative\":5}")));
        QVERIFY(live.contains(QStringLiteral("not applicable")) || live.contains(QStringLiteral("done")));
        QVERIFY(!live.contains(QStringLiteral("never-in-a-report")));
        QVERIFY(RunReport::toHtml(plan, engine.run()).startsWith(QStringLiteral("<h1>DRILL: ")));
    }

    void durations()
    {
        QCOMPARE(RunReport::duration(999), QStringLiteral("0 s"));
        QCOMPARE(RunReport::duration(61000), QStringLiteral("1 min 01 s"));
        QCOMPARE(RunReport::duration(3723000), QStringLiteral("1 h 02 min 03 s"));
    }
};

QTEST_GUILESS_MAIN(TestRunbookPrinting)
#include "tst_runbook_printing.moc"
