#pragma once

#include "common/Clock.h"
#include "runbook/CheckRunner.h"
#include "runbook/Plan.h"
#include "runbook/Run.h"
#include "runbook/RunJournal.h"

#include <QObject>

namespace dr::runbook {

// Walks a Plan: tells the consumer (wizard, CLI, drill runner) which step is current, takes the operator's
// answers, runs checks through the CheckRunner (with retries), guards the one action, and writes every event to
// the journal before the state changes. Steps whose applies_to does not match the run's facts are skipped as
// "not applicable"; includes are entered automatically; decisions on a check or on a known fact decide themselves.
class RunEngine : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        CheckRunner* checks = nullptr;
        ActionRunner* actions = nullptr;
        Scheduler* scheduler = nullptr;
        const Clock* clock = nullptr;
    };
    struct StartOptions
    {
        QString runId; // empty: a new UUID
        QString operatorName;
        bool drill = false;
        QMap<QString, QString> facts; // known up front (appliance_type, routing ...)
        QString journalPath;          // empty: no journal (preview only)
    };

    RunEngine(Plan plan, Services services, QObject* parent = nullptr);
    ~RunEngine() override;

    bool start(const StartOptions& options, QString* error);
    // Continues the run recorded in a journal. messages receives the replay's notes and errors.
    bool resume(const QString& journalPath, QString* error, QStringList* messages = nullptr);

    const Plan& plan() const { return m_plan; }
    const Run& run() const { return m_run; }
    const PlanStep* current() const;
    bool isBusy() const { return m_busy; }

    // Operator input. Each returns false and says why when it does not fit the current step.
    bool acknowledge(QString* error);                        // instruction/confirm done; continue after a check/action
    bool submitValue(const QString& value, QString* error);  // record step (not secret)
    bool submitSecret(const Secret& value, QString* error);  // record step marked secret: kept in memory only
    bool choose(const QString& optionValue, QString* error); // decision step
    bool runCheck(QString* error);                           // check step; see checkFinished
    bool skip(const QString& reason, QString* error);        // any step but a decision, with a reason
    bool addNote(const QString& text, QString* error);       // attached to the current step (or the run)
    bool setOperator(const QString& name, QString* error);   // hand-over
    bool abort(const QString& reason, QString* error);

    // The guarded action of the current step.
    QString actionAppliance() const;    // resolved appliance the action would change
    QString actionPrompt() const;       // the confirmation text naming it
    QStringList actionBlockers() const; // unmet preconditions (empty: the guard would let it through)
    bool executeAction(const ActionConfirmation& confirmation, QString* error); // see actionFinished

    // The checks the current step relies on that must be run (again) before going on: after a resume every
    // earlier result is stale (a role may have changed meanwhile); an action's unmet preconditions are listed too.
    QStringList staleChecks() const;
    bool reverify(QString* error);

    // ${key} replaced by the recorded value; unresolved keys are listed in missing.
    QString resolve(const QString& text, QStringList* missing = nullptr) const;

signals:
    void stepChanged(const QString& stepId);
    void checkAttempted(const QString& stepId, int attempt, bool passed);
    void checkFinished(const QString& stepId, bool passed);
    void actionFinished(const QString& stepId, bool ok);
    void reverified(bool allPassed);
    void runFinished(const QString& outcome);
    void journalError(const QString& message);

private:
    bool record(QJsonObject event);
    void enter(QString id);
    bool applies(const PlanStep& ps, QString* why) const;
    bool expect(StepKind kind, QString* error) const;
    void startCheck(const QString& stepId, std::function<void(bool)> done);
    void attempt(const QString& stepId, int n, std::function<void(bool)> done);
    void finish(const QString& outcome, const QString& reason);
    bool usedByDecision(const QString& checkId) const;
    void reverifyNext(std::shared_ptr<QStringList> remaining, std::shared_ptr<bool> allPassed);

    Plan m_plan;
    Services m_services;
    Run m_run;
    RunJournal m_journal;
    QMap<QString, Secret> m_secrets;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive;
};

} // namespace dr::runbook
