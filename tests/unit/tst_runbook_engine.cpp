// The run engine walks the failover scenario with a scripted CheckRunner: a failing check retried until it passes,
// decision branches, steps that do not apply, includes, secrets kept out of the run record, and the guarded action
// refused without its confirmation or with a precondition that did not pass. Then every scenario and every
// decision option runs headless to the end.
#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;
using Status = CheckResult::Status;

class TestRunbookEngine : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();

    // The decision choices on a shortest path from the first step to the target step.
    static QMap<QString, QString> choicesToReach(const Plan& plan, const QString& target)
    {
        QMap<QString, QPair<QString, QString>> parent; // step -> (previous step, choice taken there)
        QStringList queue{plan.first()->id};
        parent.insert(plan.first()->id, {});
        while (!queue.isEmpty()) {
            const QString id = queue.takeFirst();
            if (id == target)
                break;
            const PlanStep* ps = plan.find(id);
            QList<QPair<QString, QString>> edges;
            if (ps->step->kind == StepKind::Decision) {
                for (auto it = ps->targets.begin(); it != ps->targets.end(); ++it)
                    edges.append({it.value(), it.key()});
            } else {
                edges.append({ps->next, QString()});
            }
            for (const auto& [to, choice] : edges) {
                if (!to.isEmpty() && !parent.contains(to)) {
                    parent.insert(to, {id, choice});
                    queue.append(to);
                }
            }
        }
        QMap<QString, QString> choices;
        for (QString at = target; parent.contains(at) && !parent.value(at).first.isEmpty();
             at = parent.value(at).first) {
            if (!parent.value(at).second.isEmpty())
                choices.insert(parent.value(at).first, parent.value(at).second);
        }
        return choices;
    }

    static void ok(bool result, const QString& error) { QVERIFY2(result, qPrintable(error)); }

private slots:
    void failoverByApiWithGuard()
    {
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(m_lib.plan(QStringLiteral("failover_primary_failed")), {&runner, &runner, &scheduler, &clock});
        QString error;
        ok(engine.start({QStringLiteral("run-1"), QStringLiteral("alice"), true, {}, QString()}, &error), error);
        QCOMPARE(engine.current()->id, QStringLiteral("intro"));
        QVERIFY(!engine.submitValue(QStringLiteral("x"), &error)); // not a record step
        clock.advanceSecs(30);
        ok(engine.acknowledge(&error), error);

        QVERIFY(!engine.submitValue(QStringLiteral("not a name!"), &error));
        QVERIFY(error.contains(QStringLiteral("fully qualified")));
        ok(engine.submitValue(QStringLiteral("Support.Example.com"), &error), error);
        ok(engine.submitValue(QStringLiteral("primary.example.com"), &error), error);
        ok(engine.submitValue(QStringLiteral("backup.example.com"), &error), error);
        QCOMPARE(engine.run().values().value(QStringLiteral("site_fqdn")), QStringLiteral("support.example.com"));

        // Decision branch: DNS swing. The shared IP step does not apply and is skipped as such.
        QVERIFY(!engine.choose(QStringLiteral("carrier_pigeon"), &error));
        ok(engine.choose(QStringLiteral("dns_swing"), &error), error);
        QVERIFY(engine.run().step(QStringLiteral("redirect_shared_ip")).notApplicable);
        QCOMPARE(engine.run().facts().value(QStringLiteral("routing")), QStringLiteral("dns_swing"));
        QCOMPARE(engine.current()->id, QStringLiteral("backup_ip"));
        ok(engine.submitValue(QStringLiteral("192.0.2.20"), &error), error);
        ok(engine.acknowledge(&error), error); // redirect_dns

        // A check that fails first (DNS not propagated yet) and passes on the retry.
        QCOMPARE(engine.current()->id, QStringLiteral("verify_dns"));
        QVERIFY(!engine.acknowledge(&error)); // not run yet
        runner.queueCheck(QStringLiteral("verify_dns"), Status::Failed,
                          QJsonObject{{QStringLiteral("answers"), QStringLiteral("192.0.2.10")}});
        QSignalSpy finished(&engine, &RunEngine::checkFinished);
        ok(engine.runCheck(&error), error);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        const StepState dns = engine.run().step(QStringLiteral("verify_dns"));
        QCOMPARE(dns.attempts.size(), 2);
        QVERIFY(dns.attempts.at(0).status == Status::Failed);
        QCOMPARE(dns.attempts.at(0).evidence.value(QStringLiteral("answers")).toString(), QStringLiteral("192.0.2.10"));
        QVERIFY(dns.attempts.at(1).status == Status::Passed);
        QCOMPARE(scheduler.totalWaitedMsecs(), 20000); // interval_s of the step between the two attempts
        QCOMPARE(runner.checkRequests().last().params.value(QStringLiteral("host")).toString(),
                 QStringLiteral("support.example.com"));
        QCOMPARE(runner.checkRequests().last().params.value(QStringLiteral("address")).toString(),
                 QStringLiteral("192.0.2.20"));
        QVERIFY(runner.checkRequests().last().drill);
        ok(engine.acknowledge(&error), error);

        ok(engine.choose(QStringLiteral("disabled"), &error), error);
        QVERIFY(engine.run().step(QStringLiteral("observe_automatic_role")).notApplicable);
        ok(engine.choose(QStringLiteral("api"), &error), error);
        QCOMPARE(engine.current()->id, QStringLiteral("guard_primary_down"));

        // The old primary still answers: the guard fails on every attempt.
        for (int i = 0; i < 3; ++i)
            runner.queueCheck(QStringLiteral("guard_primary_down"), Status::Failed,
                              QJsonObject{{QStringLiteral("http_status"), 200}});
        ok(engine.runCheck(&error), error);
        QCOMPARE(engine.run().step(QStringLiteral("guard_primary_down")).attempts.size(), 3);
        QVERIFY(!engine.acknowledge(&error));
        QVERIFY(!engine.skip(QStringLiteral("  "), &error)); // a reason is required
        ok(engine.skip(QStringLiteral("operator insists"), &error), error);
        ok(engine.runCheck(&error), error); // no other primary
        ok(engine.acknowledge(&error), error);
        ok(engine.runCheck(&error), error); // backup healthy
        ok(engine.acknowledge(&error), error);

        QCOMPARE(engine.current()->id, QStringLiteral("set_role_primary"));
        QCOMPARE(engine.actionAppliance(), QStringLiteral("backup.example.com"));
        QVERIFY(engine.actionPrompt().contains(QStringLiteral("backup.example.com")));
        QVERIFY(!engine.acknowledge(&error));
        // Refused: no confirmation, and the primary-down precondition did not pass.
        QVERIFY(!engine.executeAction({}, &error));
        QVERIFY(error.contains(QStringLiteral("No confirmation")));
        QVERIFY(error.contains(QStringLiteral("two primaries")));
        // Refused: the confirmation names the wrong appliance.
        QVERIFY(!engine.executeAction({QStringLiteral("primary.example.com"), {}}, &error));
        QVERIFY(error.contains(QStringLiteral("names \"primary.example.com\"")));
        QVERIFY(runner.actionRequests().isEmpty());
        QCOMPARE(engine.run().step(QStringLiteral("set_role_primary")).refusals.size(), 2);

        // Refused with the right confirmation while the precondition still fails.
        QCOMPARE(engine.staleChecks(), QStringList{QStringLiteral("guard_primary_down")});
        QVERIFY(!engine.executeAction({QStringLiteral("backup.example.com"), {}}, &error));
        QVERIFY(runner.actionRequests().isEmpty());

        // The primary is now really down: re-run the guard, then the action goes through.
        QSignalSpy reverified(&engine, &RunEngine::reverified);
        ok(engine.reverify(&error), error);
        QCOMPARE(reverified.size(), 1);
        QVERIFY(reverified.first().first().toBool());
        QVERIFY(engine.actionBlockers().isEmpty());
        QSignalSpy acted(&engine, &RunEngine::actionFinished);
        ok(engine.executeAction({QStringLiteral("BACKUP.example.com"), QStringLiteral("alice")}, &error), error);
        QCOMPARE(acted.size(), 1);
        QCOMPARE(runner.actionRequests().size(), 1);
        QCOMPARE(runner.actionRequests().first().appliance, QStringLiteral("backup.example.com"));
        QCOMPARE(runner.actionRequests().first().role, QStringLiteral("primary"));
        QVERIFY(!runner.actionRequests().first().dataSyncFirst);
        QVERIFY(runner.actionRequests().first().drill);
        ok(engine.acknowledge(&error), error);

        // Polling the role: backup for a moment, then primary.
        runner.queueCheck(QStringLiteral("role_is_primary"), Status::Failed);
        ok(engine.runCheck(&error), error);
        QCOMPARE(engine.run().step(QStringLiteral("role_is_primary")).attempts.size(), 2);
        ok(engine.acknowledge(&error), error);

        // The include runs the rep console test inline.
        QCOMPARE(engine.current()->id, QStringLiteral("test_clients/expectation"));
        for (int i = 0; i < 4; ++i)
            ok(engine.acknowledge(&error), error);
        QCOMPARE(engine.current()->id, QStringLiteral("clients_working"));
        ok(engine.addNote(QStringLiteral("Jump Clients back after 2 minutes"), &error), error);
        QCOMPARE(engine.run().step(QStringLiteral("clients_working")).notes.size(), 1);

        // Finish the rest headless.
        AutoPilot pilot(&engine, {});
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QVERIFY(engine.run().isFinished());
        QCOMPARE(engine.run().outcome(), QStringLiteral("completed"));
        QVERIFY(engine.run().isDrill());
        QCOMPARE(engine.run().step(QStringLiteral("intro")).activeMsecs, 30000);
        QVERIFY(engine.run().totalMsecs() >= 30000);
        // The certificate restore asked for the .p12 password as a secret and handed it to the TLS check only.
        const CheckRequest tls = [&] {
            for (const CheckRequest& r : runner.checkRequests())
                if (r.kind == CheckKind::TlsServesCertificate)
                    return r;
            return CheckRequest{};
        }();
        QCOMPARE(tls.secrets.value(QStringLiteral("p12_passphrase")).reveal(), QByteArrayLiteral("drill-secret"));
        QVERIFY(engine.run().step(QStringLiteral("restore_certificates/password")).secretRecorded);
        QVERIFY(engine.run().step(QStringLiteral("restore_certificates/password")).answer.isEmpty());
        QVERIFY(!engine.acknowledge(&error)); // finished
    }

    void secretStepsRefusePlainValues()
    {
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(m_lib.plan(QStringLiteral("prepare")), {&runner, &runner, &scheduler, &clock});
        QString error;
        ok(engine.start({{},
                         QStringLiteral("bob"),
                         false,
                         {{QStringLiteral("appliance_type"), QStringLiteral("hardware")}},
                         QString()},
                        &error),
           error);
        AutoPilot::Script script;
        script.stopBefore = QStringLiteral("export_certificate/passphrase");
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QCOMPARE(engine.current()->id, QStringLiteral("export_certificate/passphrase"));
        // The appliance type was known up front: the decision took itself.
        QCOMPARE(engine.run().step(QStringLiteral("appliance_type")).answer, QStringLiteral("hardware"));
        QVERIFY(!engine.submitValue(QStringLiteral("hunter2"), &error));
        QVERIFY(error.contains(QStringLiteral("secret")));
        QVERIFY(!engine.submitSecret(dr::Secret(), &error));
        ok(engine.submitSecret(dr::Secret(QByteArrayLiteral("hunter2")), &error), error);
        QVERIFY(!engine.run().values().contains(QStringLiteral("p12_passphrase")));
    }

    // The AutoPilot as a drill operator: operator steps are played before their step is answered (each visit,
    // also later, asynchronously), a value the operator reads changes with setValue, and with stopOnFailedCheck a
    // check that did not pass stops the pilot at that step instead of being skipped.
    void autoPilotOperatorStepsAndFailedChecks()
    {
        const Plan plan = m_lib.plan(QStringLiteral("temporary_hosted_site"));
        for (const bool strict : {false, true}) {
            ScriptedRunner runner;
            ImmediateScheduler scheduler;
            dr::ManualClock clock;
            RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
            QString error;
            ok(engine.start({{}, QStringLiteral("drill"), true, {}, QString()}, &error), error);
            runner.queueCheck(QStringLiteral("check_backup"), Status::Failed,
                              QJsonObject{{QStringLiteral("file"), QStringLiteral("old.nsb")}});
            AutoPilot::Script script;
            script.stopOnFailedCheck = strict;
            script.values.insert(QStringLiteral("backup_file"), QStringLiteral("/before/download.nsb"));
            AutoPilot* pilotPtr = nullptr;
            std::function<void()> later;
            script.operatorSteps.insert(QStringLiteral("software_management"), [&](std::function<void()> done) {
                pilotPtr->setValue(QStringLiteral("backup_file"), QStringLiteral("/downloaded/now.nsb"));
                later = std::move(done); // the operator is still busy
            });
            AutoPilot pilot(&engine, script);
            pilotPtr = &pilot;
            pilot.drive();
            QVERIFY(!pilot.isStopped());
            QCOMPARE(engine.current()->id, QStringLiteral("software_management")); // not answered before done()
            QCOMPARE(pilot.operatorStepsDone(), QStringList{QStringLiteral("software_management")});
            later();
            later(); // a second call is ignored
            QVERIFY(pilot.isStopped());
            QCOMPARE(engine.run().values().value(QStringLiteral("backup_file")), QStringLiteral("/downloaded/now.nsb"));
            if (strict) {
                QCOMPARE(pilot.problem(), QStringLiteral("check_backup: the check did not pass: scripted: failed"));
                QCOMPARE(engine.current()->id, QStringLiteral("check_backup"));
                QVERIFY(!engine.run().isFinished());
            } else {
                QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
                QCOMPARE(engine.run().outcome(), QStringLiteral("completed"));
                QVERIFY(engine.run().step(QStringLiteral("check_backup")).status == StepState::Status::Skipped);
            }
        }
    }

    void asynchronousRunnerAndAFailedAction()
    {
        ScriptedRunner runner;
        QtScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(m_lib.plan(QStringLiteral("failover_primary_failed")), {&runner, &runner, &scheduler, &clock});
        QString error;
        ok(engine.start({{},
                         QStringLiteral("dave"),
                         true,
                         {{QStringLiteral("automatic_failover"), QStringLiteral("disabled")}},
                         QString()},
                        &error),
           error);
        AutoPilot::Script script;
        script.choices.insert(QStringLiteral("promote_method"), QStringLiteral("api"));
        script.stopBefore = QStringLiteral("guard_primary_down");
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QCOMPARE(engine.current()->id, QStringLiteral("guard_primary_down"));

        // While the runner has not answered, the engine is busy and takes no other input.
        runner.setHold(true);
        ok(engine.runCheck(&error), error);
        QVERIFY(engine.isBusy());
        QVERIFY(!engine.acknowledge(&error));
        QVERIFY(!engine.runCheck(&error));
        QVERIFY(error.contains(QStringLiteral("still running")));
        QSignalSpy finished(&engine, &RunEngine::checkFinished);
        runner.release();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!engine.isBusy());
        ok(engine.acknowledge(&error), error);
        ok(engine.runCheck(&error), error);
        ok(engine.acknowledge(&error), error);
        // A retry waits on the Qt event loop.
        runner.queueCheck(QStringLiteral("guard_backup_healthy"), CheckResult::Status::Failed);
        ok(engine.runCheck(&error), error);
        QVERIFY(engine.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 20000);
        QCOMPARE(engine.run().step(QStringLiteral("guard_backup_healthy")).attempts.size(), 2);
        ok(engine.acknowledge(&error), error);

        // The appliance refuses the role change: the step stays, the failure is recorded, it can be tried again.
        runner.queueAction({false, QStringLiteral("Permission denied: full_access required"), {}});
        QSignalSpy acted(&engine, &RunEngine::actionFinished);
        ok(engine.executeAction({engine.actionAppliance(), {}}, &error), error);
        QCOMPARE(acted.size(), 1);
        QCOMPARE(acted.first().at(1).toBool(), false);
        QCOMPARE(engine.run().step(QStringLiteral("set_role_primary")).actionSummary,
                 QStringLiteral("Permission denied: full_access required"));
        QVERIFY(!engine.acknowledge(&error));
        ok(engine.executeAction({engine.actionAppliance(), {}}, &error), error);
        ok(engine.acknowledge(&error), error);
        QCOMPARE(runner.actionRequests().size(), 2);
        QCOMPARE(engine.current()->id, QStringLiteral("role_is_primary"));
    }

    void checkErrorsWhenAValueIsMissingAndAbort()
    {
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        RunEngine engine(m_lib.plan(QStringLiteral("cloud_site_down")), {&runner, &runner, &scheduler, &clock});
        QString error;
        ok(engine.start({{}, QStringLiteral("eve"), false, {}, QString()}, &error), error);
        QSignalSpy finished(&engine, &RunEngine::runFinished);
        ok(engine.abort(QStringLiteral("site came back by itself"), &error), error);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(engine.run().outcome(), QStringLiteral("aborted"));
        QCOMPARE(engine.run().outcomeReason(), QStringLiteral("site came back by itself"));
        QVERIFY(!engine.abort(QStringLiteral("again"), &error));
    }

    void everyScenarioAndEveryOptionRunsHeadless()
    {
        for (const Scenario* sc : m_lib.scenarios()) {
            const Plan plan = m_lib.plan(sc->id);
            QSet<QString> executed;
            // One walk per decision option; the other decisions take their first option.
            QList<QPair<QString, QString>> walks{{QString(), QString()}};
            for (const PlanStep& ps : plan.steps()) {
                if (ps.step->kind == StepKind::Decision)
                    for (const DecisionOption& o : ps.step->decision.options)
                        walks.append({ps.id, o.value});
            }
            for (const auto& [decision, option] : walks) {
                ScriptedRunner runner;
                ImmediateScheduler scheduler;
                dr::ManualClock clock;
                RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
                AutoPilot::Script script;
                const PlanStep* d = plan.find(decision);
                QMap<QString, QString> choices = d ? choicesToReach(plan, decision) : QMap<QString, QString>();
                if (d)
                    choices.insert(decision, option);
                for (auto it = choices.begin(); it != choices.end(); ++it) {
                    const PlanStep* c = plan.find(it.key());
                    if (c->fromCheck.isEmpty()) {
                        script.choices.insert(it.key(), it.value());
                    } else if (it.value() == QLatin1String("failed")) {
                        for (int i = 0; i <= plan.find(c->fromCheck)->step->check.retries; ++i)
                            runner.queueCheck(c->fromCheck, Status::Failed);
                    }
                }
                // A decision that only applies under some facts is walked with those facts.
                QMap<QString, QString> facts;
                if (d) {
                    for (auto it = d->step->appliesTo.begin(); it != d->step->appliesTo.end(); ++it)
                        facts.insert(it.key(), it.value().first());
                }
                QString error;
                ok(engine.start({{}, QStringLiteral("drill"), true, facts, QString()}, &error), error);
                AutoPilot pilot(&engine, script);
                pilot.drive();
                const QString where = sc->id + QLatin1Char(' ') + decision + QLatin1Char('=') + option;
                QVERIFY2(pilot.problem().isEmpty(), qPrintable(where + QStringLiteral(": ") + pilot.problem()));
                QVERIFY2(engine.run().outcome() == QLatin1String("completed"), qPrintable(where));
                if (d) {
                    // The option was taken: its target was entered right after the decision.
                    const QStringList history = engine.run().history();
                    const QString target = d->targets.value(option);
                    bool taken = false;
                    for (int i = 0; i < history.size(); ++i)
                        taken = taken || (history.at(i) == decision &&
                                          (i + 1 < history.size() ? history.at(i + 1) == target : target.isEmpty()));
                    QVERIFY2(taken, qPrintable(where));
                }
                executed += pilot.executed();
                for (auto it = engine.run().steps().begin(); it != engine.run().steps().end(); ++it) {
                    if (it->status == StepState::Status::Done)
                        executed.insert(it.key());
                }
            }
            for (const PlanStep& ps : plan.steps())
                QVERIFY2(executed.contains(ps.id), qPrintable(sc->id + QStringLiteral(": never ran ") + ps.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookEngine)
#include "tst_runbook_engine.moc"
