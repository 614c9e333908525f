#include "support/Severity.h"

#include <QCoreApplication>

namespace dr::support {

class SeverityText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::Severity)
};

std::optional<Severity> severityFromInt(int level)
{
    if (level < 1 || level > 3)
        return std::nullopt;
    return static_cast<Severity>(level);
}

int toInt(Severity s)
{
    return static_cast<int>(s);
}

int firstResponseMinutes(Severity s)
{
    return s == Severity::Level1 ? 30 : 24 * 60;
}

std::optional<int> customerResponseMinutes(Severity s)
{
    switch (s) {
    case Severity::Level1:
        return 30;
    case Severity::Level2:
        return 24 * 60;
    case Severity::Level3:
        break;
    }
    return std::nullopt;
}

QString severityName(Severity s)
{
    return QCoreApplication::translate("dr::support::Severity", "Severity Level %1").arg(toInt(s));
}

QString severityDescription(Severity s)
{
    switch (s) {
    case Severity::Level1:
        return SeverityText::tr(
            "Production system down and inoperable. The issue cannot be solved by a restart, a bypass, or a "
            "workaround.");
    case Severity::Level2:
        return SeverityText::tr("Production system is operational but impacted due to issue with documented product "
                                "functionality. Workaround exists for core product functionality.");
    case Severity::Level3:
        break;
    }
    return SeverityText::tr(
        "Cosmetic impairment. Limited impact to use of system. No immediate resolution required. Request for "
        "enhancements. Request for general information.");
}

QString reportingGuidance(Severity s)
{
    switch (s) {
    case Severity::Level1:
        return SeverityText::tr(
            "Severity Level 1 must be documented by email and followed up by a telephone call: the guide "
            "recommends a detailed email to support@bomgar.com followed by a telephone call. Maximum target "
            "time for First Response and for Customer Response is 30 minutes (business hours).");
    case Severity::Level2:
        return SeverityText::tr(
            "Severity Level 2 must be reported by email to document the issue and may be followed up by "
            "telephone. Maximum target time for First Response and for Customer Response is 24 hours "
            "(business hours).");
    case Severity::Level3:
        break;
    }
    return SeverityText::tr(
        "Severity Level 3 must be reported by email. Maximum target time for First Response is 24 hours "
        "(business hours).");
}

SeverityAssessment assessSeverity(const SeverityAnswers& answers)
{
    if (answers.productionDown && !answers.restartBypassOrWorkaround)
        return {Severity::Level1, SeverityText::tr("Production system down and inoperable, and no restart, bypass or "
                                                   "workaround solves it: Severity Level 1.")};
    if (answers.productionDown)
        return {Severity::Level2,
                SeverityText::tr("Production system runs thanks to a restart, bypass or workaround but is "
                                 "impacted: Severity Level 2.")};
    if (answers.productionImpacted)
        return {Severity::Level2,
                SeverityText::tr("Production system is operational but impacted, and a workaround exists: "
                                 "Severity Level 2.")};
    return {Severity::Level3,
            SeverityText::tr("Cosmetic impairment, enhancement request or request for general information: "
                             "Severity Level 3.")};
}

} // namespace dr::support
