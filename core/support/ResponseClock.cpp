#include "support/ResponseClock.h"

namespace dr::support {

ResponseDeadline ResponseClock::compute(Severity severity, int minutes, const QDateTime& at) const
{
    ResponseDeadline d;
    d.severity = severity;
    d.targetMinutes = minutes;
    if (!at.isValid())
        return d;
    d.reportedAt = at.toUTC();
    d.receivedAt = m_calendar->effectiveReceipt(at);
    d.deadline = m_calendar->addBusinessMinutes(at, minutes);
    return d;
}

QDateTime ResponseClock::deadline(Severity severity, const QDateTime& reportedAt) const
{
    return firstResponse(severity, reportedAt).deadline;
}

ResponseDeadline ResponseClock::firstResponse(Severity severity, const QDateTime& reportedAt) const
{
    return compute(severity, firstResponseMinutes(severity), reportedAt);
}

std::optional<ResponseDeadline> ResponseClock::customerResponse(Severity severity, const QDateTime& requestedAt) const
{
    const std::optional<int> minutes = customerResponseMinutes(severity);
    if (!minutes)
        return std::nullopt;
    return compute(severity, *minutes, requestedAt);
}

ResponseDeadline ResponseClock::firstResponseNow(Severity severity) const
{
    return firstResponse(severity, m_calendar->now());
}

QString ResponseClock::utcOffset(const QDateTime& t, const QTimeZone& zone)
{
    const int offset = t.toTimeZone(zone).offsetFromUtc();
    const int abs = offset < 0 ? -offset : offset;
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 3600, 2, 10, QLatin1Char('0'))
        .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ResponseClock::format(const QDateTime& t, const QTimeZone& zone, const QLocale& locale)
{
    if (!t.isValid() || !zone.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    return QStringLiteral("%1 %2 (UTC%3)")
        .arg(locale.toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")), zone.abbreviation(local),
             utcOffset(t, zone));
}

} // namespace dr::support
