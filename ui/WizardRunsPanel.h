#pragma once

#include "runbook/RunDirectory.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dr::ui {

// "Runs in progress": the runs in the journal folder that were interrupted (the wizard was closed, the program
// or the computer stopped), newest first, to be resumed where they stopped. Hidden when there are none. A run whose
// scenario definition changed since it started (so that resuming it would be refused) says so in its entry, with
// the recorded and current definitions in its tool tip; its item's Qt::UserRole + 3 is true.
// The journals are read on a worker thread (a team's history can hold hundreds): reload() returns at once and the
// list changes when they have been read (listed()). Reloads asked for meanwhile are folded into one more reading.
class WizardRunsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WizardRunsPanel(QWidget* parent = nullptr);

    void setDirectory(const QString& dir);
    QListWidget* list() const { return m_list; }

public slots:
    void reload();

signals:
    void resumeRequested(const QString& journalPath, const QString& scenarioId, bool drill);
    // The list now shows the runs of the directory as read by the latest reload().
    void listed();

private:
    void startReading();
    void showRuns(const QList<runbook::RunSummary>& runs);

    QString m_dir;
    QFutureWatcher<QList<runbook::RunSummary>> m_reading;
    bool m_readAgain = false; // a reload() came while the journals were being read
    QListWidget* m_list = nullptr;
    QPushButton* m_resume = nullptr;
};

} // namespace dr::ui
