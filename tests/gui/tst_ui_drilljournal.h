// A finished cold_spare drill written to a real journal by the engine (scripted checks, one failed attempt of the
// site address check, check_health evidence with a version and a role), for the composer and print tests.
#pragma once

#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QJsonObject>

namespace drilltest {

// Empty on success, else what went wrong.
inline QString writeColdSpareDrill(const QString& journal, const QDateTime& start, const QByteArray& secret)
{
    using namespace dr::runbook;
    static const ScenarioLibrary lib = ScenarioLibrary::builtin();
    const Plan plan = lib.plan(QStringLiteral("cold_spare"));
    if (!plan.isValid())
        return QStringLiteral("no cold_spare plan");
    ScriptedRunner runner;
    const QJsonObject health{
        {QStringLiteral("appliance"), QStringLiteral("site.example.com")},
        {QStringLiteral("reply"), QJsonObject{{QStringLiteral("version"), QStringLiteral("24.1.2")},
                                              {QStringLiteral("failover_role"), QStringLiteral("primary")}}}};
    runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("as expected"), health});
    runner.queueCheck(QStringLiteral("verify_site_address"),
                      {CheckResult::Status::Failed, QStringLiteral("still the old address"), health});
    ImmediateScheduler scheduler;
    dr::ManualClock clock(start);
    RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
    QObject::connect(&engine, &RunEngine::stepChanged, &engine, [&clock] { clock.advanceSecs(30); });
    QString error;
    if (!engine.start({QStringLiteral("drill-9"), QStringLiteral("dave"), true, {}, journal}, &error))
        return error;
    AutoPilot::Script script;
    script.secrets.insert(QStringLiteral("p12_passphrase"), secret);
    script.choices.insert(QStringLiteral("redirect"), QStringLiteral("nat_swing"));
    AutoPilot pilot(&engine, script);
    pilot.drive();
    if (!pilot.problem().isEmpty())
        return pilot.problem();
    return engine.run().isFinished() ? QString() : QStringLiteral("the drill did not finish");
}

} // namespace drilltest
