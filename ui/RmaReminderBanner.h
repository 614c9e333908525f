#pragma once

#include "common/Clock.h"

#include <QFrame>
#include <QTimeZone>

class QVBoxLayout;

namespace dr::ui {

// The RMA return reminders on the main window: one line per defective appliance still to be sent back
// ("RMA return due in 9 days", amber from three days before, "OVERDUE" in red after the deadline), each with a
// "Returned" button that closes it. Hidden while there is nothing to return. Reads support::RmaReminders from the
// folder (default support::RmaReminders::defaultFolder()) on refresh(), which also runs every hour.
//
// Use: `auto* banner = new RmaReminderBanner(central); layout->insertWidget(0, banner);` and connect
// RmaDialog::reminderAdded to refresh().
class RmaReminderBanner : public QFrame
{
    Q_OBJECT
public:
    explicit RmaReminderBanner(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    void setClock(const Clock* clock);
    void setOperatorZone(const QTimeZone& zone);

    // The lines shown, in order (for tests and accessibility).
    QStringList lines() const { return m_lines; }

public slots:
    void refresh();

signals:
    void changed(); // a reminder was marked returned

private:
    void markReturned(const QString& id);

    QString m_folder;
    const Clock* m_clock = &SystemClock::instance();
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QVBoxLayout* m_layout = nullptr;
    QStringList m_lines;
};

} // namespace dr::ui
