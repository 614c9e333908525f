#include "support/Holidays.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <algorithm>

namespace dr::support {

QString Holidays::name(HolidayId id)
{
    switch (id) {
    case HolidayId::NewYearsDay:
        return QCoreApplication::translate("dr::support::Holidays", "New Year's Day");
    case HolidayId::MartinLutherKingDay:
        return QCoreApplication::translate("dr::support::Holidays", "Martin Luther King Day");
    case HolidayId::PresidentsDay:
        return QCoreApplication::translate("dr::support::Holidays", "President's Day");
    case HolidayId::GoodFriday:
        return QCoreApplication::translate("dr::support::Holidays", "Good Friday");
    case HolidayId::MemorialDay:
        return QCoreApplication::translate("dr::support::Holidays", "Memorial Day");
    case HolidayId::IndependenceDay:
        return QCoreApplication::translate("dr::support::Holidays", "Independence Day");
    case HolidayId::LaborDay:
        return QCoreApplication::translate("dr::support::Holidays", "Labor Day");
    case HolidayId::ColumbusDay:
        return QCoreApplication::translate("dr::support::Holidays", "Columbus Day");
    case HolidayId::VeteransDay:
        return QCoreApplication::translate("dr::support::Holidays", "Veterans Day");
    case HolidayId::ThanksgivingDay:
        return QCoreApplication::translate("dr::support::Holidays", "Thanksgiving Day");
    case HolidayId::DayAfterThanksgiving:
        return QCoreApplication::translate("dr::support::Holidays", "Day after Thanksgiving");
    case HolidayId::ChristmasEve:
        return QCoreApplication::translate("dr::support::Holidays", "Christmas Eve");
    case HolidayId::ChristmasDay:
        return QCoreApplication::translate("dr::support::Holidays", "Christmas Day");
    }
    return {};
}

QDate Holidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QDate Holidays::nthWeekday(int year, int month, int dayOfWeek, int n)
{
    const QDate first(year, month, 1);
    const int offset = (dayOfWeek - first.dayOfWeek() + 7) % 7;
    return first.addDays(offset + 7 * (n - 1));
}

QDate Holidays::lastWeekday(int year, int month, int dayOfWeek)
{
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    const int back = (last.dayOfWeek() - dayOfWeek + 7) % 7;
    return last.addDays(-back);
}

QDate Holidays::weekendShift(const QDate& day)
{
    if (day.dayOfWeek() == Qt::Saturday)
        return day.addDays(-1);
    if (day.dayOfWeek() == Qt::Sunday)
        return day.addDays(1);
    return day;
}

static Holiday make(HolidayId id, const QDate& observed, const QDate& actual)
{
    QString label = Holidays::name(id);
    if (observed != actual)
        label = QCoreApplication::translate("dr::support::Holidays", "%1 (observed)").arg(label);
    return Holiday{id, observed, actual, label};
}

// Every holiday "belonging" to calendar year y (by its actual date), with its observed date.
static QList<Holiday> rulesForYear(int y)
{
    QList<Holiday> list;
    auto fixed = [&](HolidayId id, int month, int day) {
        const QDate actual(y, month, day);
        list.append(make(id, Holidays::weekendShift(actual), actual));
    };
    auto floating = [&](HolidayId id, const QDate& d) { list.append(make(id, d, d)); };

    fixed(HolidayId::NewYearsDay, 1, 1);
    floating(HolidayId::MartinLutherKingDay, Holidays::nthWeekday(y, 1, Qt::Monday, 3));
    floating(HolidayId::PresidentsDay, Holidays::nthWeekday(y, 2, Qt::Monday, 3));
    floating(HolidayId::GoodFriday, Holidays::easterSunday(y).addDays(-2));
    floating(HolidayId::MemorialDay, Holidays::lastWeekday(y, 5, Qt::Monday));
    fixed(HolidayId::IndependenceDay, 7, 4);
    floating(HolidayId::LaborDay, Holidays::nthWeekday(y, 9, Qt::Monday, 1));
    floating(HolidayId::ColumbusDay, Holidays::nthWeekday(y, 10, Qt::Monday, 2));
    fixed(HolidayId::VeteransDay, 11, 11);
    const QDate thanksgiving = Holidays::nthWeekday(y, 11, Qt::Thursday, 4);
    floating(HolidayId::ThanksgivingDay, thanksgiving);
    // Deliberately the day after Thanksgiving, not the "fourth Friday" of the guide's table (see header).
    floating(HolidayId::DayAfterThanksgiving, thanksgiving.addDays(1));

    const QDate christmas(y, 12, 25);
    const QDate christmasObserved = Holidays::weekendShift(christmas);
    const QDate eve(y, 12, 24);
    QDate eveObserved = eve;
    while (eveObserved.dayOfWeek() > Qt::Friday || eveObserved == christmasObserved)
        eveObserved = eveObserved.addDays(-1);
    list.append(make(HolidayId::ChristmasEve, eveObserved, eve));
    list.append(make(HolidayId::ChristmasDay, christmasObserved, christmas));
    return list;
}

QList<Holiday> Holidays::forYear(int year)
{
    QList<Holiday> result;
    for (int y : {year, year + 1}) {
        for (const Holiday& h : rulesForYear(y)) {
            if (h.date.year() == year)
                result.append(h);
        }
    }
    std::sort(result.begin(), result.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return result;
}

// Observed dates per year, cached: the calendar asks for every instant it checks.
static bool isObservedDate(const QDate& day)
{
    static QMutex mutex;
    static QHash<int, QList<QDate>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.constFind(day.year());
    if (it == cache.constEnd()) {
        QList<QDate> dates;
        for (const Holiday& h : Holidays::forYear(day.year()))
            dates.append(h.date);
        it = cache.insert(day.year(), dates);
    }
    return it->contains(day);
}

bool Holidays::isHoliday(const QDate& day)
{
    return day.isValid() && isObservedDate(day);
}

std::optional<Holiday> Holidays::observedOn(const QDate& day)
{
    if (!isHoliday(day))
        return std::nullopt;
    for (const Holiday& h : forYear(day.year())) {
        if (h.date == day)
            return h;
    }
    return std::nullopt;
}

} // namespace dr::support
