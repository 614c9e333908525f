#include "print/RunReportDocument.h"

#include "common/AtomicWrite.h"
#include "print/PdfBook.h"
#include "runbook/RichText.h"
#include "runbook/RunReport.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QSet>

namespace dr::print {
namespace {

using runbook::StepState;

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::RunReportDocument", s);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString status(const StepState& st)
{
    // On paper a skipped step must stand out without colour: capitals.
    const QString text = runbook::stepStatusText(st);
    return st.status == StepState::Status::Skipped && !st.notApplicable ? text.toUpper() : text;
}

QString timeline(const runbook::Plan& plan, const runbook::Run& run, const QTimeZone& zone)
{
    const QDateTime start = run.startedAt().toTimeZone(zone);
    const QDateTime end = (run.finishedAt().isValid() ? run.finishedAt() : run.lastEventAt()).toTimeZone(zone);
    // A run within one day shows the times only, its date in the column heading.
    const bool oneDay = start.isValid() && end.isValid() && start.date() == end.date();
    auto when = [&](const QDateTime& t) {
        return !t.isValid() ? QStringLiteral("-")
                            : t.toTimeZone(zone).toString(oneDay ? QStringLiteral("HH:mm:ss")
                                                                 : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QString zoneName = start.isValid() ? start.timeZoneAbbreviation() : QString::fromUtf8(zone.id());
    const QString note = oneDay ? tr("All times on %1, in %2.").arg(start.date().toString(Qt::ISODate), zoneName)
                                : tr("All times in %1.").arg(zoneName);
    QString rows =
        QStringLiteral("<thead><tr><th width=\"5%\">#</th><th width=\"45%\">%1</th>"
                       "<th width=\"14%\">%2</th><th width=\"13%\">%3</th><th width=\"12%\">%4</th>"
                       "<th width=\"11%\">%5</th></tr></thead>")
            .arg(esc(tr("Step")), esc(tr("Result")), esc(tr("Entered")), esc(tr("Left")), esc(tr("Time spent")));
    QSet<QString> seen;
    for (const QString& id : run.history()) {
        const runbook::PlanStep* ps = plan.find(id);
        if (ps == nullptr || ps->step->kind == runbook::StepKind::Include || seen.contains(id))
            continue;
        seen.insert(id);
        const StepState st = run.step(id);
        rows += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td align=\"right\">%6</td></tr>")
                    .arg(plan.indexOf(id) + 1)
                    .arg(esc(runbook::RichText::toPlain(ps->step->title)), esc(status(st)), esc(when(st.firstEntered)),
                         esc(when(st.lastLeft)), esc(runbook::RunReport::duration(st.activeMsecs)));
    }
    return QStringLiteral("<p>%1</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%2</table>")
        .arg(esc(note), rows);
}

PrintStamp stampOf(const runbook::Plan& plan, const runbook::Run& run, const QDateTime& printedAt)
{
    PrintStamp stamp = PrintStamp::forPlan(plan, printedAt);
    stamp.scenarioLabel = tr("run %1, %2").arg(run.runId(), stamp.scenarioLabel);
    return stamp;
}

QString titleOf(const runbook::Plan& plan, const runbook::Run& run)
{
    return (run.isDrill() ? tr("DRILL report: %1") : tr("Run report: %1")).arg(plan.scenario().title);
}

PdfBook::Section sectionOf(const runbook::Plan& plan, const runbook::Run& run, const RunReportDocument::Options& o)
{
    return {titleOf(plan, run), run.isDrill() ? tr("DRILL") : tr("RUN REPORT"), stampOf(plan, run, o.printedAt),
            RunReportDocument::bodyHtml(plan, run, o)};
}

} // namespace

QString RunReportDocument::bodyHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options)
{
    QString html;
    if (run.isDrill())
        html += QStringLiteral("<table border=\"2\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr><td>"
                               "<span style=\"font-size:15pt; font-weight:bold\">%1</span><br/>%2</td></tr></table>")
                    .arg(esc(tr("DRILL")), esc(tr("This was a practice run against the drill lab, not a recovery of "
                                                  "production.")));
    html += runbook::RunReport::summaryHtml(plan, run);
    if (run.scenarioVersion() != plan.scenario().version)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Note: the run used version %1 of the scenario; this report shows the steps of "
                                "version %2.")
                                 .arg(run.scenarioVersion())
                                 .arg(plan.scenario().version)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Timeline"))) + timeline(plan, run, options.zone);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Steps in detail"))) + runbook::RunReport::stepsHtml(plan, run);
    return html;
}

QString RunReportDocument::standaloneHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options)
{
    static const char* const css =
        "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#000;background:#fff;max-width:60em;margin:2em auto;"
        "padding:0 1em;line-height:1.35}"
        "h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.25em;margin:1.2em 0 .4em;border-bottom:1px solid #000}"
        "h3{font-size:1.05em;margin:1em 0 .2em}p{margin:.15em 0 .35em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:3px 6px;text-align:left;"
        "vertical-align:top}th{background:#e6e6e6}"
        "footer{margin-top:2em;border-top:1px solid #000;font-size:.8em}"
        "@media print{body{margin:0;max-width:none}h3{page-break-after:avoid}}";
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>%2</style></head><body>\n%3\n<footer>%4</footer></body></html>\n")
        .arg(esc(titleOf(plan, run)), QString::fromLatin1(css), bodyHtml(plan, run, options),
             esc(stampOf(plan, run, options.printedAt).text()));
}

bool RunReportDocument::writePdf(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                                 const QString& path, QString* error)
{
    PdfBook book(options.pageSize);
    book.addSection(sectionOf(plan, run, options));
    return writeAtomically(
        path, [&](QIODevice* device, QString* why) { return book.write(device, titleOf(plan, run), why); }, error);
}

bool RunReportDocument::paint(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                              QPagedPaintDevice* device, QString* error)
{
    const std::unique_ptr<PdfBook> book = PdfBook::forDevice(*device);
    book->addSection(sectionOf(plan, run, options));
    return book->paint(device, error);
}

bool RunReportDocument::writeHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                                  const QString& path, QString* error)
{
    return writeAtomically(path, standaloneHtml(plan, run, options).toUtf8(), error);
}

} // namespace dr::print
