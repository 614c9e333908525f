#pragma once

#include "common/Clock.h"
#include "print/SiteProfile.h"
#include "runbook/ScenarioLibrary.h"

#include <QPageSize>
#include <QTimeZone>

namespace dr::print {

// The offline checklists: one scenario, or the whole DR binder (a table of contents with page numbers, the vendor
// support page, then every scenario), as PDF. The steps are rendered by runbook::PlanPrinter from the same Plan
// the wizard walks; this adds the paper around them (who ran it, when, the site's values, the stamp on every
// page).
class ChecklistPdf
{
public:
    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        SiteProfile site;
        const Clock* clock = &SystemClock::instance(); // print date, the support page's year
        QTimeZone readerZone = QTimeZone::systemTimeZone();
    };

    // The HTML of one scenario's checklist (also usable for an on-screen preview).
    static QString checklistHtml(const runbook::Plan& plan, const Options& options);

    static bool writeChecklist(const runbook::Plan& plan, const Options& options, const QString& path, QString* error);
    static bool writeBinder(const runbook::ScenarioLibrary& library, const Options& options, const QString& path,
                            QString* error);
};

} // namespace dr::print
