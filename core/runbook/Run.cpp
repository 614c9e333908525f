#include "runbook/Run.h"

namespace dr::runbook {
namespace {

QString s(const QJsonObject& e, const char* key)
{
    return e.value(QLatin1String(key)).toString();
}

QString statusName(StepState::Status st)
{
    switch (st) {
    case StepState::Status::Pending:
        return QStringLiteral("pending");
    case StepState::Status::Active:
        return QStringLiteral("active");
    case StepState::Status::Done:
        return QStringLiteral("done");
    case StepState::Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Run Run::fromEvents(const QList<QJsonObject>& events)
{
    Run run;
    for (const QJsonObject& e : events)
        run.apply(e);
    return run;
}

void Run::leave(const QString& id, const QDateTime& t)
{
    if (id.isEmpty() || id != m_current)
        return;
    StepState& st = m_steps[id];
    st.lastLeft = t;
    if (m_enteredCurrent.isValid())
        st.activeMsecs += m_enteredCurrent.msecsTo(t);
    m_enteredCurrent = QDateTime();
}

void Run::apply(const QJsonObject& e)
{
    const QString type = s(e, "type");
    const QString id = s(e, "step");
    const QDateTime t = QDateTime::fromString(s(e, "t"), Qt::ISODateWithMs);
    ++m_events;
    m_last = t;
    if (type == QLatin1String("run_started")) {
        m_runId = s(e, "run_id");
        m_scenario = s(e, "scenario");
        m_scenarioVersion = e.value(QLatin1String("scenario_version")).toInt();
        m_definition = s(e, "definition");
        m_drill = e.value(QLatin1String("drill")).toBool();
        m_operator = s(e, "operator");
        m_started = t;
        const QJsonObject facts = e.value(QLatin1String("facts")).toObject();
        for (auto it = facts.begin(); it != facts.end(); ++it)
            m_facts.insert(it.key(), it.value().toString());
    } else if (type == QLatin1String("step_entered")) {
        leave(m_current, t);
        m_current = id;
        m_enteredCurrent = t;
        m_history << id;
        StepState& st = m_steps[id];
        if (st.status == StepState::Status::Done || st.status == StepState::Status::Skipped) {
            // A revisit (a loop in the scenario) starts the step afresh; earlier attempts stay in the record.
            st.hasResult = false;
            st.stale = false;
            st.actionDone = false;
            st.actionOk = false;
        }
        st.status = StepState::Status::Active;
        if (!st.firstEntered.isValid())
            st.firstEntered = t;
    } else if (type == QLatin1String("step_completed")) {
        StepState& st = m_steps[id];
        st.status = StepState::Status::Done;
        if (e.contains(QLatin1String("answer")))
            st.answer = s(e, "answer");
        leave(id, t);
    } else if (type == QLatin1String("step_skipped")) {
        StepState& st = m_steps[id];
        st.status = StepState::Status::Skipped;
        st.skipReason = s(e, "reason");
        st.notApplicable = e.value(QLatin1String("not_applicable")).toBool();
        leave(id, t);
    } else if (type == QLatin1String("value_recorded")) {
        StepState& st = m_steps[id];
        if (e.value(QLatin1String("secret")).toBool()) {
            st.secretRecorded = true;
        } else {
            st.answer = s(e, "value");
            m_values.insert(s(e, "key"), st.answer);
        }
    } else if (type == QLatin1String("check_attempt")) {
        CheckAttempt a;
        a.attempt = e.value(QLatin1String("attempt")).toInt();
        a.status = checkStatusFromString(s(e, "status"));
        a.summary = s(e, "summary");
        a.evidence = e.value(QLatin1String("evidence")).toObject();
        a.at = t;
        m_steps[id].attempts << a;
    } else if (type == QLatin1String("check_result")) {
        StepState& st = m_steps[id];
        st.hasResult = true;
        st.stale = false;
        st.result = checkStatusFromString(s(e, "status"));
    } else if (type == QLatin1String("decision")) {
        m_steps[id].answer = s(e, "value");
        if (!s(e, "fact").isEmpty())
            m_facts.insert(s(e, "fact"), s(e, "value"));
    } else if (type == QLatin1String("action_refused")) {
        QStringList reasons;
        for (const QJsonValue& v : e.value(QLatin1String("reasons")).toArray())
            reasons << v.toString();
        m_steps[id].refusals = reasons;
    } else if (type == QLatin1String("action_result")) {
        StepState& st = m_steps[id];
        st.actionDone = true;
        st.actionOk = e.value(QLatin1String("ok")).toBool();
        st.actionSummary = s(e, "summary");
    } else if (type == QLatin1String("note")) {
        if (id.isEmpty())
            m_notes << s(e, "text");
        else
            m_steps[id].notes << s(e, "text");
    } else if (type == QLatin1String("operator")) {
        m_operator = s(e, "name");
    } else if (type == QLatin1String("resumed")) {
        ++m_resumes;
        m_enteredCurrent = t; // time while the program was down does not count as work on the step
        for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
            if (it->hasResult)
                it->stale = true;
        }
    } else if (type == QLatin1String("run_finished")) {
        leave(m_current, t);
        m_current.clear();
        m_outcome = s(e, "outcome");
        m_outcomeReason = s(e, "reason");
        m_finished = t;
    }
}

qint64 Run::totalMsecs() const
{
    if (!m_started.isValid())
        return 0;
    return m_started.msecsTo(m_finished.isValid() ? m_finished : m_last);
}

QJsonObject Run::toJson() const
{
    QJsonObject steps;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        const StepState& st = it.value();
        QJsonArray attempts;
        for (const CheckAttempt& a : st.attempts)
            attempts.append(QJsonObject{{QStringLiteral("attempt"), a.attempt},
                                        {QStringLiteral("status"), toString(a.status)},
                                        {QStringLiteral("summary"), a.summary},
                                        {QStringLiteral("evidence"), a.evidence},
                                        {QStringLiteral("at"), iso(a.at)}});
        QJsonObject o{{QStringLiteral("status"), statusName(st.status)},
                      {QStringLiteral("first_entered"), iso(st.firstEntered)},
                      {QStringLiteral("last_left"), iso(st.lastLeft)},
                      {QStringLiteral("active_ms"), st.activeMsecs},
                      {QStringLiteral("answer"), st.answer},
                      {QStringLiteral("secret_recorded"), st.secretRecorded},
                      {QStringLiteral("skip_reason"), st.skipReason},
                      {QStringLiteral("not_applicable"), st.notApplicable},
                      {QStringLiteral("attempts"), attempts},
                      {QStringLiteral("result"), st.hasResult ? toString(st.result) : QString()},
                      {QStringLiteral("stale"), st.stale},
                      {QStringLiteral("action_done"), st.actionDone},
                      {QStringLiteral("action_ok"), st.actionOk},
                      {QStringLiteral("action_summary"), st.actionSummary},
                      {QStringLiteral("refusals"), QJsonArray::fromStringList(st.refusals)},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(st.notes)}};
        steps.insert(it.key(), o);
    }
    QJsonObject facts, values;
    for (auto it = m_facts.begin(); it != m_facts.end(); ++it)
        facts.insert(it.key(), it.value());
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        values.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("run_id"), m_runId},
                       {QStringLiteral("scenario"), m_scenario},
                       {QStringLiteral("scenario_version"), m_scenarioVersion},
                       {QStringLiteral("definition"), m_definition},
                       {QStringLiteral("drill"), m_drill},
                       {QStringLiteral("operator"), m_operator},
                       {QStringLiteral("started"), iso(m_started)},
                       {QStringLiteral("finished"), iso(m_finished)},
                       {QStringLiteral("outcome"), m_outcome},
                       {QStringLiteral("reason"), m_outcomeReason},
                       {QStringLiteral("current"), m_current},
                       {QStringLiteral("history"), QJsonArray::fromStringList(m_history)},
                       {QStringLiteral("facts"), facts},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)},
                       {QStringLiteral("resumes"), m_resumes},
                       {QStringLiteral("total_ms"), totalMsecs()},
                       {QStringLiteral("steps"), steps}};
}

} // namespace dr::runbook
