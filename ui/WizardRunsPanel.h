#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace dr::ui {

// "Runs in progress": the runs in the journal folder that were interrupted (the wizard was closed, the program
// or the computer stopped), newest first, to be resumed where they stopped. Hidden when there are none. A run whose
// scenario definition changed since it started (so that resuming it would be refused) says so in its entry, with
// the recorded and current definitions in its tool tip; its item's Qt::UserRole + 3 is true.
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

private:
    QString m_dir;
    QListWidget* m_list = nullptr;
    QPushButton* m_resume = nullptr;
};

} // namespace dr::ui
