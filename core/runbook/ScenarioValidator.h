#pragma once

#include "runbook/Scenario.h"

namespace dr::runbook {

// Checks of one file beyond its syntax: targets exist, decisions are well formed, every step is reachable,
// actions are guarded by earlier check steps, **label** markup is balanced. Messages name file and step.
class ScenarioValidator
{
public:
    static QStringList validate(const Scenario& scenario);
    // The ${key} references in a step's check parameters and action appliance.
    static QStringList variablesOf(const Step& step);
    // Ids reachable from the first step, following fall-through, next and decision targets.
    static QStringList reachable(const Scenario& scenario);
};

} // namespace dr::runbook
