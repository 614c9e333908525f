// The support calendar and the first-response clock, checked against an independent reference:
// a holiday table derived day by day (counting weekdays within each month, Gauss's Easter formula),
// US Central offsets from the written US DST rules (not the tz database), and deadlines found by
// stepping minute by minute through UTC time.
#include "common/Clock.h"
#include "support/Holidays.h"
#include "support/ResponseClock.h"
#include "support/SupportCalendar.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <random>

using namespace dr::support;

namespace {

constexpr qint64 kDay = 86400;

// --- reference: holidays, derived day by day -------------------------------------------------
QDate gaussEaster(int y)
{
    const int a = y % 19, b = y % 4, c = y % 7, k = y / 100;
    const int p = (13 + 8 * k) / 25, q = k / 4;
    const int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30, e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6)
        return QDate(y, 4, 19);
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
        return QDate(y, 4, 18);
    return QDate(y, 3, 22).addDays(d + e);
}

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

// Observed holiday dates (all years from..to, plus spill-over of the neighbouring years).
QSet<QDate> referenceHolidays(int from, int to)
{
    QSet<QDate> observed;
    for (int y = from - 1; y <= to + 1; ++y) {
        QList<QDate> fixedDays; // actual dates of the weekend-shifted holidays
        QDate thanksgiving;
        int weekdayCount[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        int currentMonth = 0;
        for (QDate d(y, 1, 1); d.year() == y; d = d.addDays(1)) {
            if (d.month() != currentMonth) {
                currentMonth = d.month();
                std::fill(std::begin(weekdayCount), std::end(weekdayCount), 0);
            }
            const int wd = d.dayOfWeek();
            const int nth = ++weekdayCount[wd];
            const int m = d.month(), day = d.day();
            if ((m == 1 && day == 1) || (m == 7 && day == 4) || (m == 11 && day == 11))
                fixedDays.append(d);
            if (wd == 1 && ((m == 1 && nth == 3) || (m == 2 && nth == 3) || (m == 9 && nth == 1) ||
                            (m == 10 && nth == 2) || (m == 5 && d.addDays(7).month() == 6)))
                observed.insert(d);
            if (wd == 4 && m == 11 && nth == 4)
                thanksgiving = d;
        }
        observed.insert(thanksgiving);
        observed.insert(thanksgiving.addDays(1));
        observed.insert(gaussEaster(y).addDays(-2));
        for (const QDate& d : fixedDays)
            observed.insert(d.dayOfWeek() == 6 ? d.addDays(-1) : d.dayOfWeek() == 7 ? d.addDays(1) : d);
        const QDate xmas(y, 12, 25);
        const QDate xmasObserved = xmas.dayOfWeek() == 6   ? xmas.addDays(-1)
                                   : xmas.dayOfWeek() == 7 ? xmas.addDays(1)
                                                           : xmas;
        observed.insert(xmasObserved);
        QDate eve(y, 12, 24);
        while (isWeekend(eve) || eve == xmasObserved)
            eve = eve.addDays(-1);
        observed.insert(eve);
    }
    return observed;
}

// --- reference: US Central time from the written rules ----------------------------------------
QDate nthSunday(int y, int month, int n) // n = -1: last
{
    QList<QDate> sundays;
    for (QDate d(y, month, 1); d.month() == month; d = d.addDays(1))
        if (d.dayOfWeek() == 7)
            sundays.append(d);
    return n < 0 ? sundays.last() : sundays.at(n - 1);
}

qint64 utcSecs(const QDate& d, int hour)
{
    return QDateTime(d, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// Offset of US Central from UTC (seconds) at a UTC instant. DST starts at 2:00 CST (08:00 UTC) and
// ends at 2:00 CDT (07:00 UTC): since 2007 second Sunday of March to first Sunday of November,
// before that first Sunday of April to last Sunday of October.
int centralOffset(qint64 utc)
{
    static QHash<int, std::pair<qint64, qint64>> cache;
    const int y = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date().year();
    auto it = cache.find(y);
    if (it == cache.end()) {
        const auto range = y >= 2007 ? std::make_pair(utcSecs(nthSunday(y, 3, 2), 8), utcSecs(nthSunday(y, 11, 1), 7))
                                     : std::make_pair(utcSecs(nthSunday(y, 4, 1), 8), utcSecs(nthSunday(y, 10, -1), 7));
        it = cache.insert(y, range);
    }
    return (utc >= it->first && utc < it->second) ? -5 * 3600 : -6 * 3600;
}

struct Reference
{
    QSet<QDate> holidays = referenceHolidays(2000, 2060);
    QDate epochDay = QDate(1970, 1, 1);

    bool business(qint64 utc) const
    {
        const qint64 local = utc + centralOffset(utc);
        const qint64 dayNumber = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
        const qint64 secOfDay = local - dayNumber * kDay;
        const QDate date = epochDay.addDays(dayNumber);
        return !isWeekend(date) && !holidays.contains(date) && secOfDay >= 2 * 3600 && secOfDay < 19 * 3600;
    }

    // Deadline by stepping: the end of the n-th business minute at or after `utc` (minute aligned).
    qint64 deadline(qint64 utc, int minutes) const
    {
        int counted = 0;
        for (qint64 t = utc;; t += 60) {
            if (business(t) && ++counted == minutes)
                return t + 60;
        }
    }

    qint64 receipt(qint64 utc) const
    {
        qint64 t = utc;
        while (!business(t))
            t += 60;
        return t;
    }
};

const Reference& reference()
{
    static const Reference ref;
    return ref;
}

QDateTime central(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("America/Chicago")));
}

QDateTime berlin(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

} // namespace

class TestSupportCalendar : public QObject
{
    Q_OBJECT

private slots:
    void timeZoneAvailable()
    {
        QVERIFY2(SupportCalendar::timeZone().isValid(), "America/Chicago missing from the time zone database");
    }

    void easterMatchesGaussAndKnownDates()
    {
        for (int y = 1900; y <= 2200; ++y)
            QCOMPARE(Holidays::easterSunday(y), gaussEaster(y));
        QCOMPARE(Holidays::easterSunday(2000), QDate(2000, 4, 23));
        QCOMPARE(Holidays::easterSunday(2008), QDate(2008, 3, 23));
        QCOMPARE(Holidays::easterSunday(2011), QDate(2011, 4, 24));
        QCOMPARE(Holidays::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(Holidays::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(Holidays::easterSunday(2038), QDate(2038, 4, 25));
    }

    void holidaysMatchReference2000To2060()
    {
        const Reference& ref = reference();
        for (int y = 2000; y <= 2060; ++y) {
            QSet<QDate> expected;
            for (const QDate& d : ref.holidays)
                if (d.year() == y)
                    expected.insert(d);
            QSet<QDate> actual;
            for (const Holiday& h : Holidays::forYear(y)) {
                QVERIFY(!h.name.isEmpty());
                QVERIFY2(!isWeekend(h.date), qPrintable(h.date.toString(Qt::ISODate)));
                QCOMPARE(h.isObserved(), h.date != h.actual);
                actual.insert(h.date);
            }
            QCOMPARE(actual, expected);
        }
    }

    void weekendHolidaysKnownYears()
    {
        auto find = [](int year, HolidayId id) {
            for (const Holiday& h : Holidays::forYear(year))
                if (h.id == id)
                    return h;
            return Holiday{id, {}, {}, {}};
        };
        // July 4 2026 is a Saturday: observed Friday July 3.
        QCOMPARE(find(2026, HolidayId::IndependenceDay).date, QDate(2026, 7, 3));
        QCOMPARE(find(2026, HolidayId::IndependenceDay).name, QStringLiteral("Independence Day (observed)"));
        QVERIFY(!Holidays::isHoliday(QDate(2026, 7, 6)));
        // 2021: Christmas (Sat) -> Fri 24, so Christmas Eve (Fri) moves to Thu 23; New Year 2022 (Sat) -> Fri Dec 31
        // 2021.
        QCOMPARE(find(2021, HolidayId::ChristmasDay).date, QDate(2021, 12, 24));
        QCOMPARE(find(2021, HolidayId::ChristmasEve).date, QDate(2021, 12, 23));
        QCOMPARE(Holidays::observedOn(QDate(2021, 12, 31))->id, HolidayId::NewYearsDay);
        QCOMPARE(Holidays::observedOn(QDate(2021, 12, 31))->actual, QDate(2022, 1, 1));
        QCOMPARE(Holidays::forYear(2021).last().name, QStringLiteral("New Year's Day (observed)"));
        QVERIFY(!Holidays::isHoliday(QDate(2022, 1, 1))); // a Saturday, observed the year before
        QVERIFY(!Holidays::isHoliday(QDate(2022, 1, 3)));
        // 2022: Eve Sat -> Fri 23, Christmas Sun -> Mon 26.
        QCOMPARE(find(2022, HolidayId::ChristmasEve).date, QDate(2022, 12, 23));
        QCOMPARE(find(2022, HolidayId::ChristmasDay).date, QDate(2022, 12, 26));
        // 2023: Eve Sun (nearest weekday Mon 25 is Christmas) -> Fri 22.
        QCOMPARE(find(2023, HolidayId::ChristmasEve).date, QDate(2023, 12, 22));
        QCOMPARE(find(2023, HolidayId::ChristmasDay).date, QDate(2023, 12, 25));
        // Veterans Day 2023 (Sat) -> Fri 10; 2029 (Sun) -> Mon 12.
        QCOMPARE(find(2023, HolidayId::VeteransDay).date, QDate(2023, 11, 10));
        QCOMPARE(find(2029, HolidayId::VeteransDay).date, QDate(2029, 11, 12));
        // New Year 2023 (Sun) -> Mon Jan 2.
        QCOMPARE(find(2023, HolidayId::NewYearsDay).date, QDate(2023, 1, 2));
        QCOMPARE(find(2026, HolidayId::GoodFriday).date, QDate(2026, 4, 3));
        QCOMPARE(find(2026, HolidayId::MemorialDay).date, QDate(2026, 5, 25));
        QCOMPARE(find(2026, HolidayId::MartinLutherKingDay).date, QDate(2026, 1, 19));
    }

    // The guide's table says "Fourth Friday in November"; we observe the day after Thanksgiving.
    void dayAfterThanksgivingIsNotTheFourthFriday()
    {
        // November 1 2024 is a Friday: fourth Friday = Nov 22, Thanksgiving = Thu Nov 28.
        QCOMPARE(QDate(2024, 11, 1).dayOfWeek(), 5);
        QCOMPARE(Holidays::nthWeekday(2024, 11, Qt::Friday, 4), QDate(2024, 11, 22));
        QCOMPARE(Holidays::nthWeekday(2024, 11, Qt::Thursday, 4), QDate(2024, 11, 28));
        QVERIFY(Holidays::isHoliday(QDate(2024, 11, 29)));
        QVERIFY(!Holidays::isHoliday(QDate(2024, 11, 22)));
        const SupportCalendar cal;
        QVERIFY(cal.isBusinessTime(central(2024, 11, 22, 10, 0)));
        QVERIFY(!cal.isBusinessTime(central(2024, 11, 29, 10, 0)));
        QCOMPARE(Holidays::observedOn(QDate(2030, 11, 29))->id, HolidayId::DayAfterThanksgiving);
    }

    // Every opening and closing 2000-2060 (one second either side), plus a sweep every three hours.
    void businessTimeMatchesReference()
    {
        const Reference& ref = reference();
        const SupportCalendar cal;
        int mismatches = 0;
        auto check = [&](qint64 t) {
            const bool expected = ref.business(t);
            if (cal.isBusinessTime(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)) != expected && ++mismatches < 5)
                qWarning() << "mismatch at" << QDateTime::fromSecsSinceEpoch(t, Qt::UTC) << "expected" << expected;
        };
        for (QDate day(2000, 1, 1); day.year() <= 2060; day = day.addDays(1)) {
            for (int hour : {2, 19}) {
                // UTC instant of that Central wall-clock hour, from the reference offsets (CST first, then CDT).
                qint64 t = utcSecs(day, hour) + 6 * 3600;
                if (centralOffset(t) != -6 * 3600)
                    t -= 3600;
                for (qint64 delta : {-1, 0, 1})
                    check(t + delta);
            }
        }
        const qint64 start = utcSecs(QDate(2000, 1, 1), 0);
        const qint64 end = utcSecs(QDate(2061, 1, 1), 0);
        for (qint64 t = start; t < end; t += 3 * 3600 + 60)
            check(t);
        QCOMPARE(mismatches, 0);
    }

    void deadlinesMatchReferenceRandomSample()
    {
        const Reference& ref = reference();
        const SupportCalendar cal;
        const ResponseClock clock(cal);
        std::mt19937_64 rng(20261125);
        const qint64 start = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
        const qint64 end = QDateTime(QDate(2060, 12, 20), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 60;
        std::uniform_int_distribution<qint64> minute(start, end);
        for (int i = 0; i < 1500; ++i) {
            const qint64 t = minute(rng) * 60;
            const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
            const Severity sev = static_cast<Severity>(1 + i % 3);
            const ResponseDeadline d = clock.firstResponse(sev, at);
            QCOMPARE(d.receivedAt.toSecsSinceEpoch(), ref.receipt(t));
            QCOMPARE(d.deadline.toSecsSinceEpoch(), ref.deadline(t, firstResponseMinutes(sev)));
            QCOMPARE(cal.businessSecondsBetween(at, d.deadline), qint64(firstResponseMinutes(sev)) * 60);
        }
    }

    void deadlinesAroundEveryDstChange()
    {
        const Reference& ref = reference();
        const SupportCalendar cal;
        const ResponseClock clock(cal);
        // Fridays before each Chicago change, and the Berlin changes (last Sunday of March/October).
        for (int y = 2000; y <= 2060; ++y) {
            const QList<QDate> sundays = {y >= 2007 ? nthSunday(y, 3, 2) : nthSunday(y, 4, 1),
                                          y >= 2007 ? nthSunday(y, 11, 1) : nthSunday(y, 10, -1), nthSunday(y, 3, -1),
                                          nthSunday(y, 10, -1)};
            for (const QDate& sunday : sundays) {
                for (int hour = 0; hour < 24 * 4; hour += 7) {
                    const QDateTime at = QDateTime(sunday.addDays(-2), QTime(0, 0), Qt::UTC).addSecs(hour * 3600 + 420);
                    for (Severity sev : {Severity::Level1, Severity::Level2}) {
                        const qint64 expected = ref.deadline(at.toSecsSinceEpoch(), firstResponseMinutes(sev));
                        QCOMPARE(clock.deadline(sev, at).toSecsSinceEpoch(), expected);
                    }
                }
            }
        }
    }

    void knownDeadlines()
    {
        const SupportCalendar cal;
        const ResponseClock clock(cal);
        // Friday before the March 2026 change: 7 h Friday + 17 h Monday (now CDT) = 24 h, ending at Monday's close.
        QCOMPARE(clock.deadline(Severity::Level2, central(2026, 3, 6, 12, 0)), central(2026, 3, 9, 19, 0));
        QCOMPARE(central(2026, 3, 9, 19, 0).toUTC(), QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
        // Over Thanksgiving 2026: Wed 9 h, Thu/Fri closed, Mon 15 h.
        QCOMPARE(clock.deadline(Severity::Level2, central(2026, 11, 25, 10, 0)), central(2026, 11, 30, 17, 0));
        // Friday evening severity 1: 30 business minutes run from Monday 02:00.
        const ResponseDeadline d = clock.firstResponse(Severity::Level1, central(2026, 11, 20, 18, 45));
        QCOMPARE(d.receivedAt, central(2026, 11, 20, 18, 45).toUTC());
        QCOMPARE(d.deadline, central(2026, 11, 23, 2, 15));
        // Exactly at closing: received at the next opening.
        QCOMPARE(cal.effectiveReceipt(central(2026, 11, 24, 19, 0)), central(2026, 11, 25, 2, 0).toUTC());
        QCOMPARE(cal.effectiveReceipt(central(2026, 11, 24, 2, 0)), central(2026, 11, 24, 2, 0).toUTC());
        QCOMPARE(cal.nextBusinessStart(central(2026, 11, 24, 1, 59)), central(2026, 11, 24, 2, 0).toUTC());
        // Customer response: 30 min / 24 h, none for level 3.
        QCOMPARE(clock.customerResponse(Severity::Level1, central(2026, 11, 24, 10, 0))->deadline,
                 central(2026, 11, 24, 10, 30).toUTC());
        QVERIFY(!clock.customerResponse(Severity::Level3, central(2026, 11, 24, 10, 0)).has_value());
    }

    // An operator in Berlin: the gap to Chicago is 7 h, but 6 h in the weeks when only one side is on DST.
    void operatorInBerlin()
    {
        const SupportCalendar cal;
        const ResponseClock clock(cal);
        const QTimeZone berlinZone(QByteArrayLiteral("Europe/Berlin"));
        // 2026-01-13 08:30 CET = 01:30 CST: closed; received 02:00 CST = 09:00 CET, due 09:30 CET.
        ResponseDeadline d = clock.firstResponse(Severity::Level1, berlin(2026, 1, 13, 8, 30));
        QCOMPARE(d.receivedAt, berlin(2026, 1, 13, 9, 0).toUTC());
        QCOMPARE(d.deadline, berlin(2026, 1, 13, 9, 30).toUTC());
        QCOMPARE(ResponseClock::format(d.deadline, berlinZone), QStringLiteral("Tue 2026-01-13 09:30 CET (UTC+01:00)"));
        QCOMPARE(ResponseClock::format(d.deadline, SupportCalendar::timeZone()),
                 QStringLiteral("Tue 2026-01-13 02:30 CST (UTC-06:00)"));
        // 2026-03-10 (US on CDT, Berlin still CET) 08:30 CET = 02:30 CDT: open; due 09:00 CET.
        d = clock.firstResponse(Severity::Level1, berlin(2026, 3, 10, 8, 30));
        QCOMPARE(d.receivedAt, berlin(2026, 3, 10, 8, 30).toUTC());
        QCOMPARE(d.deadline, berlin(2026, 3, 10, 9, 0).toUTC());
        QCOMPARE(ResponseClock::format(d.deadline, SupportCalendar::timeZone()),
                 QStringLiteral("Tue 2026-03-10 03:00 CDT (UTC-05:00)"));
        // 2026-10-27 (Berlin back on CET, US still CDT): 01:30 CET = 19:30 CDT the day before: closed.
        QVERIFY(!cal.isBusinessTime(berlin(2026, 10, 27, 1, 30)));
        QCOMPARE(cal.nextBusinessStart(berlin(2026, 10, 27, 1, 30)), berlin(2026, 10, 27, 8, 0).toUTC());
        QCOMPARE(ResponseClock::utcOffset(berlin(2026, 7, 1, 12, 0), berlinZone), QStringLiteral("+02:00"));
    }

    void nowComesFromTheClock()
    {
        dr::ManualClock manual(central(2026, 12, 24, 10, 0).toUTC()); // Christmas Eve: closed
        const SupportCalendar cal(manual);
        QVERIFY(!cal.isOpenNow());
        QCOMPARE(cal.nextOpening(), central(2026, 12, 28, 2, 0).toUTC());
        manual.set(central(2026, 12, 28, 10, 0));
        QVERIFY(cal.isOpenNow());
        QCOMPARE(cal.nextOpening(), central(2026, 12, 29, 2, 0).toUTC());
        const ResponseClock clock(cal);
        QCOMPARE(clock.firstResponseNow(Severity::Level1).deadline, central(2026, 12, 28, 10, 30).toUTC());
    }

    void invalidInput()
    {
        const SupportCalendar cal;
        QVERIFY(!cal.isBusinessTime(QDateTime()));
        QVERIFY(!cal.nextBusinessStart(QDateTime()).isValid());
        QVERIFY(!ResponseClock(cal).firstResponse(Severity::Level1, QDateTime()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSupportCalendar)
#include "tst_support_calendar.moc"
