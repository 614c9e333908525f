#pragma once

#include "common/Clock.h"
#include "print/SiteProfile.h"
#include "runbook/ScenarioLibrary.h"
#include "support/SupportAddresses.h"

#include <QPageSize>
#include <QTimeZone>

class QPagedPaintDevice;

namespace dr::print {
class PdfBook;
}

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
        // The support page's contacts: the guide's addresses unless the operator saved others (the GUI passes
        // the ones kept by the incident composer).
        support::SupportAddresses supportAddresses;
    };

    // The HTML of one scenario's checklist (also usable for an on-screen preview).
    static QString checklistHtml(const runbook::Plan& plan, const Options& options);

    static bool writeChecklist(const runbook::Plan& plan, const Options& options, const QString& path, QString* error);
    static bool writeBinder(const runbook::ScenarioLibrary& library, const Options& options, const QString& path,
                            QString* error);

    // The same pages painted on any paged device (a QPrinter for printing or a print preview). The paper and
    // orientation are the device's (options.pageSize is not used); the margins are the book's.
    static bool paintChecklist(const runbook::Plan& plan, const Options& options, QPagedPaintDevice* device,
                               QString* error);
    static bool paintBinder(const runbook::ScenarioLibrary& library, const Options& options,
                            QPagedPaintDevice* device, QString* error);

private:
    // The table of contents, the support page and every scenario, the contents' page numbers filled in.
    static bool fillBinder(PdfBook& book, const runbook::ScenarioLibrary& library, const Options& options,
                           QString* error);
};

} // namespace dr::print
