#pragma once

#include "common/Secret.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>

namespace dr::runbook {

class RunEngine;

// Drives a RunEngine without a human: headless drills, dry runs and tests. Decisions take the scripted choice
// (else the first option), records take the scripted value (else a valid example), confirmations are given,
// the action is confirmed with the appliance it names, and a check that fails for good is skipped with a reason
// unless a decision reads it (or, with stopOnFailedCheck, stops the pilot there with the check's summary).
// Works with synchronous and asynchronous runners: it waits for the engine's signals.
// In a drill against the lab, operatorSteps play the operator's hands: what a person does at that step (swing the
// DNS, power an appliance on, import a certificate in the web interface) is done before the step is answered.
class AutoPilot : public QObject
{
    Q_OBJECT
public:
    struct Script
    {
        QMap<QString, QString> choices;    // qualified decision step id -> option value
        QMap<QString, QString> values;     // record key -> value
        QMap<QString, QByteArray> secrets; // secret record key -> value
        QString stopBefore;                // qualified step id: pause when it becomes current
        int maxSteps = 2000;               // guards against a loop in a scenario
        bool stopOnFailedCheck = false;    // a check that did not pass stops the pilot instead of being skipped
        // Qualified step id -> what the operator does there, called each time the step becomes current, before
        // the pilot answers it; the pilot waits until `done` is called (at once or later, exactly once).
        QMap<QString, std::function<void(std::function<void()> done)>> operatorSteps;
    };

    AutoPilot(RunEngine* engine, Script script, QObject* parent = nullptr);

    void drive(); // go until the run ends, stopBefore is reached, or something blocks
    bool isStopped() const { return m_stopped; }
    QString problem() const { return m_problem; }                    // why it stopped early, empty if it did not
    QSet<QString> executed() const { return m_executed; }            // steps it answered, checked or acted on
    QStringList operatorStepsDone() const { return m_operatorDone; } // operatorSteps played, in order
    // Changes a scripted value from now on (an operator step that changed what the operator will read next).
    void setValue(const QString& key, const QString& value) { m_script.values.insert(key, value); }

signals:
    void stopped();

private:
    void stepOnce();
    void fail(const QString& why);

    RunEngine* m_engine;
    Script m_script;
    bool m_stopped = false;
    bool m_waiting = false;
    bool m_inDrive = false;
    int m_steps = 0;
    QString m_problem;
    QString m_reverifiedFor;
    qsizetype m_operatorVisit = -1; // history length when the current step's operator step was played
    QStringList m_operatorDone;
    std::function<void()> m_resume;
    QSet<QString> m_executed;
};

} // namespace dr::runbook
