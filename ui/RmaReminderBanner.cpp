#include "RmaReminderBanner.h"

#include "support/RmaReminders.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

using Status = support::ReturnSchedule::Status;

QString styleFor(Status status)
{
    switch (status) {
    case Status::Overdue:
        return QStringLiteral("QFrame#rmaReminderRow { background: #b00000; border-radius: 3px; }"
                              "QLabel { color: white; font-weight: bold; }");
    case Status::ReminderDue:
        return QStringLiteral("QFrame#rmaReminderRow { background: #ffd24d; border: 1px solid #8a6d00; "
                              "border-radius: 3px; } QLabel { color: black; font-weight: bold; }");
    case Status::Pending:
        break;
    }
    return QStringLiteral("QFrame#rmaReminderRow { background: #eef2f7; border: 1px solid #9aa7b8; "
                          "border-radius: 3px; } QLabel { color: black; }");
}

} // namespace

RmaReminderBanner::RmaReminderBanner(QWidget* parent)
    : QFrame(parent), m_folder(support::RmaReminders::defaultFolder())
{
    setObjectName(QStringLiteral("rmaReminderBanner"));
    setAccessibleName(tr("RMA return reminders"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    auto* timer = new QTimer(this);
    timer->setInterval(60 * 60 * 1000);
    connect(timer, &QTimer::timeout, this, &RmaReminderBanner::refresh);
    timer->start();
    refresh();
}

void RmaReminderBanner::setFolder(const QString& folder)
{
    m_folder = folder;
    refresh();
}

void RmaReminderBanner::setClock(const Clock* clock)
{
    m_clock = clock != nullptr ? clock : &SystemClock::instance();
    refresh();
}

void RmaReminderBanner::setOperatorZone(const QTimeZone& zone)
{
    m_zone = zone;
    refresh();
}

void RmaReminderBanner::refresh()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    support::RmaReminders reminders(m_folder, *m_clock, m_zone);
    QString error;
    if (!reminders.load(&error)) {
        auto* label = new QLabel(error, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
        m_layout->addWidget(label);
        label->show();
        m_lines << error;
    }
    for (const support::RmaReminder& r : reminders.open()) {
        const qint64 days = reminders.daysLeft(r);
        const Status status = reminders.status(r);
        const QString what = tr("the defective %1 (serial %2)").arg(r.model, r.serialNumber) +
                             (r.incidentNumber.isEmpty() ? QString() : tr(", Incident# %1").arg(r.incidentNumber));
        const QString deadline = r.schedule.deadline.toString(Qt::ISODate);
        // tr("%n day(s)") without a loaded translation keeps "(s)": give the English plural then.
        auto plural = [days](QString t) {
            return t.replace(QStringLiteral("(s)"), qAbs(days) == 1 ? QString() : QStringLiteral("s"));
        };
        QString text;
        if (status == Status::Overdue)
            text = plural(tr("RMA return OVERDUE by %n day(s): %1 was due back on %2. Send it now (unreturned "
                             "appliances are invoiced at list price).",
                             nullptr, int(-days)))
                       .arg(what, deadline);
        else if (days == 0)
            text = tr("RMA return due TODAY: send back %1.").arg(what);
        else
            text = plural(tr("RMA return due in %n day(s): send back %1 by %2.", nullptr, int(days))).arg(what, deadline);
        m_lines << text;

        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("rmaReminderRow"));
        row->setStyleSheet(styleFor(status));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 4, 8, 4);
        auto* label = new QLabel(text, row);
        label->setObjectName(QStringLiteral("rmaReminderText"));
        label->setWordWrap(true);
        rowLayout->addWidget(label, 1);
        auto* done = new QPushButton(tr("Returned"), row);
        done->setObjectName(QStringLiteral("rmaReminderDone"));
        done->setAccessibleName(tr("Mark %1 as returned").arg(what));
        done->setToolTip(tr("The defective appliance has been sent back: close this reminder."));
        rowLayout->addWidget(done);
        const QString id = r.id;
        connect(done, &QPushButton::clicked, this, [this, id] { markReturned(id); });
        m_layout->addWidget(row);
        row->show(); // a layout shows new children only later (queued): a grab or a screen reader now sees it
    }
    setVisible(!m_lines.isEmpty());
}

void RmaReminderBanner::markReturned(const QString& id)
{
    support::RmaReminders reminders(m_folder, *m_clock, m_zone);
    QString error;
    if (!reminders.load(&error) || !reminders.complete(id, &error)) {
        m_lines.prepend(error);
        auto* label = new QLabel(error, this);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
        m_layout->insertWidget(0, label);
        return;
    }
    // Rebuilt later: this runs inside a click of a button the rebuild deletes.
    QTimer::singleShot(0, this, [this] {
        refresh();
        emit changed();
    });
}

} // namespace dr::ui
