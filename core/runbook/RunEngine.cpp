#include "runbook/RunEngine.h"

#include "runbook/RecordValidator.h"
#include "runbook/ScenarioText.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace dr::runbook {
namespace {
void setError(QString* error, const QString& msg)
{
    if (error)
        *error = msg;
}
QString ev(const char* s) { return QString::fromLatin1(s); }
} // namespace

RunEngine::RunEngine(Plan plan, Services services, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_services(services), m_alive(std::make_shared<bool>(true))
{
    Q_ASSERT(m_services.checks && m_services.actions && m_services.scheduler && m_services.clock);
}

RunEngine::~RunEngine() = default;

const PlanStep* RunEngine::current() const { return m_plan.find(m_run.currentStep()); }

bool RunEngine::record(QJsonObject event)
{
    event.insert(ev("seq"), m_run.eventCount() + 1);
    event.insert(ev("t"), m_services.clock->nowUtc().toString(Qt::ISODateWithMs));
    bool ok = true;
    if (m_journal.isOpen()) {
        QString error;
        ok = m_journal.append(event, &error);
        if (!ok)
            emit journalError(error);
    }
    m_run.apply(event);
    return ok;
}

bool RunEngine::start(const StartOptions& o, QString* error)
{
    if (!m_plan.isValid() || m_run.isStarted()) {
        setError(error, tr("This run cannot start: no valid scenario, or it has started already."));
        return false;
    }
    if (!o.journalPath.isEmpty() && !m_journal.create(o.journalPath, error))
        return false;
    QJsonObject facts;
    for (auto it = o.facts.begin(); it != o.facts.end(); ++it)
        facts.insert(it.key(), it.value());
    record({{ev("type"), ev("run_started")},
            {ev("run_id"), o.runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : o.runId},
            {ev("scenario"), m_plan.scenario().id},
            {ev("scenario_version"), m_plan.scenario().version},
            {ev("drill"), o.drill},
            {ev("operator"), o.operatorName},
            {ev("facts"), facts}});
    enter(m_plan.first()->id);
    return true;
}

bool RunEngine::resume(const QString& path, QString* error, QStringList* messages)
{
    if (m_run.isStarted()) {
        setError(error, tr("This engine is already running a scenario; open the journal in a new one."));
        return false;
    }
    const RunJournal::Replay replay = RunJournal::replay(path);
    if (messages)
        *messages << replay.notes << replay.errors;
    const Run run = Run::fromEvents(replay.events);
    if (!replay.readable || !run.isStarted()) {
        setError(error, tr("%1 holds no run that can be resumed; start a new run instead.").arg(path));
        return false;
    }
    if (run.isFinished()) {
        setError(error, tr("The run in %1 has finished (%2); nothing to resume.").arg(path, run.outcome()));
        return false;
    }
    if (run.scenarioId() != m_plan.scenario().id || !m_plan.find(run.currentStep())) {
        setError(error, tr("%1 is a run of scenario \"%2\" at step \"%3\", which this scenario does not have; "
                           "resume it with the matching scenario version.")
                            .arg(path, run.scenarioId(), run.currentStep()));
        return false;
    }
    if (!m_journal.openForResume(path, replay, error))
        return false;
    m_run = run;
    record({{ev("type"), ev("resumed")},
            {ev("step"), m_run.currentStep()},
            {ev("journal_notes"), QJsonArray::fromStringList(replay.notes + replay.errors)}});
    emit stepChanged(m_run.currentStep());
    return true;
}

bool RunEngine::applies(const PlanStep& ps, QString* why) const
{
    const QMap<QString, QString> facts = m_run.facts();
    for (auto it = ps.step->appliesTo.begin(); it != ps.step->appliesTo.end(); ++it) {
        if (facts.contains(it.key()) && !it.value().contains(facts.value(it.key()))) {
            *why = tr("Does not apply: %1 is %2.").arg(it.key(), facts.value(it.key()));
            return false;
        }
    }
    return true;
}

void RunEngine::enter(QString id)
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (id.isEmpty()) {
            finish(ev("completed"), QString());
            return;
        }
        const PlanStep* ps = m_plan.find(id);
        Q_ASSERT(ps);
        record({{ev("type"), ev("step_entered")}, {ev("step"), id}});
        QString why;
        if (!applies(*ps, &why)) {
            record({{ev("type"), ev("step_skipped")}, {ev("step"), id}, {ev("reason"), why},
                    {ev("not_applicable"), true}});
            id = ps->skipTo;
            continue;
        }
        const Step& st = *ps->step;
        if (st.kind == StepKind::Include) {
            record({{ev("type"), ev("step_completed")}, {ev("step"), id}});
            id = ps->next;
            continue;
        }
        if (st.kind == StepKind::Record) {
            // A value already recorded in this run (by another step or an included procedure) is not asked twice.
            const QString key = st.record.key;
            const bool known = st.record.secret ? m_secrets.contains(key) : m_run.values().contains(key);
            if (known) {
                QJsonObject done{{ev("type"), ev("step_completed")}, {ev("step"), id}, {ev("reused"), true}};
                if (!st.record.secret)
                    done.insert(ev("answer"), m_run.values().value(key));
                record(done);
                id = ps->next;
                continue;
            }
        }
        if (st.kind == StepKind::Decision) {
            QString value;
            if (!ps->fromCheck.isEmpty()) {
                const StepState check = m_run.step(ps->fromCheck);
                value = check.hasResult && check.result == CheckResult::Status::Passed ? ev("passed") : ev("failed");
            } else if (!st.decision.fact.isEmpty() && m_run.facts().contains(st.decision.fact) &&
                       ps->targets.contains(m_run.facts().value(st.decision.fact))) {
                value = m_run.facts().value(st.decision.fact);
            }
            if (!value.isEmpty()) {
                record({{ev("type"), ev("decision")}, {ev("step"), id}, {ev("value"), value},
                        {ev("fact"), st.decision.fact}, {ev("automatic"), true}});
                record({{ev("type"), ev("step_completed")}, {ev("step"), id}, {ev("answer"), value}});
                id = ps->targets.value(value);
                continue;
            }
        }
        emit stepChanged(id);
        return;
    }
}

void RunEngine::finish(const QString& outcome, const QString& reason)
{
    record({{ev("type"), ev("run_finished")}, {ev("outcome"), outcome}, {ev("reason"), reason}});
    m_journal.close();
    emit runFinished(outcome);
}

bool RunEngine::expect(StepKind kind, QString* error) const
{
    const PlanStep* ps = current();
    if (!ps || m_run.isFinished()) {
        setError(error, tr("The run has no current step (it has finished or not started)."));
        return false;
    }
    if (m_busy) {
        setError(error, tr("A check or action is still running; wait for its result."));
        return false;
    }
    if (ps->step->kind != kind) {
        setError(error, tr("The current step \"%1\" is a %2 step, not a %3 step.")
                            .arg(ps->id, kinds::toString(ps->step->kind), kinds::toString(kind)));
        return false;
    }
    return true;
}

bool RunEngine::usedByDecision(const QString& checkId) const
{
    for (const PlanStep& ps : m_plan.steps()) {
        if (ps.fromCheck == checkId)
            return true;
    }
    return false;
}

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
    record({{ev("type"), ev("value_recorded")}, {ev("step"), id}, {ev("key"), ps->step->record.key},
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
    record({{ev("type"), ev("value_recorded")}, {ev("step"), id}, {ev("key"), ps->step->record.key},
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
    record({{ev("type"), ev("decision")}, {ev("step"), id}, {ev("value"), value},
            {ev("fact"), ps->step->decision.fact}, {ev("automatic"), false}});
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
    record({{ev("type"), ev("step_skipped")}, {ev("step"), id}, {ev("reason"), reason.trimmed()},
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

QString RunEngine::resolve(const QString& text, QStringList* missing) const
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([a-z][a-z0-9_]*)\\}"));
    QString out = text;
    const QMap<QString, QString> values = m_run.values();
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1);
        if (values.contains(key))
            out.replace(m.captured(0), values.value(key));
        else if (missing && !missing->contains(key))
            *missing << key;
    }
    return out;
}

} // namespace dr::runbook
