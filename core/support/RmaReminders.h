#pragma once

#include "common/Clock.h"
#include "support/RmaComposer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace dr::support {

// One defective appliance to send back after an RMA: the guide asks for it within two weeks of the new appliance
// becoming operational (outstanding appliances are invoiced at list price).
struct RmaReminder
{
    QString id; // stable, generated when added
    QString model;
    QString serialNumber; // of the defective appliance
    QString incidentNumber;
    ReturnSchedule schedule; // operational, deadline (+14 days), reminder (deadline - 3 days)
    QDateTime addedAt;       // UTC
    QDateTime returnedAt;    // UTC; invalid while the appliance is still to be returned

    bool isOpen() const { return !returnedAt.isValid(); }
};

// The RMA return reminders, kept in <folder>/rma-reminders.json (written atomically with QSaveFile, so a crash
// leaves the old list or the new one, never half of it). "Today" comes from the injected clock in the given time
// zone (the operator's by default), so tests move time without waiting.
class RmaReminders
{
public:
    explicit RmaReminders(const QString& folder, const Clock& clock = SystemClock::instance(),
                          const QTimeZone& zone = QTimeZone::systemTimeZone());

    // Where the GUI and the CLI keep them: <generic data folder>/drrunbook/rma (~/.local/share/drrunbook/rma).
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("rma-reminders.json"); }
    QString path() const;

    // Reads the file; a missing file is an empty list (true). false with a sentence saying what to do when the
    // file is unreadable or damaged (the list is then empty and adding refuses to overwrite the file).
    bool load(QString* error);

    // Adds a reminder and saves. nullopt and error when the serial number or the date is missing, or the file
    // cannot be written (nothing changes then).
    std::optional<RmaReminder> add(const QString& model, const QString& serialNumber, const QString& incidentNumber,
                                   const QDate& operational, QString* error);
    // Marks the appliance as returned (now) and saves. false when the id is unknown or the file cannot be written.
    bool complete(const QString& id, QString* error);

    QList<RmaReminder> all() const { return m_items; }
    // Not yet returned, the earliest deadline first.
    QList<RmaReminder> open() const;

    QDate today() const;
    // Days until the deadline (negative when overdue).
    qint64 daysLeft(const RmaReminder& r) const { return today().daysTo(r.schedule.deadline); }
    ReturnSchedule::Status status(const RmaReminder& r) const { return r.schedule.status(today()); }

private:
    bool save(const QList<RmaReminder>& items, QString* error) const;

    QString m_folder;
    const Clock* m_clock;
    QTimeZone m_zone;
    QList<RmaReminder> m_items;
    bool m_damaged = false;
};

} // namespace dr::support
