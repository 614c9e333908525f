#pragma once

#include "print/SiteProfile.h"
#include "runbook/Plan.h"
#include "runbook/Run.h"
#include "support/SupportAddresses.h"

#include <QString>

#include <optional>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace dr::ui {

// Print previews of the offline checklists, the DR binder and a run report (issue #6), through
// QPrintPreviewDialog. The pages are those of `drrunbook-cli print/report` (core/print's PdfBook) painted on the
// dialog's QPrinter, laid out again for the paper and orientation chosen in the dialog (A4, Letter, ...), so
// printing from the preview, or "print to PDF", gives the same pages as the CLI.
//
// The show* functions open a non-modal preview (deleted when closed) and return it, or return nullptr with
// *error set (a sentence saying what to do) when there is nothing to preview; the caller shows the error.
// The binder's support page uses the addresses the operator saved in the incident composer
// (SupportAddressesEditor::saved()).

// A run's journal replayed, with the plan of its scenario from the built-in library.
struct LoadedRun
{
    runbook::Plan plan;
    runbook::Run run;
    QStringList warnings; // damaged journal lines: the run may be incomplete
};
std::optional<LoadedRun> loadRun(const QString& journalPath, QString* error);

QPrintPreviewDialog* showChecklistPreview(QWidget* parent, const QString& scenarioId,
                                          const print::SiteProfile& site = {}, QString* error = nullptr);
QPrintPreviewDialog* showBinderPreview(QWidget* parent, const print::SiteProfile& site = {},
                                       QString* error = nullptr);
QPrintPreviewDialog* showRunReportPreview(QWidget* parent, const QString& journalPath, QString* error = nullptr);

// What the previews paint, for printing without a preview (and for the tests): the pages on the printer, in its
// paper size. false and *error when the scenario or the journal cannot be used or the printer refused.
bool paintChecklist(QPrinter* printer, const QString& scenarioId, const print::SiteProfile& site, QString* error);
bool paintBinder(QPrinter* printer, const print::SiteProfile& site, const support::SupportAddresses& addresses,
                 QString* error);
bool paintRunReport(QPrinter* printer, const QString& journalPath, QString* error);

} // namespace dr::ui
