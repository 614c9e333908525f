#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace dr::lab {
class Lab;
}

namespace dr::ui {

// Drill controls: play what happens to the appliances (a power cut, a hang, a fault) and the operator's
// web-interface steps that have no API (Sync Now, swinging DNS), so a team can rehearse a failover.
class LabPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabPanel(lab::Lab& lab, QWidget* parent = nullptr);

signals:
    void labChanged(const QString& whatHappened);

private:
    QString selected() const;
    void report(const QString& text);
    void injectSelectedFault();

    lab::Lab& m_lab;
    QComboBox* m_appliance = nullptr;
    QComboBox* m_fault = nullptr;
    QLabel* m_last = nullptr;
};

} // namespace dr::ui
