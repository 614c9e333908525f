#include "PrintPreview.h"

#include "SupportAddressesEditor.h"
#include "print/ChecklistPdf.h"
#include "print/RunReportDocument.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace dr::ui {
namespace {

class PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(dr::ui::PrintPreview)
};

const runbook::ScenarioLibrary& library()
{
    static const runbook::ScenarioLibrary lib = runbook::ScenarioLibrary::builtin();
    return lib;
}

print::ChecklistPdf::Options checklistOptions(const print::SiteProfile& site)
{
    print::ChecklistPdf::Options options;
    options.site = site;
    options.supportAddresses = SupportAddressesEditor::saved();
    return options;
}

// A preview whose pages come from `paint`; a failure is shown once, on the dialog, and the preview stays empty.
template<typename Paint>
QPrintPreviewDialog* openPreview(QWidget* parent, const QString& title, Paint paint)
{
    auto* dialog = new QPrintPreviewDialog(parent); // owns its printer
    dialog->printer()->setDocName(title);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(PreviewText::tr("Print preview: %1").arg(title));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [dialog, paint](QPrinter* p) {
        QString error;
        if (!paint(p, &error))
            QMessageBox::warning(dialog, PreviewText::tr("Print preview"), error);
    });
    dialog->resize(900, 1000);
    dialog->show();
    return dialog;
}

} // namespace

std::optional<LoadedRun> loadRun(const QString& journalPath, QString* error)
{
    const runbook::RunJournal::Replay replay = runbook::RunJournal::replay(journalPath);
    if (!replay.readable || replay.events.isEmpty()) {
        *error = PreviewText::tr("The run journal %1 cannot be read (%2): choose the .jsonl file of a run.")
                     .arg(journalPath, replay.errors.isEmpty() ? PreviewText::tr("no events")
                                                               : replay.errors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    LoadedRun loaded;
    loaded.run = runbook::Run::fromEvents(replay.events);
    loaded.warnings = replay.errors;
    QStringList planErrors;
    loaded.plan = library().plan(loaded.run.scenarioId(), &planErrors);
    if (!loaded.plan.isValid()) {
        *error = PreviewText::tr("The run's scenario '%1' is not in this version of the app (%2): open the run with "
                                 "the version it was made with.")
                     .arg(loaded.run.scenarioId(), planErrors.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return loaded;
}

bool paintChecklist(QPrinter* printer, const QString& scenarioId, const print::SiteProfile& site, QString* error)
{
    QStringList errors;
    const runbook::Plan plan = library().plan(scenarioId, &errors);
    if (!plan.isValid()) {
        *error = PreviewText::tr("The scenario '%1' cannot be printed (%2): choose one of the app's scenarios.")
                     .arg(scenarioId, errors.join(QStringLiteral("; ")));
        return false;
    }
    return print::ChecklistPdf::paintChecklist(plan, checklistOptions(site), printer, error);
}

bool paintBinder(QPrinter* printer, const print::SiteProfile& site, const support::SupportAddresses& addresses,
                 QString* error)
{
    print::ChecklistPdf::Options options = checklistOptions(site);
    options.supportAddresses = addresses;
    return print::ChecklistPdf::paintBinder(library(), options, printer, error);
}

bool paintRunReport(QPrinter* printer, const QString& journalPath, QString* error)
{
    const std::optional<LoadedRun> loaded = loadRun(journalPath, error);
    return loaded && print::RunReportDocument::paint(loaded->plan, loaded->run, {}, printer, error);
}

QPrintPreviewDialog* showChecklistPreview(QWidget* parent, const QString& scenarioId, const print::SiteProfile& site,
                                          QString* error)
{
    const runbook::Scenario* sc = library().find(scenarioId);
    if (sc == nullptr) {
        if (error)
            *error = PreviewText::tr("There is no scenario '%1' to print: choose one of the app's scenarios.")
                         .arg(scenarioId);
        return nullptr;
    }
    return openPreview(parent, PreviewText::tr("Checklist: %1").arg(sc->title),
                       [scenarioId, site](QPrinter* p, QString* why) { return paintChecklist(p, scenarioId, site, why); });
}

QPrintPreviewDialog* showBinderPreview(QWidget* parent, const print::SiteProfile& site, QString*)
{
    return openPreview(parent, PreviewText::tr("Disaster recovery binder"), [site](QPrinter* p, QString* why) {
        return paintBinder(p, site, SupportAddressesEditor::saved(), why);
    });
}

QPrintPreviewDialog* showRunReportPreview(QWidget* parent, const QString& journalPath, QString* error)
{
    QString why;
    const std::optional<LoadedRun> loaded = loadRun(journalPath, &why);
    if (!loaded) {
        if (error)
            *error = why;
        return nullptr;
    }
    const QString title = (loaded->run.isDrill() ? PreviewText::tr("DRILL report: %1")
                                                 : PreviewText::tr("Run report: %1"))
                              .arg(loaded->plan.scenario().title);
    return openPreview(parent, title, [journalPath](QPrinter* p, QString* e) { return paintRunReport(p, journalPath, e); });
}

} // namespace dr::ui
