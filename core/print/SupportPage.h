#pragma once

#include "common/Clock.h"
#include "support/SupportAddresses.h"

#include <QTimeZone>

namespace dr::print {

// The binder's vendor support page, from core/support: the guide's contacts, the support hours in US Central
// time and in the reader's time zone (period by period over the year, as daylight saving time moves them), the
// year's holidays with the day support is actually closed, the severity table and what to send with an incident.
class SupportPage
{
public:
    struct Options
    {
        support::SupportAddresses addresses;
        QTimeZone readerZone = QTimeZone::systemTimeZone();
        int year = 0; // 0: the clock's current year (US Central)
    };

    static QString toHtml(const Clock& clock, const Options& options);
    static QString toHtml(const Clock& clock) { return toHtml(clock, Options()); }

    // The support hours of each (Central) date of the year in zone, merged into periods with the same local
    // times: {"Jan 1 - Mar 7", "09:00", "02:00 (next day)"}.
    struct HoursPeriod
    {
        QDate from, to;
        QString opens, closes;
    };
    static QList<HoursPeriod> hoursIn(const QTimeZone& zone, int year);
    // The 12 items the guide asks for when submitting an incident, "Label|explanation".
    static QStringList whatToSend();
};

} // namespace dr::print
