#pragma once

#include "runbook/Plan.h"
#include "runbook/Run.h"
#include "support/IncidentComposer.h"

#include <QDateTime>

namespace dr::automation {

// What the run cannot know about the incident report: who reports it, for whom, how bad it is.
struct IncidentFromRunOptions
{
    QString inquirerName; // the run's operator when empty
    QString organization;
    support::Severity severity = support::Severity::Level2;
    QString incidentNumber; // a follow-up: "Incident# N" in the subject
};

// Pre-fills the vendor incident report (the guide's "Support Process" fields) from a run of the runbook:
//  - summary: the scenario title, and the first step whose check ended failed (after its retries) or whose
//    action was refused or failed;
//  - productVersion: the distinct "version" values of the check_health replies (api_health / api_role evidence
//    "reply" and "same_as_reply", as LiveCheckRunner writes them), in the order seen;
//  - errorMessages: the summaries of failed check attempts (Failed or Error), failed actions and refusals, in the
//    order the steps were entered, each once;
//  - reproductionSteps: the steps done, in the order first entered, each once: "yyyy-MM-dd HH:mm:ss UTC  title"
//    with the time the step was (last) left;
//  - actionsTakenPrior: the scenario and run that were followed, and the outcome of its actions;
//  - issueDuration: run start to nowUtc, worded by IncidentComposer::describeDuration;
//  - serverRoles: "appliance: role" from the failover_role of every check_health reply and get_appliances member
//    (the last role seen for each appliance).
// The Run holds no secret, so neither does the report.
support::IncidentReport incidentFromRun(const runbook::Plan& plan, const runbook::Run& run, const QDateTime& nowUtc,
                                        const IncidentFromRunOptions& options = {});

} // namespace dr::automation
