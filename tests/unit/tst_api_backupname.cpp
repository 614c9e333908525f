#include "api/BackupName.h"
#include "support/NsbFileName.h"

#include <QTest>

using namespace dr::api;

class TestBackupName : public QObject
{
    Q_OBJECT
private slots:
    void guideOrder()
    {
        // product, version, site name, date, unique id
        QCOMPARE(buildBackupName(QStringLiteral("19.1.8 (37380-749b17ca)"), QStringLiteral("support.example.com"),
                                 QDate(2026, 11, 25), QStringLiteral("a1b2c3")),
                 QStringLiteral("Bomgar-19.1.8-support.example.com-2026-11-25-a1b2c3.nsb"));
    }

    void theSupportDeskReadsWhatTheClientWrites()
    {
        // One builder (here) and one parser (core/support): the version rules read the names we write.
        const QString name = buildBackupName(QStringLiteral("23.2.4 (12345-abcdef)"), QStringLiteral("support.example.com"),
                                             QDate(2026, 11, 5), newBackupUniqueId());
        const std::optional<dr::support::NsbFileName> n = dr::support::NsbFileName::parse(name);
        QVERIFY2(n, qPrintable(name));
        QCOMPARE(n->version.toString(), QStringLiteral("23.2.4"));
        QCOMPARE(n->site, QStringLiteral("support.example.com"));
        QCOMPARE(n->date, QDate(2026, 11, 5));
    }

    void collisionSuffixKeepsTheVersion()
    {
        // api::BackupDownloader saves over no file: a taken name gets "-1", "-2", ... before ".nsb" (the same
        // construction as BackupDownloader::openTarget); the version rules must still read such a name.
        const QString name = buildBackupName(QStringLiteral("23.2.4 (12345-abcdef)"), QStringLiteral("support.example.com"),
                                             QDate(2026, 11, 5), QStringLiteral("a1b2c3"));
        const std::optional<dr::support::NsbFileName> plain = dr::support::NsbFileName::parse(name);
        QVERIFY2(plain, qPrintable(name));
        const QString stem = name.left(name.size() - 4);
        for (const int i : {1, 2, 10, 123}) {
            const QString taken = stem + QLatin1Char('-') + QString::number(i) + QStringLiteral(".nsb");
            const std::optional<dr::support::NsbFileName> n = dr::support::NsbFileName::parse(taken);
            QVERIFY2(n, qPrintable(taken));
            QCOMPARE(n->version, plain->version);
            QCOMPARE(n->version.toString(), QStringLiteral("23.2.4"));
            QCOMPARE(n->site, plain->site);
            QCOMPARE(n->date, plain->date);
            QCOMPARE(n->uniqueId, plain->uniqueId);
            QCOMPARE(n->fileName, taken);
        }
    }

    void hostileParts()
    {
        const QString n = buildBackupName(QStringLiteral("../../x"), QStringLiteral("site/../etc passwd"),
                                          QDate(2026, 1, 2), QStringLiteral("id;rm -rf"));
        QVERIFY(!n.contains(QLatin1Char('/')));
        QVERIFY(!n.contains(QLatin1String("..")));
        QVERIFY(!n.contains(QLatin1Char(' ')));
        QVERIFY(n.startsWith(QStringLiteral("Bomgar-")));
        QVERIFY(n.endsWith(QStringLiteral("-2026-01-02-id_rm_-rf.nsb")));
        QVERIFY(buildBackupName({}, {}, QDate(2026, 1, 2), QStringLiteral("x"))
                    .startsWith(QStringLiteral("Bomgar-unknown-site-")));
    }

    void uniqueIds()
    {
        const QString a = newBackupUniqueId();
        QCOMPARE(a.size(), 12);
        QVERIFY(a != newBackupUniqueId());
    }

    void contentDisposition_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected"); // empty = no usable name
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"Bomgar-23.2.4-drlab-20261125-ab12.nsb\"")
                                << QStringLiteral("Bomgar-23.2.4-drlab-20261125-ab12.nsb");
        QTest::newRow("token") << QByteArray("attachment; filename=backup.nsb") << QStringLiteral("backup.nsb");
        QTest::newRow("rfc5987 utf-8") << QByteArray("attachment; filename=\"x.nsb\"; filename*=UTF-8''caf%C3%A9.nsb")
                                       << QStringLiteral("café.nsb");
        QTest::newRow("path traversal") << QByteArray("attachment; filename=\"../../../etc/cron.d/evil\"")
                                        << QStringLiteral("evil.nsb");
        QTest::newRow("windows path") << QByteArray("attachment; filename=\"C:\\\\Windows\\\\system32\\\\x.nsb\"")
                                      << QStringLiteral("x.nsb");
        QTest::newRow("hidden") << QByteArray("attachment; filename=\".bashrc\"") << QStringLiteral("bashrc.nsb");
        QTest::newRow("control chars") << QByteArray("attachment; filename=\"a\x01\x1b[31mb.nsb\"")
                                       << QStringLiteral("a___31mb.nsb");
        QTest::newRow("dots only") << QByteArray("attachment; filename=\"..\"") << QString();
        QTest::newRow("none") << QByteArray("attachment") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("encoded traversal")
            << QByteArray("attachment; filename*=UTF-8''..%2F..%2Fx.nsb") << QStringLiteral("x.nsb");
    }
    void contentDisposition()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const auto name = backupNameFromContentDisposition(header);
        if (expected.isEmpty()) {
            QVERIFY2(!name, qPrintable(name.value_or(QString())));
        } else {
            QVERIFY(name);
            QCOMPARE(*name, expected);
        }
    }

    void longNameCapped()
    {
        const auto name = backupNameFromContentDisposition("attachment; filename=\"" + QByteArray(400, 'a') + ".nsb\"");
        QVERIFY(name);
        QVERIFY(name->size() <= 150);
        QVERIFY(name->endsWith(QStringLiteral(".nsb")));
    }
};

QTEST_GUILESS_MAIN(TestBackupName)
#include "tst_api_backupname.moc"
