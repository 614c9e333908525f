#include "support/RmaReminders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace dr::support {
namespace {

class RemindersText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::RmaReminders)
};

constexpr int kFormat = 1;

QJsonObject toJson(const RmaReminder& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("serial"), r.serialNumber},
                  {QStringLiteral("incident"), r.incidentNumber},
                  {QStringLiteral("operational"), r.schedule.operational.toString(Qt::ISODate)},
                  {QStringLiteral("added_at"), r.addedAt.toString(Qt::ISODate)}};
    if (r.returnedAt.isValid())
        o.insert(QStringLiteral("returned_at"), r.returnedAt.toString(Qt::ISODate));
    return o;
}

std::optional<RmaReminder> fromJson(const QJsonObject& o)
{
    RmaReminder r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.model = o.value(QStringLiteral("model")).toString();
    r.serialNumber = o.value(QStringLiteral("serial")).toString();
    r.incidentNumber = o.value(QStringLiteral("incident")).toString();
    const QDate operational = QDate::fromString(o.value(QStringLiteral("operational")).toString(), Qt::ISODate);
    r.addedAt = QDateTime::fromString(o.value(QStringLiteral("added_at")).toString(), Qt::ISODate).toUTC();
    if (o.contains(QStringLiteral("returned_at"))) {
        r.returnedAt = QDateTime::fromString(o.value(QStringLiteral("returned_at")).toString(), Qt::ISODate).toUTC();
        if (!r.returnedAt.isValid())
            return std::nullopt;
    }
    if (r.id.isEmpty() || !operational.isValid())
        return std::nullopt;
    // The schedule is the guide's rule, computed again: a file from an older version cannot carry a stale deadline.
    r.schedule = RmaComposer::returnSchedule(operational);
    return r;
}

} // namespace

RmaReminders::RmaReminders(const QString& folder, const Clock& clock, const QTimeZone& zone)
    : m_folder(folder), m_clock(&clock), m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

QString RmaReminders::defaultFolder()
{
    // Not the application's own folder: the GUI (drrunbook) and the CLI (drrunbook-cli) share the list.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/drrunbook/rma");
}

QString RmaReminders::path() const
{
    return QDir(m_folder).filePath(fileName());
}

QDate RmaReminders::today() const
{
    return m_clock->nowUtc().toTimeZone(m_zone).date();
}

bool RmaReminders::load(QString* error)
{
    m_items.clear();
    m_damaged = false;
    QFile file(path());
    if (!file.exists())
        return true;
    m_damaged = true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = RemindersText::tr("The RMA reminders in %1 cannot be read (%2): check the file's permissions.")
                     .arg(path(), file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonArray list = doc.object().value(QStringLiteral("reminders")).toArray();
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = RemindersText::tr("The RMA reminders in %1 are damaged (%2): restore the file from a backup or move "
                                   "it away to start a new list.")
                     .arg(path(), parse.errorString());
        return false;
    }
    for (const QJsonValue& v : list) {
        const std::optional<RmaReminder> r = fromJson(v.toObject());
        if (!r) {
            m_items.clear();
            *error = RemindersText::tr("An RMA reminder in %1 is incomplete (no id or no operational date): restore "
                                       "the file from a backup or move it away to start a new list.")
                         .arg(path());
            return false;
        }
        m_items << *r;
    }
    m_damaged = false;
    return true;
}

bool RmaReminders::save(const QList<RmaReminder>& items, QString* error) const
{
    if (m_damaged) {
        *error = RemindersText::tr("The RMA reminders in %1 could not be read, so they are not written over: fix or "
                                   "move the file first.")
                     .arg(path());
        return false;
    }
    QJsonArray list;
    for (const RmaReminder& r : items)
        list << toJson(r);
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("reminders"), list}};
    if (!QDir().mkpath(m_folder)) {
        *error = RemindersText::tr("The folder %1 cannot be created: choose a folder you can write to.").arg(m_folder);
        return false;
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        *error = RemindersText::tr("The RMA reminders could not be saved to %1 (%2): check the disk space and the "
                                   "folder's permissions.")
                     .arg(path(), file.errorString());
        return false;
    }
    return true;
}

std::optional<RmaReminder> RmaReminders::add(const QString& model, const QString& serialNumber,
                                             const QString& incidentNumber, const QDate& operational, QString* error)
{
    if (serialNumber.trimmed().isEmpty() || !operational.isValid()) {
        *error = RemindersText::tr("Enter the defective appliance's serial number and the date the new appliance "
                                   "became operational.");
        return std::nullopt;
    }
    RmaReminder r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.model = model.trimmed();
    r.serialNumber = serialNumber.trimmed();
    r.incidentNumber = normalizeIncidentNumber(incidentNumber);
    r.schedule = RmaComposer::returnSchedule(operational);
    r.addedAt = m_clock->nowUtc().toUTC();
    QList<RmaReminder> items = m_items;
    items << r;
    if (!save(items, error))
        return std::nullopt;
    m_items = items;
    return r;
}

bool RmaReminders::complete(const QString& id, QString* error)
{
    QList<RmaReminder> items = m_items;
    auto it = std::find_if(items.begin(), items.end(), [&id](const RmaReminder& r) { return r.id == id; });
    if (it == items.end()) {
        *error = RemindersText::tr("That RMA reminder is no longer in the list (another window may have changed it): "
                                   "reload the list.");
        return false;
    }
    it->returnedAt = m_clock->nowUtc().toUTC();
    if (!save(items, error))
        return false;
    m_items = items;
    return true;
}

QList<RmaReminder> RmaReminders::open() const
{
    QList<RmaReminder> result;
    for (const RmaReminder& r : m_items)
        if (r.isOpen())
            result << r;
    std::stable_sort(result.begin(), result.end(), [](const RmaReminder& a, const RmaReminder& b) {
        return a.schedule.deadline < b.schedule.deadline;
    });
    return result;
}

} // namespace dr::support
