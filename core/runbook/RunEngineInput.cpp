// RunEngine: the operator's input to the current step.
#include "runbook/RunEngineSupport.h"
#include "runbook/RunEngine.h"

#include "runbook/RecordValidator.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dr::runbook {
using detail::ev;
using detail::setError;

bool RunEngine::acknowledge(QString* error)
{
    const PlanStep* ps = current();
    if (!ps || m_run.isFinished() || m_busy) {
        setError(error, tr("Nothing to continue: the run has finished, or a check is still running."));
        return false;
    }
    const StepState st = m_run.step(ps->id);
    QJsonObject done{{ev("type"), ev("step_completed")}, {ev("step"), ps->id}};
    switch (ps->step->kind) {
    case StepKind::Instruction:
    case StepKind::Include:
        break;
    case StepKind::Confirm:
        done.insert(ev("answer"), ev("confirmed"));
        break;
    case StepKind::Check:
        if (!st.hasResult || st.stale) {
            setError(error, tr("Run the check first."));
            return false;
        }
        if (st.result != CheckResult::Status::Passed && !usedByDecision(ps->id)) {
            setError(error, tr("The check did not pass. Run it again, or skip the step and say why."));
            return false;
        }
        done.insert(ev("answer"), toString(st.result));
        break;
    case StepKind::Action:
        if (!st.actionOk) {
            setError(error, tr("The action has not succeeded. Execute it, or skip the step and say why."));
            return false;
        }
        break;
    case StepKind::Record:
        setError(error, tr("Enter the value this step asks for."));
        return false;
    case StepKind::Decision:
        setError(error, tr("Choose one of the answers."));
        return false;
    }
    record(done);
    enter(ps->next);
    return true;
}

bool RunEngine::submitValue(const QString& value, QString* error)
{
    if (!expect(StepKind::Record, error))
        return false;
    const PlanStep* ps = current();
    if (ps->step->record.secret) {
        setError(error, tr("This value is secret; enter it through the secret field so it is never stored."));
        return false;
    }
    const RecordValidator::Result r = RecordValidator::validate(ps->step->record.type, value);
    if (!r.ok) {
        setError(error, r.message);
        return false;
    }
    const QString id = ps->id, next = ps->next;
    record({{ev("type"), ev("value_recorded")},
            {ev("step"), id},
            {ev("key"), ps->step->record.key},
            {ev("value"), r.normalized}});
    record({{ev("type"), ev("step_completed")}, {ev("step"), id}});
    enter(next);
    return true;
}

bool RunEngine::submitSecret(const Secret& value, QString* error)
{
    if (!expect(StepKind::Record, error))
        return false;
    const PlanStep* ps = current();
    if (!ps->step->record.secret) {
        setError(error, tr("This value is not secret; enter it as a normal value."));
        return false;
    }
    if (value.isEmpty()) {
        setError(error, tr("Enter a value."));
        return false;
    }
    m_secrets.insert(ps->step->record.key, value);
    const QString id = ps->id, next = ps->next;
    // The event says a secret was entered, never what it was.
    record({{ev("type"), ev("value_recorded")},
            {ev("step"), id},
            {ev("key"), ps->step->record.key},
            {ev("secret"), true}});
    record({{ev("type"), ev("step_completed")}, {ev("step"), id}});
    enter(next);
    return true;
}

bool RunEngine::choose(const QString& value, QString* error)
{
    if (!expect(StepKind::Decision, error))
        return false;
    const PlanStep* ps = current();
    if (!ps->targets.contains(value)) {
        setError(error, tr("\"%1\" is not one of the answers: %2.")
                            .arg(value, QStringList(ps->targets.keys()).join(QStringLiteral(", "))));
        return false;
    }
    const QString id = ps->id, target = ps->targets.value(value);
    record({{ev("type"), ev("decision")},
            {ev("step"), id},
            {ev("value"), value},
            {ev("fact"), ps->step->decision.fact},
            {ev("automatic"), false}});
    record({{ev("type"), ev("step_completed")}, {ev("step"), id}, {ev("answer"), value}});
    enter(target);
    return true;
}

bool RunEngine::skip(const QString& reason, QString* error)
{
    const PlanStep* ps = current();
    if (!ps || m_run.isFinished() || m_busy) {
        setError(error, tr("Nothing to skip: the run has finished, or a check is still running."));
        return false;
    }
    if (ps->step->kind == StepKind::Decision) {
        setError(error, tr("A decision cannot be skipped; choose the answer that fits."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setError(error, tr("Say why this step is skipped; the reason goes into the run report."));
        return false;
    }
    const QString id = ps->id, next = ps->skipTo;
    record({{ev("type"), ev("step_skipped")},
            {ev("step"), id},
            {ev("reason"), reason.trimmed()},
            {ev("not_applicable"), false}});
    enter(next);
    return true;
}

bool RunEngine::addNote(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty() || !m_run.isStarted()) {
        setError(error, tr("Write the note first (and start the run)."));
        return false;
    }
    return record({{ev("type"), ev("note")}, {ev("step"), m_run.currentStep()}, {ev("text"), text.trimmed()}});
}

bool RunEngine::setOperator(const QString& name, QString* error)
{
    if (name.trimmed().isEmpty() || !m_run.isStarted()) {
        setError(error, tr("Enter the name of the operator taking over."));
        return false;
    }
    return record({{ev("type"), ev("operator")}, {ev("name"), name.trimmed()}});
}

bool RunEngine::abort(const QString& reason, QString* error)
{
    if (!m_run.isStarted() || m_run.isFinished()) {
        setError(error, tr("There is no run in progress to abort."));
        return false;
    }
    finish(ev("aborted"), reason.trimmed());
    return true;
}

} // namespace dr::runbook
