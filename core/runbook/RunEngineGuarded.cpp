// RunEngine: automated checks (with retries) and the guarded action.
#include "runbook/RunEngineSupport.h"
#include "runbook/RunEngine.h"

#include "runbook/ScenarioText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dr::runbook {
using detail::ev;
using detail::setError;

bool RunEngine::runCheck(QString* error)
{
    if (!expect(StepKind::Check, error))
        return false;
    const QString id = current()->id;
    startCheck(id, [this, id](bool passed) { emit checkFinished(id, passed); });
    return true;
}

void RunEngine::startCheck(const QString& stepId, std::function<void(bool)> done)
{
    m_busy = true;
    attempt(stepId, 1, std::move(done));
}

void RunEngine::attempt(const QString& stepId, int n, std::function<void(bool)> done)
{
    const PlanStep* ps = m_plan.find(stepId);
    const CheckSpec& spec = ps->step->check;
    CheckRequest req;
    req.stepId = stepId;
    req.kind = spec.kind;
    req.timeoutSecs = spec.timeoutSecs;
    req.attempt = n;
    req.drill = m_run.isDrill();
    req.secrets = m_secrets;
    QStringList missing;
    for (auto it = spec.params.begin(); it != spec.params.end(); ++it) {
        if (it.value().isString()) {
            req.params.insert(it.key(), resolve(it.value().toString(), &missing));
        } else if (it.value().isArray()) {
            QJsonArray arr;
            for (const QJsonValue& v : it.value().toArray())
                arr.append(v.isString() ? QJsonValue(resolve(v.toString(), &missing)) : v);
            req.params.insert(it.key(), arr);
        } else {
            req.params.insert(it.key(), it.value());
        }
    }
    if (!ps->baselineStep.isEmpty()) {
        const StepState base = m_run.step(ps->baselineStep);
        if (!base.attempts.isEmpty())
            req.baseline = base.attempts.last().evidence;
        else
            missing << tr("the result of step %1").arg(ps->baselineStep);
    }
    auto finishAttempt = [this, stepId, n, spec, done](const CheckResult& r) {
        record({{ev("type"), ev("check_attempt")},
                {ev("step"), stepId},
                {ev("attempt"), n},
                {ev("status"), toString(r.status)},
                {ev("summary"), r.summary},
                {ev("evidence"), r.evidence}});
        const bool passed = r.status == CheckResult::Status::Passed;
        emit checkAttempted(stepId, n, passed);
        const bool retry = !passed && r.status != CheckResult::Status::Error && n <= spec.retries;
        if (retry) {
            std::weak_ptr<bool> alive = m_alive;
            m_services.scheduler->after(spec.intervalSecs * 1000, [this, alive, stepId, n, done] {
                if (alive.lock())
                    attempt(stepId, n + 1, done);
            });
            return;
        }
        record({{ev("type"), ev("check_result")}, {ev("step"), stepId}, {ev("status"), toString(r.status)}});
        m_busy = false;
        done(passed);
    };
    if (!missing.isEmpty()) {
        CheckResult r;
        r.status = CheckResult::Status::Error;
        r.summary = tr("Cannot run the check: %1 not recorded yet (or entered before a restart); go back and "
                       "record it.")
                        .arg(missing.join(QStringLiteral(", ")));
        finishAttempt(r);
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    auto called = std::make_shared<bool>(false);
    m_services.checks->run(req, [alive, called, finishAttempt](CheckResult r) {
        if (!alive.lock() || *called)
            return; // the engine is gone, or the runner answered twice
        *called = true;
        finishAttempt(r);
    });
}

QString RunEngine::actionAppliance() const
{
    const PlanStep* ps = current();
    if (!ps || ps->step->kind != StepKind::Action)
        return {};
    return resolve(ps->step->action.appliance);
}

QString RunEngine::actionPrompt() const
{
    const PlanStep* ps = current();
    if (!ps || ps->step->kind != StepKind::Action)
        return {};
    return QString(ps->step->action.confirmation).replace(QStringLiteral("%1"), actionAppliance());
}

QStringList RunEngine::actionBlockers() const
{
    const PlanStep* ps = current();
    if (!ps || ps->step->kind != StepKind::Action)
        return {tr("The current step is not an action.")};
    QStringList reasons;
    QStringList missing;
    resolve(ps->step->action.appliance, &missing);
    if (!missing.isEmpty())
        reasons << tr("The appliance to change is not known: record %1 first.").arg(missing.join(QStringLiteral(", ")));
    for (const QString& pre : ps->preconditions) {
        const StepState st = m_run.step(pre);
        const PlanStep* check = m_plan.find(pre);
        const QString title = check ? check->step->title : pre;
        if (!st.hasResult)
            reasons << tr("Precondition \"%1\" has not been checked; run it.").arg(title);
        else if (st.stale)
            reasons << tr("Precondition \"%1\" was checked before the restart; run it again (a role may have "
                          "changed meanwhile).")
                           .arg(title);
        else if (st.result != CheckResult::Status::Passed)
            reasons << tr("Precondition \"%1\" did not pass; promoting now could make two primaries.").arg(title);
    }
    return reasons;
}

bool RunEngine::executeAction(const ActionConfirmation& confirmation, QString* error)
{
    if (!expect(StepKind::Action, error))
        return false;
    const PlanStep* ps = current();
    QStringList reasons = actionBlockers();
    const QString appliance = actionAppliance();
    if (confirmation.appliance.trimmed().isEmpty())
        reasons << tr("No confirmation: type the name of the appliance (%1) to confirm.").arg(appliance);
    else if (confirmation.appliance.trimmed().compare(appliance, Qt::CaseInsensitive) != 0)
        reasons << tr("The confirmation names \"%1\", but this action changes \"%2\"; type the right name.")
                       .arg(confirmation.appliance.trimmed(), appliance);
    const QString id = ps->id;
    if (!reasons.isEmpty()) {
        record({{ev("type"), ev("action_refused")},
                {ev("step"), id},
                {ev("reasons"), QJsonArray::fromStringList(reasons)}});
        setError(error, reasons.join(QLatin1Char('\n')));
        return false;
    }
    record({{ev("type"), ev("action_confirmed")},
            {ev("step"), id},
            {ev("appliance"), appliance},
            {ev("operator"), confirmation.operatorName.isEmpty() ? m_run.operatorName() : confirmation.operatorName}});
    ActionRequest req;
    req.stepId = id;
    req.kind = ps->step->action.kind;
    req.appliance = appliance;
    req.role = ps->step->action.role;
    req.dataSyncFirst = ps->step->action.dataSyncFirst;
    req.drill = m_run.isDrill();
    m_busy = true;
    std::weak_ptr<bool> alive = m_alive;
    auto called = std::make_shared<bool>(false);
    m_services.actions->run(req, [this, alive, called, id](ActionResult r) {
        if (!alive.lock() || *called)
            return;
        *called = true;
        record({{ev("type"), ev("action_result")},
                {ev("step"), id},
                {ev("ok"), r.ok},
                {ev("summary"), r.summary},
                {ev("evidence"), r.evidence}});
        m_busy = false;
        emit actionFinished(id, r.ok);
    });
    return true;
}

QStringList RunEngine::staleChecks() const
{
    const PlanStep* ps = current();
    if (!ps)
        return {};
    QStringList candidates;
    if (ps->step->kind == StepKind::Check)
        candidates << ps->id;
    candidates << ps->preconditions;
    QStringList out;
    for (const QString& id : candidates) {
        const StepState st = m_run.step(id);
        const bool inFlight = id == ps->id && !st.hasResult && !st.attempts.isEmpty(); // cut off by a crash
        const bool unmetPrecondition = id != ps->id && (!st.hasResult || st.result != CheckResult::Status::Passed);
        if (st.stale || inFlight || unmetPrecondition)
            out << id;
    }
    return out;
}

bool RunEngine::reverify(QString* error)
{
    if (m_busy) {
        setError(error, tr("A check or action is still running; wait for its result."));
        return false;
    }
    const QStringList ids = staleChecks();
    if (ids.isEmpty()) {
        emit reverified(true);
        return true;
    }
    reverifyNext(std::make_shared<QStringList>(ids), std::make_shared<bool>(true));
    return true;
}

void RunEngine::reverifyNext(std::shared_ptr<QStringList> remaining, std::shared_ptr<bool> allPassed)
{
    if (remaining->isEmpty()) {
        emit reverified(*allPassed);
        return;
    }
    const QString id = remaining->takeFirst();
    std::weak_ptr<bool> alive = m_alive;
    startCheck(id, [this, alive, remaining, allPassed](bool passed) {
        *allPassed = *allPassed && passed;
        if (alive.lock())
            reverifyNext(remaining, allPassed);
    });
}

} // namespace dr::runbook
