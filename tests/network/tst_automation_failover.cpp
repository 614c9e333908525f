// The promotion path of the failover-pair scenario, end to end: the runbook engine (driven by the AutoPilot) runs
// the live checks and the guarded set_failover_role against the drill lab over real TLS.
#include "tst_automation_support.h"

#include "automation/HostResolver.h"
#include "automation/LabDirectory.h"
#include "common/Clock.h"
#include "lab/Lab.h"
#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"

#include <QSignalSpy>
#include <QTimer>

using namespace dr;
using namespace dr::automation;
using namespace dr::automation::test;
using runbook::AutoPilot;
using runbook::RunEngine;
using Status = runbook::CheckResult::Status;

namespace {

const QString kBackup = QStringLiteral("backup.lab.drrunbook.test");
const QString kPrimary = QStringLiteral("primary.lab.drrunbook.test");
const QString kStop = QStringLiteral("test_clients/expectation");

// The engine's waits between attempts, shortened: the lab runs in real time, the scenario's intervals do not
// need to.
class FastScheduler final : public runbook::Scheduler
{
public:
    void after(int msecs, std::function<void()> fn) override
    {
        QTimer::singleShot(std::min(msecs, 100), &m_context, std::move(fn));
    }

private:
    QObject m_context;
};

} // namespace

class TestAutomationFailover : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::Lab> m_lab;
    std::unique_ptr<LabDirectory> m_dir;
    std::unique_ptr<LabResolver> m_resolver;
    std::unique_ptr<LiveCheckRunner> m_checks;
    std::unique_ptr<LiveActionRunner> m_actions;
    FastScheduler m_scheduler;
    QTemporaryDir m_tmp;

    std::unique_ptr<RunEngine> engine()
    {
        auto e = std::make_unique<RunEngine>(
            runbook::ScenarioLibrary::builtin().plan(QStringLiteral("failover_primary_failed")),
            RunEngine::Services{m_checks.get(), m_actions.get(), &m_scheduler, &SystemClock::instance()});
        QString error;
        const bool started =
            e->start({{},
                      QStringLiteral("drill operator"),
                      true,
                      {},
                      m_tmp.filePath(QStringLiteral("run-%1.jsonl").arg(QDateTime::currentMSecsSinceEpoch()))},
                     &error);
        if (!started)
            qWarning() << error;
        return started ? std::move(e) : nullptr;
    }

    AutoPilot::Script script(const QString& automaticFailover) const
    {
        AutoPilot::Script s;
        s.choices.insert(QStringLiteral("routing"), QStringLiteral("dns_swing"));
        s.choices.insert(QStringLiteral("automatic_failover"), automaticFailover);
        s.choices.insert(QStringLiteral("promote_method"), QStringLiteral("api"));
        s.values.insert(QStringLiteral("site_fqdn"), m_lab->siteHostname());
        s.values.insert(QStringLiteral("primary_host"), kPrimary);
        s.values.insert(QStringLiteral("backup_host"), kBackup);
        s.values.insert(QStringLiteral("backup_ip"), m_dir->labAddress(QStringLiteral("backup")));
        s.stopBefore = kStop;
        return s;
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<lab::Lab>();
        QVERIFY2(m_lab->start(lab::Topology::Pair), qPrintable(m_lab->errorString()));
        m_dir = std::make_unique<LabDirectory>(*m_lab);
        m_resolver = std::make_unique<LabResolver>(*m_dir);
        m_checks = std::make_unique<LiveCheckRunner>(*m_dir, *m_resolver, SystemClock::instance());
        m_actions =
            std::make_unique<LiveActionRunner>(*m_dir, SystemClock::instance(), LiveActionRunner::Options{100, 30'000});
    }
    void cleanup()
    {
        m_actions.reset();
        m_checks.reset();
        m_resolver.reset();
        m_dir.reset();
        m_lab.reset();
    }

    void promotesTheBackupThroughTheEngine()
    {
        // The primary failed; the operator swung the site's DNS to the backup.
        m_lab->powerOff(QStringLiteral("primary"));
        m_lab->pointSiteAt(QStringLiteral("backup"));
        auto e = engine();
        QVERIFY(e);
        AutoPilot pilot(e.get(), script(QStringLiteral("disabled")));
        pilot.drive();
        QTRY_VERIFY_WITH_TIMEOUT(pilot.isStopped(), 120'000);
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QCOMPARE(e->run().currentStep(), kStop);

        const runbook::Run& run = e->run();
        for (const char* id : {"verify_dns", "guard_primary_down", "guard_no_other_primary", "guard_backup_healthy",
                               "role_is_primary"}) {
            const runbook::StepState st = run.step(QString::fromLatin1(id));
            QVERIFY2(st.hasResult && st.result == Status::Passed, id);
        }
        const runbook::StepState action = run.step(QStringLiteral("set_role_primary"));
        QVERIFY(action.actionDone);
        QVERIFY2(action.actionOk, qPrintable(action.actionSummary));
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"));
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 1);
        // The DNS answer came from the lab, and it named the backup's address.
        const auto dns = run.step(QStringLiteral("verify_dns")).attempts.last().evidence;
        QCOMPARE(dns.value(QStringLiteral("answers")).toArray().first().toString(),
                 m_dir->labAddress(QStringLiteral("backup")));
    }

    void refusesWhileTheOldPrimaryStillAnswers()
    {
        // DNS swung, but the old primary is still running: promoting would make two primaries.
        m_lab->pointSiteAt(QStringLiteral("backup"));
        auto e = engine();
        QVERIFY(e);
        AutoPilot pilot(e.get(), script(QStringLiteral("disabled")));
        pilot.drive();
        QTRY_VERIFY_WITH_TIMEOUT(pilot.isStopped(), 120'000);
        QVERIFY2(pilot.problem().contains(QStringLiteral("set_role_primary")), qPrintable(pilot.problem()));
        QCOMPARE(e->run().currentStep(), QStringLiteral("set_role_primary"));

        const runbook::StepState guard = e->run().step(QStringLiteral("guard_primary_down"));
        QVERIFY(guard.hasResult);
        QVERIFY(guard.result == Status::Failed);
        QCOMPARE(guard.attempts.last()
                     .evidence.value(QStringLiteral("reply"))
                     .toObject()
                     .value(QStringLiteral("failover_role"))
                     .toString(),
                 QStringLiteral("primary"));
        QVERIFY(e->run().step(QStringLiteral("guard_no_other_primary")).result == Status::Failed);

        // Even an explicit, correctly named confirmation is refused, and nothing reaches the appliance.
        QString error;
        QVERIFY(!e->executeAction({kBackup, QStringLiteral("drill operator")}, &error));
        QVERIFY(error.contains(QStringLiteral("two primaries")));
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 0);
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("backup"));
    }

    void observesAutomaticFailoverAfterRetries()
    {
        // Automatic failover is on: the runbook only watches the backup take over. It is switched on in the lab
        // after the first attempt saw the backup still in the backup role, so the check must fail, then pass.
        m_lab->powerOff(QStringLiteral("primary"));
        m_lab->pointSiteAt(QStringLiteral("backup"));
        m_lab->setTimeScale(30.0);
        auto e = engine();
        QVERIFY(e);
        const QString watched = QStringLiteral("observe_automatic_role");
        connect(e.get(), &RunEngine::checkAttempted, this, [this, watched](const QString& id, int n, bool passed) {
            if (id == watched && n == 1 && !passed)
                m_lab->setAutomaticFailover(true, 60); // 60 lab seconds: 2 s here
        });
        AutoPilot pilot(e.get(), script(QStringLiteral("enabled")));
        pilot.drive();
        QTRY_VERIFY_WITH_TIMEOUT(pilot.isStopped(), 120'000);
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        const runbook::StepState st = e->run().step(watched);
        QVERIFY(st.hasResult);
        QVERIFY(st.result == Status::Passed);
        QVERIFY(st.attempts.size() > 1);
        QVERIFY(st.attempts.first().status == Status::Failed);
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 0);
    }

    void actionObservesAutomaticFailoverInsteadOfActing()
    {
        m_lab->powerOff(QStringLiteral("primary"));
        m_lab->setTimeScale(60.0);
        m_lab->setAutomaticFailover(true, 60);
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"),
                                  30'000);
        runbook::ActionRequest req;
        req.stepId = QStringLiteral("set_role_primary");
        req.appliance = kBackup;
        req.role = QStringLiteral("primary");
        req.drill = true;
        const auto r = runAction(*m_actions, req);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->summary));
        QCOMPARE(r->evidence.value(QStringLiteral("acted")).toBool(), false);
        QCOMPARE(r->evidence.value(QStringLiteral("observed")).toBool(), true);
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 0);
    }

    void dataSyncFirstSwapIsPolledToTheEnd()
    {
        // Both appliances up: a planned swap with a data sync first. Both read "backup" while it runs.
        m_lab->setTimeScale(4.0); // the 4 lab-second sync takes 1 s
        QSignalSpy progress(m_actions.get(), &LiveActionRunner::progress);
        runbook::ActionRequest req;
        req.stepId = QStringLiteral("planned_swap");
        req.appliance = QStringLiteral("backup"); // the lab name: an alias the directory maps to the appliance
        req.role = QStringLiteral("primary");
        req.dataSyncFirst = true;
        req.drill = true;
        const auto r = runAction(*m_actions, req);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->summary));
        QCOMPARE(r->evidence.value(QStringLiteral("outcome")).toString(), QStringLiteral("sync_started"));
        QCOMPARE(r->evidence.value(QStringLiteral("peer")).toString(), kPrimary);
        QCOMPARE(r->evidence.value(QStringLiteral("confirmed_as")).toString(), kBackup);
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"));
        QCOMPARE(m_lab->appliance(QStringLiteral("primary"))->failoverRole(), QStringLiteral("backup"));
        QVERIFY(progress.count() >= 1); // at least "the data sync has started"
    }

    void actionRefusedWithoutAPair()
    {
        // A single appliance has no failover role to change: the API confirmation refuses, nothing is sent.
        lab::Lab single;
        QVERIFY(single.start(lab::Topology::Single));
        LabDirectory dir(single);
        LiveActionRunner actions(dir, SystemClock::instance());
        runbook::ActionRequest req;
        req.appliance = QStringLiteral("primary");
        req.role = QStringLiteral("primary");
        req.drill = true;
        const auto r = runAction(actions, req);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY(r->evidence.contains(QStringLiteral("refused")));
        QCOMPARE(single.appliance(QStringLiteral("primary"))->requestCount(QStringLiteral("set_failover_role")), 0);
    }
};

QTEST_MAIN(TestAutomationFailover)
#include "tst_automation_failover.moc"
