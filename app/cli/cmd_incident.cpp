// drrunbook-cli incident: the vendor incident report, pre-filled from a run's journal, printed to copy and
// optionally saved as an .eml draft.
#include "CliCommand.h"

#include "automation/IncidentFromRun.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"
#include "support/MailWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace {

using namespace dr::cli;
using namespace dr::runbook;

class IncidentCli
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli incident: " << message << "\n"
          << IncidentCli::tr("Usage: drrunbook-cli incident --run JOURNAL [--severity 1|2|3] [--name NAME] "
                             "[--organization ORG] [--incident N] [--eml FILE]\n"
                             "  --run JOURNAL   the run's journal file (.jsonl)\n"
                             "  --severity N    the guide's severity level; default 2\n"
                             "  --name NAME     the inquirer; default the run's operator\n"
                             "  --incident N    the vendor's incident number, for a follow-up\n"
                             "  --eml FILE      also save the message as an .eml draft\n");
    err().flush();
    return ExitUsage;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption runOpt(QStringLiteral("run"), QString(), QStringLiteral("JOURNAL"));
    const QCommandLineOption sevOpt(QStringLiteral("severity"), QString(), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption orgOpt(QStringLiteral("organization"), QString(), QStringLiteral("ORG"));
    const QCommandLineOption incOpt(QStringLiteral("incident"), QString(), QStringLiteral("N"));
    const QCommandLineOption emlOpt(QStringLiteral("eml"), QString(), QStringLiteral("FILE"));
    parser.addOptions({runOpt, sevOpt, nameOpt, orgOpt, incOpt, emlOpt});
    if (!parser.parse(QStringList{QStringLiteral("incident")} + args))
        return usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usage(IncidentCli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(runOpt))
        return usage(IncidentCli::tr("--run JOURNAL is required"));

    dr::automation::IncidentFromRunOptions options;
    bool numeric = false;
    const auto severity = dr::support::severityFromInt(parser.value(sevOpt).toInt(&numeric));
    if (!numeric || !severity)
        return usage(IncidentCli::tr("--severity must be 1, 2 or 3, not '%1'").arg(parser.value(sevOpt)));
    options.severity = *severity;
    options.inquirerName = parser.value(nameOpt);
    options.organization = parser.value(orgOpt);
    options.incidentNumber = parser.value(incOpt);
    if (parser.isSet(incOpt) && dr::support::normalizeIncidentNumber(options.incidentNumber).isEmpty())
        return usage(IncidentCli::tr("--incident needs the incident number, e.g. 40100"));

    const QString journal = parser.value(runOpt);
    const RunJournal::Replay replay = RunJournal::replay(journal);
    if (!replay.readable || replay.events.isEmpty()) {
        err() << IncidentCli::tr("Cannot read the run journal %1 (%2): give the .jsonl file of a run.\n")
                     .arg(journal, replay.errors.isEmpty() ? IncidentCli::tr("no events")
                                                           : replay.errors.join(QStringLiteral("; ")));
        return ExitUnreadable;
    }
    for (const QString& e : replay.errors)
        err() << IncidentCli::tr("Warning: %1 (the report may be incomplete: check it before sending)\n").arg(e);
    const Run state = Run::fromEvents(replay.events);
    const ScenarioLibrary library = ScenarioLibrary::builtin();
    QStringList planErrors;
    const Plan plan = library.plan(state.scenarioId(), &planErrors);
    if (!plan.isValid()) {
        err() << IncidentCli::tr("The run's scenario '%1' is not in this version of the app (%2): use the version "
                                 "the run was made with.\n")
                     .arg(state.scenarioId(), planErrors.join(QStringLiteral("; ")));
        return ExitFailure;
    }

    const dr::support::IncidentReport report =
        dr::automation::incidentFromRun(plan, state, QDateTime::currentDateTimeUtc(), options);
    const dr::support::ComposedMessage message = dr::support::IncidentComposer::compose(report);
    dr::cli::out() << message.clipboardText() << "\n";
    dr::cli::out().flush();
    err() << IncidentCli::tr("To: %1\n").arg(message.to.join(QStringLiteral(", ")));
    if (!message.cc.isEmpty())
        err() << IncidentCli::tr("Cc: %1\n").arg(message.cc.join(QStringLiteral(", ")));
    if (!message.guidance.isEmpty())
        err() << message.guidance << "\n";
    if (parser.isSet(emlOpt)) {
        QString error;
        if (!dr::support::MailWriter::save(parser.value(emlOpt), message, {}, &error)) {
            err() << IncidentCli::tr("Could not save %1: %2 Choose a folder you can write to.\n")
                         .arg(parser.value(emlOpt), error);
            return ExitFailure;
        }
        err() << IncidentCli::tr("Wrote %1 (open it in your mail client to send it).\n").arg(parser.value(emlOpt));
    }
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("incident", "incident --run JOURNAL [--severity N] [--eml FILE]",
               QT_TRANSLATE_NOOP("cli", "Print the vendor's incident report, pre-filled from a run's journal."), run);
