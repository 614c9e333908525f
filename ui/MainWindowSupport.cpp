// MainWindow: the Support menu (incident composer, RMA form, print previews) and the RMA return reminders.
#include "MainWindow.h"

#include "IncidentComposerDialog.h"
#include "PrintPreview.h"
#include "RmaDialog.h"
#include "RmaReminderBanner.h"
#include "SiteSession.h"
#include "Wizard.h"

#include "print/SiteProfile.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"

#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QVBoxLayout>

namespace dr::ui {

QString MainWindow::currentJournal() const
{
    if (m_lastWizard && !m_lastWizard->journalPath().isEmpty())
        return m_lastWizard->journalPath();
    // The newest journal by name (names start with the UTC start time): no journal is read here.
    const QDir dir(runDirectory());
    const QStringList names = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name | QDir::Reversed);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

QDialog* MainWindow::composeIncident()
{
    auto* dialog = new IncidentComposerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString journal = currentJournal();
    if (!journal.isEmpty())
        dialog->prefillFromRun(journal);
    dialog->show();
    return dialog;
}

QDialog* MainWindow::openRma()
{
    auto* dialog = new RmaDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RmaDialog::reminderAdded, m_rmaBanner, &RmaReminderBanner::refresh);
    dialog->show();
    return dialog;
}

print::SiteProfile MainWindow::printSite() const
{
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    if (!m_site)
        return {};
    QString error;
    return print::SiteProfile::fromSite(m_site->profile(), library, &error).value_or(print::SiteProfile{});
}

QDialog* MainWindow::printChecklist(const QString& scenarioId)
{
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    QString id = scenarioId;
    if (id.isEmpty() && m_lastWizard)
        id = m_lastWizard->engine()->run().scenarioId();
    if (id.isEmpty()) {
        QStringList titles;
        QStringList ids;
        for (const runbook::Scenario* sc : library.scenarios()) {
            titles << sc->title;
            ids << sc->id;
        }
        bool ok = false;
        const QString title =
            QInputDialog::getItem(this, tr("Print a checklist"), tr("&Checklist:"), titles, 0, false, &ok);
        if (!ok)
            return nullptr;
        id = ids.value(titles.indexOf(title));
    }
    QString error;
    QDialog* preview = showChecklistPreview(this, id, printSite(), &error);
    if (!preview)
        showProblem(tr("The checklist cannot be printed"), error);
    return preview;
}

void MainWindow::printBinder()
{
    QString error;
    if (!showBinderPreview(this, printSite(), &error))
        showProblem(tr("Nothing to print"), error);
}

void MainWindow::printReport()
{
    QString error;
    const QString journal = currentJournal();
    if (journal.isEmpty() || !showRunReportPreview(this, journal, &error))
        showProblem(tr("Nothing to print"),
                    journal.isEmpty() ? tr("No run yet: start a guide or a drill first.") : error);
}

} // namespace dr::ui
