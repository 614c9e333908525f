#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace dr::lab {
class Lab;
}

namespace dr::ui {

// Drill controls: play what happens to the appliances (a power cut, a hang, a fault) and the operator's
// web-interface steps that have no API (Sync Now, swinging DNS), so a team can rehearse a failover. The named drill
// faults ("The backup does not take over", "DNS still points to the old primary") are one click each (DrillFaults).
class LabPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabPanel(lab::Lab& lab, QWidget* parent = nullptr);

    // Injects a drill fault by id (what its button does); false with the reason shown when it does not apply.
    bool inject(const QString& faultId);
    bool dnsStuck() const { return m_dnsStuck; }

signals:
    void labChanged(const QString& whatHappened);

private:
    QWidget* siteFaultsBox();
    QWidget* applianceBox();
    QWidget* webStepsBox();
    QString selected() const;
    void report(const QString& text);
    void swingDns();

    lab::Lab& m_lab;
    QComboBox* m_appliance = nullptr;
    QComboBox* m_fault = nullptr;
    QLabel* m_last = nullptr;
    bool m_dnsStuck = false;
};

} // namespace dr::ui
