#include "StepWidgetClock.h"

#include "Wizard.h"

#include "common/Clock.h"

namespace dr::ui {

StepWidgetClock::StepWidgetClock(Wizard* wizard, qint64 earlierMsecs, QWidget* parent)
    : QLabel(parent), m_wizard(wizard), m_earlier(earlierMsecs), m_enteredAt(wizard->services().clock->nowMsecs())
{
    setObjectName(QStringLiteral("stepClock"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(wizard, &Wizard::tick, this, &StepWidgetClock::refresh);
    refresh();
}

QString StepWidgetClock::duration(qint64 msecs)
{
    const qint64 secs = qMax<qint64>(0, msecs / 1000);
    const qint64 h = secs / 3600, m = (secs / 60) % 60, s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void StepWidgetClock::freeze()
{
    refresh();
    m_frozen = true;
}

void StepWidgetClock::refresh()
{
    if (m_frozen)
        return;
    const qint64 onStep = m_earlier + (m_wizard->services().clock->nowMsecs() - m_enteredAt);
    const QString text =
        tr("On this step %1  ·  Total %2").arg(duration(onStep), duration(m_wizard->totalElapsedMsecs()));
    setText(text);
    setAccessibleName(text);
}

} // namespace dr::ui
