#pragma once

#include "runbook/Step.h"

namespace dr::runbook {

// One scenario file: a guided recovery (kind "scenario") or a shared procedure that scenarios include
// (kind "procedure": certificate restore, /login restore, support call, RMA ...).
struct Scenario
{
    static constexpr int kSchemaVersion = 1;

    QString fileName; // where it was loaded from, for messages
    QString id;
    bool procedure = false;
    int version = 1; // bumped whenever the content changes; journaled with each run
    QString title;   // translatable
    QString summary; // translatable
    QString source;  // guide section(s), for review
    QString sha256;  // of the file's JSON in canonical form (keys sorted, compact): what the run journal names
    QList<Step> steps;

    const Step* step(const QString& stepId) const
    {
        for (const Step& s : steps) {
            if (s.id == stepId)
                return &s;
        }
        return nullptr;
    }
    int indexOf(const QString& stepId) const
    {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == stepId)
                return i;
        }
        return -1;
    }
};

} // namespace dr::runbook
