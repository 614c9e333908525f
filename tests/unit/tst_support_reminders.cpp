// RMA return reminders: kept in a JSON file (atomically), reloaded by a new instance, due/overdue from an injected
// clock in the operator's time zone, completed ones kept but no longer open, a damaged file never written over.
#include "support/RmaReminders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::support;

class TestSupportReminders : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    }

private slots:
    void addPersistsAndReloads()
    {
        QTemporaryDir dir;
        dr::ManualClock clock(utc(2026, 11, 3));
        const QString folder = dir.filePath(QStringLiteral("data/support"));
        RmaReminders store(folder, clock, QTimeZone::utc());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error)); // no file yet: empty, fine
        QVERIFY(store.all().isEmpty());
        const std::optional<RmaReminder> r = store.add(QStringLiteral(" B300 "), QStringLiteral(" SN-1 "),
                                                       QStringLiteral("Incident# 40100"), QDate(2026, 11, 2), &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QVERIFY(QFile::exists(store.path()));
        QCOMPARE(store.path(), folder + QStringLiteral("/rma-reminders.json"));

        RmaReminders reloaded(folder, clock, QTimeZone::utc());
        QVERIFY2(reloaded.load(&error), qPrintable(error));
        QCOMPARE(reloaded.all().size(), 1);
        const RmaReminder back = reloaded.all().first();
        QCOMPARE(back.id, r->id);
        QCOMPARE(back.model, QStringLiteral("B300"));
        QCOMPARE(back.serialNumber, QStringLiteral("SN-1"));
        QCOMPARE(back.incidentNumber, QStringLiteral("40100"));
        QCOMPARE(back.schedule.operational, QDate(2026, 11, 2));
        QCOMPARE(back.schedule.deadline, QDate(2026, 11, 16)); // two weeks after operational
        QCOMPARE(back.addedAt, utc(2026, 11, 3));
        QVERIFY(back.isOpen());
    }

    void dueAndOverdueFollowTheClock()
    {
        QTemporaryDir dir;
        dr::ManualClock clock(utc(2026, 11, 3));
        RmaReminders store(dir.path(), clock, QTimeZone::utc());
        QString error;
        const std::optional<RmaReminder> r =
            store.add(QStringLiteral("B400"), QStringLiteral("SN-2"), {}, QDate(2026, 11, 2), &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QCOMPARE(store.daysLeft(*r), 13);
        QCOMPARE(store.status(*r), ReturnSchedule::Status::Pending);
        clock.set(utc(2026, 11, 13, 0, 1)); // reminder: three days before the deadline
        QCOMPARE(store.daysLeft(*r), 3);
        QCOMPARE(store.status(*r), ReturnSchedule::Status::ReminderDue);
        clock.set(utc(2026, 11, 16, 23, 59)); // the deadline day itself is still in time
        QCOMPARE(store.daysLeft(*r), 0);
        QCOMPARE(store.status(*r), ReturnSchedule::Status::ReminderDue);
        clock.set(utc(2026, 11, 17, 0, 0));
        QCOMPARE(store.daysLeft(*r), -1);
        QCOMPARE(store.status(*r), ReturnSchedule::Status::Overdue);
    }

    void todayIsTheOperatorsDate()
    {
        QTemporaryDir dir;
        dr::ManualClock clock(utc(2026, 11, 16, 23, 30));
        RmaReminders utcStore(dir.path(), clock, QTimeZone::utc());
        RmaReminders tokyo(dir.path(), clock, QTimeZone("Asia/Tokyo"));
        QString error;
        const std::optional<RmaReminder> r =
            utcStore.add(QStringLiteral("B300"), QStringLiteral("SN-3"), {}, QDate(2026, 11, 2), &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QCOMPARE(utcStore.status(*r), ReturnSchedule::Status::ReminderDue); // still Nov 16 in UTC
        QCOMPARE(tokyo.today(), QDate(2026, 11, 17));
        QCOMPARE(tokyo.status(*r), ReturnSchedule::Status::Overdue); // already Nov 17 in Tokyo
    }

    void completeKeepsTheRecordButClosesIt()
    {
        QTemporaryDir dir;
        dr::ManualClock clock(utc(2026, 11, 3));
        RmaReminders store(dir.path(), clock, QTimeZone::utc());
        QString error;
        const auto late = store.add(QStringLiteral("B300"), QStringLiteral("LATE"), {}, QDate(2026, 11, 20), &error);
        const auto early = store.add(QStringLiteral("B300"), QStringLiteral("EARLY"), {}, QDate(2026, 11, 1), &error);
        QVERIFY(late && early);
        QCOMPARE(store.open().size(), 2);
        QCOMPARE(store.open().first().serialNumber, QStringLiteral("EARLY")); // earliest deadline first
        clock.set(utc(2026, 11, 10, 8));
        QVERIFY2(store.complete(early->id, &error), qPrintable(error));
        QVERIFY(!store.complete(QStringLiteral("no-such-id"), &error));
        QVERIFY(error.contains(QStringLiteral("reload")));

        RmaReminders reloaded(dir.path(), clock, QTimeZone::utc());
        QVERIFY(reloaded.load(&error));
        QCOMPARE(reloaded.all().size(), 2);
        QCOMPARE(reloaded.open().size(), 1);
        QCOMPARE(reloaded.open().first().serialNumber, QStringLiteral("LATE"));
        for (const RmaReminder& r : reloaded.all())
            if (r.serialNumber == QLatin1String("EARLY"))
                QCOMPARE(r.returnedAt, utc(2026, 11, 10, 8));
    }

    void incompleteInputIsRefused()
    {
        QTemporaryDir dir;
        dr::ManualClock clock;
        RmaReminders store(dir.path(), clock);
        QString error;
        QVERIFY(!store.add(QStringLiteral("B300"), QStringLiteral("  "), {}, QDate(2026, 11, 2), &error));
        QVERIFY(error.contains(QStringLiteral("serial number")));
        QVERIFY(!store.add(QStringLiteral("B300"), QStringLiteral("SN"), {}, QDate(), &error));
        QVERIFY(!QFile::exists(store.path()));
    }

    void damagedFileIsReportedAndNeverWrittenOver()
    {
        QTemporaryDir dir;
        dr::ManualClock clock;
        RmaReminders store(dir.path(), clock);
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"reminders\": [ {\"id\": \"x\", \"operational\": \"2026-1");
        f.close();
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!store.add(QStringLiteral("B300"), QStringLiteral("SN"), {}, QDate(2026, 11, 2), &error));
        QVERIFY(error.contains(QStringLiteral("not written over")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().endsWith("2026-1"));
        f.close();

        // A record without its date is damage too.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("reminders"),
                                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}}})
                    .toJson());
        f.close();
        QVERIFY(!store.load(&error));
        QVERIFY(store.all().isEmpty());
    }

    void unwritableFolderLeavesTheListUnchanged()
    {
        QTemporaryDir dir;
        dr::ManualClock clock;
        // A regular file where the folder should be: nothing can be created under it (even as root).
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        RmaReminders store(blocker + QStringLiteral("/sub"), clock);
        QString error;
        QVERIFY(store.load(&error));
        QVERIFY(!store.add(QStringLiteral("B300"), QStringLiteral("SN"), {}, QDate(2026, 11, 2), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be created")) || error.contains(QStringLiteral("saved")),
                 qPrintable(error));
        QVERIFY(store.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupportReminders)
#include "tst_support_reminders.moc"
