// drrunbook-cli report: the report of a run or drill, from its journal, as PDF or self-contained HTML.
#include "CliCommand.h"

#include "print/PdfBook.h"
#include "print/RunReportDocument.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

using namespace dr::cli;
using namespace dr::print;
using namespace dr::runbook;

class ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(ReportCli)
};

int usage(const QString& message)
{
    err() << "drrunbook-cli report: " << message << "\n"
          << ReportCli::tr("Usage: drrunbook-cli report RUN --out FILE.pdf|FILE.html [--page-size A4|Letter] "
                           "[--tz ZONE]\n"
                           "  RUN        the run's journal file (.jsonl)\n"
                           "  --tz ZONE  IANA time zone of the timeline; default the system's\n");
    err().flush();
    return ExitUsage;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOpt(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption sizeOpt(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"),
                                     QStringLiteral("A4"));
    const QCommandLineOption tzOpt(QStringLiteral("tz"), QString(), QStringLiteral("ZONE"));
    parser.addOptions({outOpt, sizeOpt, tzOpt});
    if (!parser.parse(QStringList{QStringLiteral("report")} + args))
        return usage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usage(ReportCli::tr("give exactly one run journal file"));
    if (!parser.isSet(outOpt))
        return usage(ReportCli::tr("--out FILE.pdf or FILE.html is required"));
    const QString out = parser.value(outOpt);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return usage(ReportCli::tr("--out must end in .pdf or .html, not '%1'").arg(out));
    RunReportDocument::Options options;
    if (!parsePageSize(parser.value(sizeOpt), &options.pageSize))
        return usage(ReportCli::tr("--page-size must be A4 or Letter, not '%1'").arg(parser.value(sizeOpt)));
    if (parser.isSet(tzOpt)) {
        options.zone = QTimeZone(parser.value(tzOpt).toUtf8());
        if (!options.zone.isValid())
            return usage(ReportCli::tr("unknown time zone '%1': use an IANA name such as Europe/Berlin")
                             .arg(parser.value(tzOpt)));
    }

    const QString journal = parser.positionalArguments().first();
    const RunJournal::Replay replay = RunJournal::replay(journal);
    if (!replay.readable || replay.events.isEmpty()) {
        err() << ReportCli::tr("Cannot read the run journal %1 (%2): give the .jsonl file of a run.\n")
                     .arg(journal, replay.errors.isEmpty() ? ReportCli::tr("no events")
                                                           : replay.errors.join(QStringLiteral("; ")));
        return ExitUnreadable;
    }
    for (const QString& note : replay.notes)
        err() << ReportCli::tr("Note: %1\n").arg(note);
    for (const QString& e : replay.errors)
        err() << ReportCli::tr("Warning: %1 (the report may be incomplete)\n").arg(e);
    const Run state = Run::fromEvents(replay.events);
    const ScenarioLibrary library = ScenarioLibrary::builtin();
    QStringList planErrors;
    const Plan plan = library.plan(state.scenarioId(), &planErrors);
    if (!plan.isValid()) {
        err() << ReportCli::tr("The run's scenario '%1' is not in this version of the app (%2): use the version "
                               "the run was made with.\n")
                     .arg(state.scenarioId(), planErrors.join(QStringLiteral("; ")));
        return ExitFailure;
    }
    QString error;
    const bool ok = suffix == QLatin1String("pdf") ? RunReportDocument::writePdf(plan, state, options, out, &error)
                                                   : RunReportDocument::writeHtml(plan, state, options, out, &error);
    if (!ok) {
        err() << error << "\n";
        return ExitFailure;
    }
    dr::cli::out() << ReportCli::tr("Wrote %1\n").arg(out);
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("report", "report RUN --out FILE.pdf|FILE.html",
               QT_TRANSLATE_NOOP("cli", "Write the report of a run (PDF or HTML) from its journal."), run);
