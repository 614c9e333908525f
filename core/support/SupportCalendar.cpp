#include "support/SupportCalendar.h"

namespace dr::support {

SupportCalendar::SupportCalendar(const Clock& clock) : m_clock(&clock) {}

QTimeZone SupportCalendar::timeZone()
{
    static const QTimeZone zone(QByteArrayLiteral("America/Chicago"));
    return zone;
}

QTime SupportCalendar::openingTime()
{
    return QTime(2, 0);
}

QTime SupportCalendar::closingTime()
{
    return QTime(19, 0);
}

QDateTime SupportCalendar::opensAt(const QDate& centralDate) const
{
    return QDateTime(centralDate, openingTime(), timeZone()).toUTC();
}

QDateTime SupportCalendar::closesAt(const QDate& centralDate) const
{
    return QDateTime(centralDate, closingTime(), timeZone()).toUTC();
}

bool SupportCalendar::isBusinessDay(const QDate& centralDate) const
{
    return centralDate.isValid() && centralDate.dayOfWeek() <= Qt::Friday && !Holidays::isHoliday(centralDate);
}

bool SupportCalendar::isBusinessTime(const QDateTime& t) const
{
    if (!t.isValid())
        return false;
    // Wall-clock comparison in Central time: opening and closing never fall in a DST gap or overlap on
    // a business day (US changes happen at 2:00 AM on Sundays).
    const QDateTime local = t.toTimeZone(timeZone());
    return isBusinessDay(local.date()) && local.time() >= openingTime() && local.time() < closingTime();
}

QDateTime SupportCalendar::nextBusinessStart(const QDateTime& t) const
{
    if (!t.isValid() || !timeZone().isValid())
        return {};
    QDate day = t.toTimeZone(timeZone()).date();
    if (!day.isValid())
        return {};
    if (isBusinessDay(day) && t <= opensAt(day))
        return opensAt(day);
    do {
        day = day.addDays(1);
    } while (day.isValid() && !isBusinessDay(day));
    return day.isValid() ? opensAt(day) : QDateTime();
}

QDateTime SupportCalendar::effectiveReceipt(const QDateTime& t) const
{
    if (!t.isValid())
        return {};
    return isBusinessTime(t) ? t.toUTC() : nextBusinessStart(t);
}

QDateTime SupportCalendar::addBusinessMinutes(const QDateTime& start, qint64 minutes) const
{
    QDateTime t = effectiveReceipt(start);
    if (!t.isValid() || minutes < 0)
        return {};
    qint64 remaining = minutes * 60 * 1000;
    for (;;) {
        if (!t.isValid())
            return {};
        const QDateTime close = closesAt(t.toTimeZone(timeZone()).date());
        const qint64 available = t.msecsTo(close);
        if (remaining <= available)
            return t.addMSecs(remaining);
        remaining -= available;
        t = nextBusinessStart(close);
    }
}

qint64 SupportCalendar::businessSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    QDateTime t = effectiveReceipt(from);
    while (t.isValid() && t < to) {
        const QDateTime close = closesAt(t.toTimeZone(timeZone()).date());
        total += t.secsTo(std::min(close, to.toUTC()));
        t = nextBusinessStart(close);
    }
    return total;
}

QDateTime SupportCalendar::nextOpening() const
{
    const QDateTime t = now();
    if (isBusinessTime(t))
        return nextBusinessStart(closesAt(t.toTimeZone(timeZone()).date()));
    return nextBusinessStart(t);
}

} // namespace dr::support
