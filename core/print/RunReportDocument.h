#pragma once

#include "runbook/Plan.h"
#include "runbook/Run.h"

#include <QDateTime>
#include <QPageSize>
#include <QTimeZone>

class QPagedPaintDevice;

namespace dr::print {

// The report of a run or a drill, from the Plan and the Run rebuilt from its journal: a DRILL banner for drills,
// the summary (who, when, outcome, time to recovery), a timeline with each step's start, end and time spent, then
// every step's answers, check attempts with their evidence, refusals and notes (runbook::RunReport). Secrets are
// never in a Run, so never in the report. As PDF, or as one self-contained HTML file (inline CSS, no external
// references) to attach to an incident.
class RunReportDocument
{
public:
    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QTimeZone zone = QTimeZone::systemTimeZone(); // the times in the timeline
        QDateTime printedAt = QDateTime::currentDateTimeUtc();
    };

    // Body HTML (QTextDocument subset), shared by the PDF and the HTML file.
    static QString bodyHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options);
    static QString standaloneHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options);

    static bool writePdf(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                         const QString& path, QString* error);
    // The PDF's pages painted on any paged device (a QPrinter, a print preview); the device's paper is used.
    static bool paint(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                      QPagedPaintDevice* device, QString* error);
    static bool writeHtml(const runbook::Plan& plan, const runbook::Run& run, const Options& options,
                          const QString& path, QString* error);
};

} // namespace dr::print
