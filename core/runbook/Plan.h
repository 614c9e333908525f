#pragma once

#include "runbook/Scenario.h"

#include <memory>

namespace dr::runbook {

// A scenario with its includes expanded in place: the single model the wizard, the printed checklist, the drill
// and the run report all read. Step ids are qualified by the include step they sit under ("repair_certs/import"),
// so they stay stable as long as the files' ids do. Targets are resolved; an empty id means "end of the run".
struct PlanStep
{
    QString id;                 // qualified id
    const Step* step = nullptr; // the definition (owned by the library the plan came from)
    const Scenario* file = nullptr;
    int depth = 0;                  // include nesting (0 = the scenario itself), for indentation when printing
    QString next;                   // where the run goes after this step (decisions: see targets)
    QString skipTo;                 // where it goes when the step is skipped (an include: past the procedure)
    QMap<QString, QString> targets; // decision option value -> qualified step id ("" = end)
    QStringList preconditions;      // action: qualified ids of the check steps that guard it
    QString fromCheck;              // decision on a check: qualified id of that check
    QString baselineStep;           // connected_count_increases: qualified id of the baseline check
};

class Plan
{
public:
    Plan() = default;
    Plan(std::shared_ptr<const void> owner, const Scenario* scenario, QList<PlanStep> steps);

    bool isValid() const { return m_scenario != nullptr; }
    const Scenario& scenario() const { return *m_scenario; }
    const QList<PlanStep>& steps() const { return m_steps; }
    const PlanStep* find(const QString& qualifiedId) const;
    int indexOf(const QString& qualifiedId) const;
    const PlanStep* first() const { return m_steps.isEmpty() ? nullptr : &m_steps.first(); }
    // Identifies the definition a run follows: SHA-256 over the id, version and sha256 of every file the plan was
    // expanded from (the scenario and its procedures, in plan order). Journaled when a run starts; a resume
    // with another definition is refused.
    QString definitionHash() const;
    // Keys recorded by record steps of the plan.
    QStringList recordKeys() const;
    const PlanStep* recordStepFor(const QString& key) const;

private:
    std::shared_ptr<const void> m_owner; // keeps the library's scenarios alive
    const Scenario* m_scenario = nullptr;
    QList<PlanStep> m_steps;
};

} // namespace dr::runbook
