#include "support/IncidentComposer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dr::support {

class IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::IncidentComposer)
};

QString IncidentComposer::subject(const IncidentReport& report)
{
    QString s = severityName(report.severity);
    const QString summary = report.summary.simplified();
    if (!summary.isEmpty())
        s += QStringLiteral(": ") + summary;
    const QString number = normalizeIncidentNumber(report.incidentNumber);
    if (!number.isEmpty())
        s = QStringLiteral("Incident# ") + number + QStringLiteral(" - ") + s;
    return s;
}

// tr("%n item(s)", nullptr, n) without a loaded translation leaves "(s)": give the English plural then.
static QString plural(QString translated, qint64 n)
{
    return translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString IncidentComposer::describeDuration(qint64 seconds)
{
    if (seconds < 60)
        return IncidentText::tr("less than a minute");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    QStringList parts;
    if (days > 0)
        parts << plural(IncidentText::tr("%n day(s)", nullptr, int(days)), days);
    if (hours > 0)
        parts << plural(IncidentText::tr("%n hour(s)", nullptr, int(hours)), hours);
    if (minutes > 0)
        parts << plural(IncidentText::tr("%n minute(s)", nullptr, int(minutes)), minutes);
    return parts.join(QLatin1Char(' '));
}

static QString fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& p : paths)
        names << QFileInfo(p).fileName();
    return names.join(QLatin1Char('\n'));
}

ComposedMessage IncidentComposer::compose(const IncidentReport& r, const SupportAddresses& addresses)
{
    const QString notProvided = IncidentText::tr("(not provided)");
    const QString none = IncidentText::tr("(none)");
    ComposedMessage m;
    m.to << addresses.forRegion(r.region);
    m.subject = subject(r);
    m.attachments = r.logFiles + r.screenshots;

    QString b;
    if (!normalizeIncidentNumber(r.incidentNumber).isEmpty())
        b += composeField(IncidentText::tr("Incident"),
                          QStringLiteral("Incident# ") + normalizeIncidentNumber(r.incidentNumber), {});
    b += composeField(IncidentText::tr("Severity requested"),
                      severityName(r.severity) + QStringLiteral(" - ") + severityDescription(r.severity), {});
    b += QLatin1Char('\n');
    b += composeField(IncidentText::tr("Inquirer's Name"), r.inquirerName, notProvided);
    b += composeField(IncidentText::tr("Name of the organization"), r.organization, notProvided);
    b += composeField(IncidentText::tr("Bomgar product version"), r.productVersion, notProvided);
    b += composeField(IncidentText::tr("Specific error messages received"), r.errorMessages, notProvided);
    b += composeField(IncidentText::tr("Steps for reproducing the issue"), r.reproductionSteps, notProvided);
    b += composeField(IncidentText::tr("Actions taken prior to the incident"), r.actionsTakenPrior, notProvided);
    b += composeField(IncidentText::tr("Changes made to the Bomgar product"), r.changesMade, notProvided);
    b += composeField(IncidentText::tr("Length of time the issue has persisted"), r.issueDuration, notProvided);
    b += composeField(IncidentText::tr("Operating system"), r.operatingSystem, notProvided);
    b += composeField(IncidentText::tr("Assigned server roles"), r.serverRoles, notProvided);
    b += composeField(IncidentText::tr("Log files (attached)"), fileNames(r.logFiles), none);
    b += composeField(IncidentText::tr("Screen shots (attached)"), fileNames(r.screenshots), none);
    m.body = b;

    QStringList guidance;
    guidance << reportingGuidance(r.severity);
    if (r.severity == Severity::Level1)
        guidance << IncidentText::tr("Send this email to %1 now, then telephone Bomgar Support and give the "
                                     "subject line.")
                        .arg(addresses.general);
    if (normalizeIncidentNumber(r.incidentNumber).isEmpty())
        guidance << IncidentText::tr("Once Bomgar Support gives an incident number, record it: every later email "
                                     "must begin its subject with \"Incident# N\".");
    if (!m.attachments.isEmpty())
        guidance << plural(IncidentText::tr("Attach the %n listed file(s); a mailto: link cannot carry attachments, "
                                            "save an .eml file instead.",
                                            nullptr, int(m.attachments.size())),
                           m.attachments.size());
    m.guidance = guidance.join(QLatin1Char('\n'));
    return m;
}

} // namespace dr::support
