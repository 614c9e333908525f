#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dr::support {

// The vendor's observed holidays (USA), from the guide's "Bomgar Support" section.
enum class HolidayId {
    NewYearsDay,
    MartinLutherKingDay,
    PresidentsDay,
    GoodFriday,
    MemorialDay,
    IndependenceDay,
    LaborDay,
    ColumbusDay,
    VeteransDay,
    ThanksgivingDay,
    DayAfterThanksgiving,
    ChristmasEve,
    ChristmasDay,
};

struct Holiday
{
    HolidayId id;
    QDate date;   // the day support is closed (the observed day)
    QDate actual; // the calendar day of the holiday itself
    QString name; // translated name, "(observed)" added when date != actual

    bool isObserved() const { return date != actual; }
};

// Holiday rules. All dates are US Central calendar dates.
//
// Weekend rule (guide: "If the holiday falls during a weekend, the nearest weekday is observed"):
// Saturday -> the Friday before, Sunday -> the Monday after. Decisions where the guide is silent:
// - New Year's Day on a Saturday is observed on Friday December 31 of the PREVIOUS year, so
//   holidays(Y) can contain the observed New Year's Day of Y+1 (e.g. 2021-12-31 for 2022).
// - Christmas Eve and Christmas Day must not share a day: Christmas Day follows the weekend rule;
//   Christmas Eve is observed on the latest weekday on or before December 24 that is not the
//   observed Christmas Day. Hence: Dec 24 Fri/Dec 25 Sat -> Eve Thu 23, Christmas Fri 24 (2021);
//   Dec 24 Sat/Dec 25 Sun -> Eve Fri 23, Christmas Mon 26 (2022); Dec 24 Sun/Dec 25 Mon -> Eve
//   Fri 22, Christmas Mon 25 (2023).
// - "Day after Thanksgiving": the guide's table says "Fourth Friday in November", which is NOT
//   always the day after the fourth Thursday: when November 1 is a Friday the fourth Friday is
//   November 22 and Thanksgiving (the fourth Thursday) is November 28. We follow the holiday's
//   name: the day after Thanksgiving (November 29 in such a year, e.g. 2024 and 2030).
class Holidays
{
public:
    // Observed holidays whose observed date falls in the given year, sorted by date.
    static QList<Holiday> forYear(int year);
    // The holiday observed on that day, if any (Holiday::date == day).
    static std::optional<Holiday> observedOn(const QDate& day);
    static bool isHoliday(const QDate& day);

    static QString name(HolidayId id);

    // Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);
    // n-th (1-based) given weekday (1 = Monday .. 7 = Sunday) of a month.
    static QDate nthWeekday(int year, int month, int dayOfWeek, int n);
    static QDate lastWeekday(int year, int month, int dayOfWeek);
    // Weekend rule: Saturday -> Friday before, Sunday -> Monday after.
    static QDate weekendShift(const QDate& day);
};

} // namespace dr::support
