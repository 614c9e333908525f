#include "WizardRunsPanel.h"

#include "runbook/RunDirectory.h"
#include "runbook/ScenarioLibrary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dr::ui {

WizardRunsPanel::WizardRunsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runsPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 0);
    auto* label = new QLabel(tr("R&uns in progress:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unfinishedRuns"));
    m_list->setAccessibleName(tr("Runs in progress"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 4 + 8);
    label->setBuddy(m_list);
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    layout->addWidget(label, 0, Qt::AlignTop);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_resume, 0, Qt::AlignTop);
    auto resume = [this] {
        QListWidgetItem* item = m_list->currentItem();
        if (!item)
            return;
        emit resumeRequested(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(),
                             item->data(Qt::UserRole + 2).toBool());
    };
    connect(m_resume, &QPushButton::clicked, this, resume);
    connect(m_list, &QListWidget::itemActivated, this, resume);
    connect(&m_reading, &QFutureWatcher<QList<runbook::RunSummary>>::finished, this, [this] {
        if (m_readAgain) {
            m_readAgain = false; // what was read may already be out of date: read again, show that
            startReading();
            return;
        }
        showRuns(m_reading.result());
    });
    hide();
}

void WizardRunsPanel::setDirectory(const QString& dir)
{
    m_dir = dir;
    reload();
}

void WizardRunsPanel::reload()
{
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    startReading();
}

void WizardRunsPanel::startReading()
{
    m_reading.setFuture(QtConcurrent::run([dir = m_dir] {
        QList<runbook::RunSummary> runs;
        if (dir.isEmpty())
            return runs;
        runs = runbook::RunDirectory::unfinished(dir);
        if (!runs.isEmpty()) {
            // Compared with the scenarios this program resumes with (loaded only when there is a run to list; the
            // definition hash does not depend on the language, so the untranslated library will do).
            static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin(false);
            for (runbook::RunSummary& run : runs)
                runbook::RunDirectory::compareDefinition(&run, library);
        }
        return runs;
    }));
}

void WizardRunsPanel::showRuns(const QList<runbook::RunSummary>& runs)
{
    m_list->clear();
    for (const runbook::RunSummary& run : runs) {
        QString text =
            tr("%1%2 — started %3, stopped at step \"%4\"")
                .arg(run.drill ? tr("DRILL: ") : QString(), run.scenarioId,
                     run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), run.currentStep);
        if (!run.problems.isEmpty())
            text += tr(" (journal: %1)").arg(run.problems.join(QStringLiteral("; ")));
        QString tip;
        if (run.definitionChanged) {
            text += tr(" — the scenario has changed since this run started: it cannot be resumed with this version");
            tip = tr("This run was started with another definition of scenario \"%1\" (version %2, definition "
                     "%3); this program has %4. Its steps may have moved, changed or gone, so it cannot be "
                     "continued here: finish it with the program version that started it, or start a new run and "
                     "carry on from where you are.")
                      .arg(run.scenarioId)
                      .arg(run.scenarioVersion)
                      .arg(run.definitionHash.isEmpty() ? tr("not recorded") : run.definitionHash.left(12),
                           run.currentDefinitionHash.isEmpty()
                               ? tr("no such scenario")
                               : tr("definition %1").arg(run.currentDefinitionHash.left(12)));
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setToolTip(tip);
        item->setData(Qt::UserRole + 3, run.definitionChanged);
        item->setData(Qt::UserRole, run.path);
        item->setData(Qt::UserRole + 1, run.scenarioId);
        item->setData(Qt::UserRole + 2, run.drill);
    }
    m_list->setCurrentRow(0);
    m_resume->setEnabled(m_list->count() > 0);
    setVisible(m_list->count() > 0);
    emit listed();
}

} // namespace dr::ui
