#pragma once

#include "runbook/CheckRunner.h"

#include <QList>
#include <QMap>

namespace dr::runbook {

// A CheckRunner and ActionRunner that answer from a script instead of the network: for tests, and for
// rehearsing a scenario's flow (a dry run) without any appliance. Results queued for a step id are used first
// in order; when none is queued, the default result answers. It keeps every request it was given.
class ScriptedRunner final : public CheckRunner, public ActionRunner
{
public:
    ScriptedRunner();

    void queueCheck(const QString& stepId, CheckResult result);
    void queueCheck(const QString& stepId, CheckResult::Status status, const QJsonObject& evidence = {});
    void setDefaultCheck(CheckResult result) { m_defaultCheck = std::move(result); }
    void queueAction(ActionResult result) { m_actions.append(std::move(result)); }
    // Hold the answers back until release() (to observe the engine while a check is running).
    void setHold(bool hold) { m_hold = hold; }
    void release();

    void run(const CheckRequest& request, std::function<void(CheckResult)> done) override;
    void run(const ActionRequest& request, std::function<void(ActionResult)> done) override;

    const QList<CheckRequest>& checkRequests() const { return m_checkRequests; }
    const QList<ActionRequest>& actionRequests() const { return m_actionRequests; }

private:
    QMap<QString, QList<CheckResult>> m_checks;
    CheckResult m_defaultCheck;
    QList<ActionResult> m_actions;
    QList<CheckRequest> m_checkRequests;
    QList<ActionRequest> m_actionRequests;
    bool m_hold = false;
    QList<std::function<void()>> m_held;
};

} // namespace dr::runbook
