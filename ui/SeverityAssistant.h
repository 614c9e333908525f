#pragma once

#include "common/Clock.h"
#include "support/Severity.h"
#include "support/SupportCalendar.h"

#include <QGroupBox>
#include <QTimeZone>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace dr::ui {

// The severity of an incident, with the guide's table as three questions (production down? does a restart, a
// bypass or a workaround get it working? operational but impacted?) that pick the level, and when the first
// response is due if the message is sent now: counted in the vendor's business hours, shown in the operator's
// time zone and in US Central. The level can always be chosen directly.
class SeverityAssistant : public QGroupBox
{
    Q_OBJECT
public:
    explicit SeverityAssistant(QWidget* parent = nullptr);
    ~SeverityAssistant() override;

    support::Severity severity() const;
    void setSeverity(support::Severity severity);

    // "Now" and the operator's zone (defaults: the system clock and time zone); tests inject fixed ones.
    void setClock(const Clock* clock);
    void setOperatorZone(const QTimeZone& zone);
    // The two lines shown: the deadline in the operator's zone, then in US Central.
    QString firstResponseText() const;

signals:
    void severityChanged(dr::support::Severity severity);

public slots:
    void refresh();

private:
    void assess();

    const Clock* m_clock = &SystemClock::instance();
    std::unique_ptr<support::SupportCalendar> m_calendar;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QComboBox* m_level = nullptr;
    QCheckBox* m_down = nullptr;
    QCheckBox* m_workaround = nullptr;
    QCheckBox* m_impacted = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_guidance = nullptr;
    QLabel* m_deadline = nullptr;
};

} // namespace dr::ui
