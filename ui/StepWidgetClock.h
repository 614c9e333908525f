#pragma once

#include <QLabel>

namespace dr::ui {

class Wizard;

// "On this step 2:05 · Total 14:37": time on the current step and since the run started, refreshed each second
// by the wizard's tick. Frozen once the page is no longer the current one.
class StepWidgetClock : public QLabel
{
    Q_OBJECT
public:
    StepWidgetClock(Wizard* wizard, qint64 earlierMsecs, QWidget* parent = nullptr);

    void freeze();
    static QString duration(qint64 msecs); // "0:42", "12:03", "1:02:03"

private:
    void refresh();

    Wizard* m_wizard = nullptr;
    qint64 m_earlier = 0;
    qint64 m_enteredAt = 0;
    bool m_frozen = false;
};

} // namespace dr::ui
