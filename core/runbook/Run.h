#pragma once

#include "runbook/CheckRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace dr::runbook {

struct CheckAttempt
{
    int attempt = 0;
    CheckResult::Status status = CheckResult::Status::Error;
    QString summary;
    QJsonObject evidence;
    QDateTime at;
};

struct StepState
{
    enum class Status { Pending, Active, Done, Skipped };
    Status status = Status::Pending;
    QDateTime firstEntered;
    QDateTime lastLeft;
    qint64 activeMsecs = 0;      // summed over every visit
    QString answer;              // recorded value (not for secrets), decision value, "confirmed"
    bool secretRecorded = false; // a secret value was entered (it is never stored here)
    QString skipReason;
    bool notApplicable = false;
    QList<CheckAttempt> attempts;
    bool hasResult = false; // a check finished (after its retries)
    CheckResult::Status result = CheckResult::Status::Error;
    bool stale = false; // the run was resumed since: re-verify before relying on it
    bool actionDone = false;
    bool actionOk = false;
    QString actionSummary;
    QStringList refusals; // why the action was refused, last refusal
    QStringList notes;
};

// The state of one run of a scenario. It is only ever changed by apply(event): the engine applies each event
// as it journals it, and a resume applies the journal's events, so both end in the same state.
class Run
{
public:
    void apply(const QJsonObject& event);
    static Run fromEvents(const QList<QJsonObject>& events);

    QString runId() const { return m_runId; }
    QString scenarioId() const { return m_scenario; }
    int scenarioVersion() const { return m_scenarioVersion; }
    QString definitionHash() const { return m_definition; } // Plan::definitionHash() when it started (may be empty)
    bool isDrill() const { return m_drill; }
    QString operatorName() const { return m_operator; }
    bool isStarted() const { return m_started.isValid(); }
    bool isFinished() const { return !m_outcome.isEmpty(); }
    QString outcome() const { return m_outcome; } // completed | aborted, empty while running
    QString outcomeReason() const { return m_outcomeReason; }
    QDateTime startedAt() const { return m_started; }
    QDateTime finishedAt() const { return m_finished; }
    qint64 totalMsecs() const; // start to finish (or to the last event): time to recovery
    QString currentStep() const { return m_current; }
    QStringList history() const { return m_history; } // steps in the order they were entered
    QMap<QString, QString> facts() const { return m_facts; }
    QMap<QString, QString> values() const { return m_values; } // recorded values by key (never secrets)
    StepState step(const QString& id) const { return m_steps.value(id); }
    const QMap<QString, StepState>& steps() const { return m_steps; }
    QStringList notes() const { return m_notes; } // run-level notes
    int resumeCount() const { return m_resumes; }
    int eventCount() const { return m_events; }
    QDateTime lastEventAt() const { return m_last; }

    // The whole state as JSON (for the run report, and to compare a resumed run with the original).
    QJsonObject toJson() const;

private:
    void leave(const QString& id, const QDateTime& t);

    QString m_runId, m_scenario, m_definition, m_operator, m_outcome, m_outcomeReason, m_current;
    int m_scenarioVersion = 0, m_resumes = 0, m_events = 0;
    bool m_drill = false;
    QDateTime m_started, m_finished, m_last, m_enteredCurrent;
    QStringList m_history, m_notes;
    QMap<QString, QString> m_facts, m_values;
    QMap<QString, StepState> m_steps;
};

} // namespace dr::runbook
