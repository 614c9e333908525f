#pragma once

#include <QString>

#include <optional>

namespace dr::support {

// The guide's severity table (Support Process).
enum class Severity : int {
    Level1 = 1, // production system down and inoperable; no restart, bypass or workaround solves it
    Level2 = 2, // production operational but impacted; a workaround exists for core functionality
    Level3 = 3, // cosmetic impairment, enhancement request, request for general information
};

std::optional<Severity> severityFromInt(int level);
int toInt(Severity s);

// Maximum target times, in business minutes (guide: "Response times are based on normal business hours").
int firstResponseMinutes(Severity s);                   // 30, 1440, 1440
std::optional<int> customerResponseMinutes(Severity s); // 30, 1440, none for level 3

QString severityName(Severity s);        // "Severity Level 1"
QString severityDescription(Severity s); // the guide's "Basic Description"
QString reportingGuidance(Severity s);   // the guide's "Reporting and Response" for the operator

// Answers to the questions that decide the level, as the table asks them.
struct SeverityAnswers
{
    bool productionDown = false;            // production system down and inoperable?
    bool restartBypassOrWorkaround = false; // does a restart, a bypass or a workaround get it working?
    bool productionImpacted = false;        // operational but impacted in documented functionality?
    // Anything else (cosmetic impairment, enhancement, general information) is level 3.
};

struct SeverityAssessment
{
    Severity severity;
    QString reason; // translated, one sentence quoting the matching row of the table
};

// Level 1: down, and no restart/bypass/workaround helps. Level 2: down but a restart/bypass/workaround
// keeps production going, or operational but impacted. Level 3: everything else.
SeverityAssessment assessSeverity(const SeverityAnswers& answers);

} // namespace dr::support
