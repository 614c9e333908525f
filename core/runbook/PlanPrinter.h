#pragma once

#include "runbook/Plan.h"

namespace dr::runbook {

// The printed checklist of a scenario (the binder in the rack), rendered from the same Plan the wizard walks:
// numbered steps, boxes to tick, blanks for recorded values, the branches of each decision with the step they
// lead to, warnings and notes, what each automated check verifies and how the guarded action is guarded.
// HTML for QTextDocument / QPrinter in the UI; plain text for the CLI.
class PlanPrinter
{
public:
    struct Options
    {
        // A site's own values: record key -> value fills that record's blank (and names the value where a
        // check or the action refers to it); decision fact -> option value ticks that option. Secret records are
        // never filled in.
        QMap<QString, QString> site;
        // Paper: a "Time / Initials" blank under every step one ticks, answers or checks.
        bool handwriting = false;
    };

    static QString toHtml(const Plan& plan) { return toHtml(plan, Options()); }
    static QString toText(const Plan& plan) { return toText(plan, Options()); }
    static QString toHtml(const Plan& plan, const Options& options);
    static QString toText(const Plan& plan, const Options& options);
    // Human wording of a step's applies_to ("Only if DNS swing."), using the labels of the decision that sets
    // the fact when the plan has one; empty when the step always applies.
    static QString conditionText(const Plan& plan, const Step& step);
};

} // namespace dr::runbook
