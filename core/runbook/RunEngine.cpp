#include "runbook/RunEngine.h"
#include "runbook/RunEngineSupport.h"

#include "runbook/ScenarioText.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace dr::runbook {
using detail::ev;
using detail::setError;

RunEngine::RunEngine(Plan plan, Services services, QObject* parent)
    : QObject(parent), m_plan(std::move(plan)), m_services(services), m_alive(std::make_shared<bool>(true))
{
    Q_ASSERT(m_services.checks && m_services.actions && m_services.scheduler && m_services.clock);
}

RunEngine::~RunEngine() = default;

const PlanStep* RunEngine::current() const
{
    return m_plan.find(m_run.currentStep());
}

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
            {ev("definition"), m_plan.definitionHash()},
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
    if (run.scenarioId() != m_plan.scenario().id) {
        setError(error, tr("%1 is a run of scenario \"%2\", not of \"%3\"; open it with its own scenario.")
                            .arg(path, run.scenarioId(), m_plan.scenario().id));
        return false;
    }
    // The steps a journal names only mean what they meant when the run started: a run written against another
    // version of the scenario (or of a procedure it includes) is not continued with this one, where a step may
    // have moved, changed or gone. Its journal stays readable for the run report.
    const bool otherVersion = run.scenarioVersion() != m_plan.scenario().version;
    const bool otherDefinition = !run.definitionHash().isEmpty() && run.definitionHash() != m_plan.definitionHash();
    if (otherVersion || otherDefinition || !m_plan.find(run.currentStep())) {
        setError(error,
                 tr("%1 was started with version %2 of scenario \"%3\" (definition %4); this program has version %5 "
                    "(definition %6), whose steps differ, so the run cannot be continued here safely. Finish it with "
                    "the program version that started it, or start a new run and carry on from where you are; the "
                    "journal stays readable for the run report.")
                     .arg(path)
                     .arg(run.scenarioVersion())
                     .arg(m_plan.scenario().id,
                          run.definitionHash().isEmpty() ? tr("not recorded") : run.definitionHash().left(12))
                     .arg(m_plan.scenario().version)
                     .arg(m_plan.definitionHash().left(12)));
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
        const bool revisit = m_run.step(id).status == StepState::Status::Done;
        record({{ev("type"), ev("step_entered")}, {ev("step"), id}});
        QString why;
        if (!applies(*ps, &why)) {
            record({{ev("type"), ev("step_skipped")},
                    {ev("step"), id},
                    {ev("reason"), why},
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
            // A value already recorded in this run (by another step or an included procedure) is not asked twice;
            // but a scenario that loops back to this very step asks again (the value may have changed: a site
            // updated to another version).
            const QString key = st.record.key;
            const bool known = !revisit && (st.record.secret ? m_secrets.contains(key) : m_run.values().contains(key));
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
                record({{ev("type"), ev("decision")},
                        {ev("step"), id},
                        {ev("value"), value},
                        {ev("fact"), st.decision.fact},
                        {ev("automatic"), true}});
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
