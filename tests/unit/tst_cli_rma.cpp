// drrunbook-cli rma-reminders against a reminders file written by support::RmaReminders (as the GUI's RMA form
// does): open returns listed with the days left, an overdue one makes the exit status 1, returned ones only with
// --all, a damaged file exit status 2.
#include "support/RmaReminders.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using dr::support::RmaReminders;

class TestCliRma : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out, err;
    };

    static Result cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(DR_CLI_PATH), QStringList{QStringLiteral("rma-reminders")} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void listsDueAndOverdue()
    {
        QTemporaryDir dir;
        // The CLI uses the real clock: dates relative to today (the CLI's local date, as the store computes).
        RmaReminders store(dir.path());
        const QDate today = store.today();
        QString error;
        QVERIFY(store.add(QStringLiteral("B300"), QStringLiteral("SOON"), QStringLiteral("40100"), today, &error));
        Result r = cli({QStringLiteral("--folder"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("B300 serial SOON (Incident# 40100)  operational %1, return by %2: "
                                               "due in 14 days")
                                    .arg(today.toString(Qt::ISODate), today.addDays(14).toString(Qt::ISODate))),
                 qPrintable(r.out));

        const auto late = store.add(QStringLiteral("B400"), QStringLiteral("LATE"), {}, today.addDays(-20), &error);
        QVERIFY(late);
        r = cli({QStringLiteral("--folder"), dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("B400 serial LATE  operational %1, return by %2: OVERDUE by 6 days")
                                    .arg(today.addDays(-20).toString(Qt::ISODate),
                                         today.addDays(-6).toString(Qt::ISODate))),
                 qPrintable(r.out));
        QVERIFY(r.out.indexOf(QStringLiteral("LATE")) < r.out.indexOf(QStringLiteral("SOON"))); // earliest first

        QVERIFY(store.complete(late->id, &error));
        r = cli({QStringLiteral("--folder"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(QStringLiteral("LATE")));
        r = cli({QStringLiteral("--folder"), dir.path(), QStringLiteral("--all")});
        QVERIFY(r.out.contains(QStringLiteral("LATE")));
        QVERIFY(r.out.contains(QStringLiteral(": returned ")));
    }

    void emptyDamagedAndUsage()
    {
        QTemporaryDir dir;
        Result r = cli({QStringLiteral("--folder"), dir.path()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("No RMA return to make.\n"));
        QFile f(dir.filePath(RmaReminders::fileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        r = cli({QStringLiteral("--folder"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("damaged")));
        r = cli({QStringLiteral("extra")});
        QCOMPARE(r.code, 64);
    }
};

QTEST_GUILESS_MAIN(TestCliRma)
#include "tst_cli_rma.moc"
