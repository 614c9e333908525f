#include "runbook/ScriptedRunner.h"

namespace dr::runbook {

ScriptedRunner::ScriptedRunner()
{
    m_defaultCheck.status = CheckResult::Status::Passed;
    m_defaultCheck.summary = QStringLiteral("scripted: passed");
    m_defaultCheck.evidence = QJsonObject{{QStringLiteral("scripted"), true}};
}

void ScriptedRunner::queueCheck(const QString& stepId, CheckResult result)
{
    m_checks[stepId].append(std::move(result));
}

void ScriptedRunner::queueCheck(const QString& stepId, CheckResult::Status status, const QJsonObject& evidence)
{
    CheckResult r;
    r.status = status;
    r.summary = QStringLiteral("scripted: %1").arg(toString(status));
    r.evidence = evidence;
    queueCheck(stepId, r);
}

void ScriptedRunner::release()
{
    m_hold = false;
    const auto held = m_held;
    m_held.clear();
    for (const auto& fn : held)
        fn();
}

void ScriptedRunner::run(const CheckRequest& request, std::function<void(CheckResult)> done)
{
    m_checkRequests.append(request);
    QList<CheckResult>& queue = m_checks[request.stepId];
    const CheckResult result = queue.isEmpty() ? m_defaultCheck : queue.takeFirst();
    if (m_hold)
        m_held.append([done, result] { done(result); });
    else
        done(result);
}

void ScriptedRunner::run(const ActionRequest& request, std::function<void(ActionResult)> done)
{
    m_actionRequests.append(request);
    ActionResult result;
    if (m_actions.isEmpty()) {
        result.ok = true;
        result.summary = QStringLiteral("Successfully changed role.");
    } else {
        result = m_actions.takeFirst();
    }
    if (m_hold)
        m_held.append([done, result] { done(result); });
    else
        done(result);
}

} // namespace dr::runbook
