// drrunbook-cli support-clock: when the vendor's first response is due, in the operator's zone and US Central.
#include "CliCommand.h"

#include "support/ResponseClock.h"
#include "support/SupportCalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace dr::support;
using namespace dr::cli;

class SupportClockCli
{
    Q_DECLARE_TR_FUNCTIONS(SupportClockCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli support-clock: " << message << "\n"
          << SupportClockCli::tr(
                 "Usage: drrunbook-cli support-clock --severity 1|2|3 [--at TIME] [--tz ZONE] [--json]\n"
                 "  --at    when the incident was reported, ISO 8601 (e.g. 2026-11-25T08:30 or "
                 "2026-11-25T08:30:00+01:00); default now\n"
                 "  --tz    your IANA time zone (e.g. Europe/Berlin); default the system's\n");
    err().flush();
    return ExitUsage;
}

QJsonObject moment(const QDateTime& t, const QTimeZone& local)
{
    return QJsonObject{{QStringLiteral("utc"), t.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("local"), t.toTimeZone(local).toString(Qt::ISODate)},
                       {QStringLiteral("central"), t.toTimeZone(SupportCalendar::timeZone()).toString(Qt::ISODate)}};
}

QString both(const QDateTime& t, const QTimeZone& local)
{
    if (local.id() == SupportCalendar::timeZone().id())
        return ResponseClock::format(t, local);
    return SupportClockCli::tr("%1  |  US Central: %2")
        .arg(ResponseClock::format(t, local), ResponseClock::format(t, SupportCalendar::timeZone()));
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption severityOpt(QStringLiteral("severity"), QString(), QStringLiteral("N"));
    const QCommandLineOption atOpt(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption tzOpt(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    parser.addOptions({severityOpt, atOpt, tzOpt, jsonOpt});
    if (!parser.parse(QStringList{QStringLiteral("support-clock")} + args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(SupportClockCli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(severityOpt))
        return usage(SupportClockCli::tr("--severity is required"));
    bool ok = false;
    const std::optional<Severity> severity = severityFromInt(parser.value(severityOpt).toInt(&ok));
    if (!ok || !severity)
        return usage(SupportClockCli::tr("--severity must be 1, 2 or 3, not '%1'").arg(parser.value(severityOpt)));

    QTimeZone local = QTimeZone::systemTimeZone();
    if (parser.isSet(tzOpt)) {
        local = QTimeZone(parser.value(tzOpt).toUtf8());
        if (!local.isValid())
            return usage(SupportClockCli::tr("unknown time zone '%1': use an IANA name such as Europe/Berlin")
                             .arg(parser.value(tzOpt)));
    }
    if (!SupportCalendar::timeZone().isValid()) {
        err() << SupportClockCli::tr("The time zone America/Chicago is missing from this system's time zone "
                                     "database: install the tzdata package.\n");
        return ExitFailure;
    }

    const SupportCalendar calendar;
    QDateTime at = calendar.now();
    if (parser.isSet(atOpt)) {
        at = QDateTime::fromString(parser.value(atOpt), Qt::ISODateWithMs);
        if (!at.isValid())
            return usage(SupportClockCli::tr("--at '%1' is not an ISO 8601 time such as 2026-11-25T08:30")
                             .arg(parser.value(atOpt)));
        if (at.timeSpec() == Qt::LocalTime) // no offset given: a wall-clock time in the operator's zone
            at = QDateTime(at.date(), at.time(), local);
    }

    const ResponseClock clock(calendar);
    const ResponseDeadline d = clock.firstResponse(*severity, at);
    const bool deferred = d.receivedAt != d.reportedAt;
    const bool openNow = calendar.isOpenNow();
    const QDateTime nextOpening = calendar.nextOpening();
    const QDateTime closesAt = calendar.closesAt(calendar.now().toTimeZone(SupportCalendar::timeZone()).date());
    const std::optional<int> customer = customerResponseMinutes(*severity);

    if (parser.isSet(jsonOpt)) {
        QJsonObject o{
            {QStringLiteral("severity"), toInt(*severity)},
            {QStringLiteral("severityName"), severityName(*severity)},
            {QStringLiteral("firstResponseMinutes"), d.targetMinutes},
            {QStringLiteral("customerResponseMinutes"), customer ? QJsonValue(*customer) : QJsonValue()},
            {QStringLiteral("operatorTimeZone"), QString::fromUtf8(local.id())},
            {QStringLiteral("reportedAt"), moment(d.reportedAt, local)},
            {QStringLiteral("receivedAt"), moment(d.receivedAt, local)},
            {QStringLiteral("receivedAtNextOpening"), deferred},
            {QStringLiteral("firstResponseDeadline"), moment(d.deadline, local)},
            {QStringLiteral("now"), moment(calendar.now(), local)},
            {QStringLiteral("supportOpenNow"), openNow},
            {QStringLiteral("nextOpening"), moment(nextOpening, local)},
        };
        if (openNow)
            o.insert(QStringLiteral("closesAt"), moment(closesAt, local));
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    out() << SupportClockCli::tr("%1: first response within %2 business minutes.\n")
                 .arg(severityName(*severity))
                 .arg(d.targetMinutes);
    out() << SupportClockCli::tr("Reported:            %1\n").arg(both(d.reportedAt, local));
    out() << SupportClockCli::tr("Received:            %1\n").arg(both(d.receivedAt, local));
    if (deferred)
        out() << SupportClockCli::tr("                     (outside support hours: received at the start of the "
                                     "next business day)\n");
    out() << SupportClockCli::tr("First response due:  %1\n").arg(both(d.deadline, local));
    if (openNow)
        out() << SupportClockCli::tr("Support is open now, until %1.\n").arg(both(closesAt, local));
    else
        out() << SupportClockCli::tr("Support is closed now (hours: 2:00 AM to 7:00 PM US Central, Monday to Friday, "
                                     "except holidays).\n");
    out() << SupportClockCli::tr("Next opening:        %1\n").arg(both(nextOpening, local));
    out() << reportingGuidance(*severity) << "\n";
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("support-clock", "support-clock --severity N [--at TIME] [--tz ZONE] [--json]",
               QT_TRANSLATE_NOOP("cli", "The vendor's first-response deadline for a severity, in business hours."),
               run);
