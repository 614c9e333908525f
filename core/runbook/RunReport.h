#pragma once

#include "runbook/Plan.h"
#include "runbook/Run.h"

namespace dr::runbook {

// The report of a run (or a drill), rendered from the Plan and the Run state rebuilt from the journal: who, when,
// the time to recovery, and per step its outcome, time spent, recorded value or choice, every check attempt with
// its evidence, refusals of the guarded action, skips with their reasons and notes. Drills are marked DRILL.
// Secret values are not in the Run, so they cannot be in the report.
// A step's outcome in words ("done", "skipped", "not applicable", ...), shared by every report format.
QString stepStatusText(const StepState& st);

class RunReport
{
public:
    static QString toHtml(const Plan& plan, const Run& run);
    // The two halves of toHtml: the run's summary (title, who, when, outcome, time to recovery, run notes) and
    // the per-step details, for documents that put something (a timeline) in between.
    static QString summaryHtml(const Plan& plan, const Run& run);
    static QString stepsHtml(const Plan& plan, const Run& run);
    static QString toText(const Plan& plan, const Run& run);
    static QString duration(qint64 msecs); // "1 h 02 min 03 s"
};

} // namespace dr::runbook
