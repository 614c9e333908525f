#pragma once

#include "support/Severity.h"
#include "support/SupportCalendar.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace dr::support {

struct ResponseDeadline
{
    Severity severity = Severity::Level3;
    int targetMinutes = 0; // business minutes
    QDateTime reportedAt;  // as given (UTC)
    QDateTime receivedAt;  // effective receipt: reportedAt, or the next opening when support was closed (UTC)
    QDateTime deadline;    // when the target falls (UTC)
    bool isValid() const { return deadline.isValid(); }
};

// The guide's response targets, counted in business hours only (SupportCalendar).
class ResponseClock
{
public:
    explicit ResponseClock(const SupportCalendar& calendar) : m_calendar(&calendar) {}

    // When the first response (start of resolution) is due for an incident reported at reportedAt.
    QDateTime deadline(Severity severity, const QDateTime& reportedAt) const;
    ResponseDeadline firstResponse(Severity severity, const QDateTime& reportedAt) const;
    // When the customer must answer a request for information sent at requestedAt; none for level 3.
    std::optional<ResponseDeadline> customerResponse(Severity severity, const QDateTime& requestedAt) const;
    // First response for an incident reported now (from the calendar's clock).
    ResponseDeadline firstResponseNow(Severity severity) const;

    // "Wed 2026-11-25 09:30 CST (UTC-06:00)" in the given zone; weekday names from the locale.
    static QString format(const QDateTime& t, const QTimeZone& zone, const QLocale& locale = QLocale::c());
    // "+01:00" style offset of t in zone.
    static QString utcOffset(const QDateTime& t, const QTimeZone& zone);

private:
    ResponseDeadline compute(Severity severity, int minutes, const QDateTime& at) const;

    const SupportCalendar* m_calendar;
};

} // namespace dr::support
