#pragma once

#include "common/Clock.h"
#include "support/Holidays.h"

#include <QDateTime>
#include <QTimeZone>

namespace dr::support {

// The vendor's support hours: 2:00 AM to 7:00 PM US Central time (CST/CDT, from the time zone
// database), Monday to Friday, except the observed holidays (see Holidays). A business period is
// the half-open interval [02:00, 19:00) of Central wall-clock time on a business day.
//
// Every QDateTime argument may be in any time spec/zone; results are returned in UTC (convert
// them with toTimeZone() for display). Invalid input gives invalid results.
class SupportCalendar
{
public:
    explicit SupportCalendar(const Clock& clock = SystemClock::instance());

    static QTimeZone timeZone(); // America/Chicago
    static QTime openingTime();  // 02:00
    static QTime closingTime();  // 19:00
    static constexpr int businessMinutesPerDay = 17 * 60;

    // Holidays observed in that (Central) calendar year, with translated names.
    QList<Holiday> holidays(int year) const { return Holidays::forYear(year); }
    bool isBusinessDay(const QDate& centralDate) const;
    bool isBusinessTime(const QDateTime& t) const;

    // The first opening (02:00 Central on a business day) at or after t.
    QDateTime nextBusinessStart(const QDateTime& t) const;
    // The guide: "Incidents reported outside of Bomgar's normal support hours are considered to be
    // received at the beginning of the next business day." t itself when t is in business hours.
    QDateTime effectiveReceipt(const QDateTime& t) const;
    // The moment at which `minutes` business minutes have elapsed, counted from effectiveReceipt(start).
    // When the count ends exactly at closing time the result is that closing time (19:00 Central).
    QDateTime addBusinessMinutes(const QDateTime& start, qint64 minutes) const;
    // Business seconds in [from, to) (0 when to <= from).
    qint64 businessSecondsBetween(const QDateTime& from, const QDateTime& to) const;

    // "Now" comes from the injected clock.
    QDateTime now() const { return m_clock->nowUtc(); }
    bool isOpenNow() const { return isBusinessTime(now()); }
    // Next opening strictly after now when open now; the coming opening otherwise.
    QDateTime nextOpening() const;

    QDateTime opensAt(const QDate& centralDate) const;
    QDateTime closesAt(const QDate& centralDate) const;

private:
    const Clock* m_clock;
};

} // namespace dr::support
