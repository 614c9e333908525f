#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace dr::ui {

// "Run a drill": pick the scenario to rehearse; the lab then starts with the topology it needs.
class WizardDrillPicker : public QDialog
{
    Q_OBJECT
public:
    explicit WizardDrillPicker(QWidget* parent = nullptr);

    // The lab topology a scenario is rehearsed on: "pair", "atlas" or "single".
    static QString topologyFor(const QString& scenarioId);
    QListWidget* list() const { return m_list; }

signals:
    void drillChosen(const QString& scenarioId);

private:
    QListWidget* m_list = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace dr::ui
