#pragma once

#include "support/ComposedMessage.h"
#include "support/Severity.h"
#include "support/SupportAddresses.h"

#include <QString>
#include <QStringList>

namespace dr::support {

// Every item the guide's "Support Process" asks to include, plus what the message needs around them.
struct IncidentReport
{
    Severity severity = Severity::Level2;
    QString summary;        // one line, used in the subject
    QString incidentNumber; // set for follow-ups: the subject then begins with "Incident# N"
    SupportRegion region = SupportRegion::General;

    QString inquirerName;      // Inquirer's Name
    QString organization;      // Name of the organization
    QString productVersion;    // Bomgar product version (e.g. from check_health)
    QString errorMessages;     // Specific error messages received
    QString reproductionSteps; // Steps for reproducing the issue
    QString actionsTakenPrior; // Actions taken prior to the incident
    QString changesMade;       // Changes made to the Bomgar product (network environment, workstation, ...)
    QString issueDuration;     // Length of time the issue has persisted (see describeDuration)
    QString operatingSystem;   // Operating system (if software-related)
    QString serverRoles;       // Assigned server roles (if server-related)
    QStringList logFiles;      // Log files (paths, attached)
    QStringList screenshots;   // Screen shots (paths, attached)
};

class IncidentComposer
{
public:
    // Subject, body, recipients (the region's address), attachments (logs then screenshots) and the
    // operator guidance for the severity (level 1: detailed email followed by a telephone call).
    static ComposedMessage compose(const IncidentReport& report, const SupportAddresses& addresses = {});
    // New incident: "Severity Level N: summary". Follow-up: "Incident# 40100 - Severity Level N: summary".
    static QString subject(const IncidentReport& report);
    // "2 days 3 hours 5 minutes" (translated; "less than a minute" under 60 s).
    static QString describeDuration(qint64 seconds);
};

} // namespace dr::support
