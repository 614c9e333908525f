#include "api/SetRoleResult.h"

#include <QTest>

using namespace dr::api;

class TestSetRoleResult : public QObject
{
    Q_OBJECT
private slots:
    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("sync");
        QTest::newRow("changed, root, bomgar ns")
            << QByteArray("<?xml version=\"1.0\"?><success "
                          "xmlns=\"http://www.bomgar.com/namespaces/API/command\">Successfully changed role.</success>")
            << false;
        QTest::newRow("sync, root, no ns") << QByteArray("<success>Successfully started data sync. Role change will "
                                                         "occur upon successful completion.</success>")
                                           << true;
        QTest::newRow("changed, wrapped, beyondtrust ns")
            << QByteArray("<set_failover_role "
                          "xmlns=\"https://www.beyondtrust.com/namespaces/API/command\"><success>Successfully changed "
                          "role.</success></set_failover_role>")
            << false;
        QTest::newRow("sync, wrapped") << QByteArray("<result><success>Successfully started data sync. Role change "
                                                     "will occur upon successful completion.</success></result>")
                                       << true;
    }
    void outcomes()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, sync);
        const auto r = parseSetRoleResult(body);
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->outcome == SetRoleResult::Outcome::SyncStarted, sync);
        QVERIFY(r.value->message.startsWith(QStringLiteral("Successfully")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("error root") << QByteArray("<error>Unable to contact peer</error>")
                                    << int(ApiError::Kind::ApiError);
        QTest::newRow("error wrapped") << QByteArray(
                                              "<set_failover_role><error>Peer unreachable</error></set_failover_role>")
                                       << int(ApiError::Kind::ApiError);
        QTest::newRow("not found") << QByteArray("<error>Document Not Found</error>")
                                   << int(ApiError::Kind::Permission);
        QTest::newRow("no success") << QByteArray("<set_failover_role/>") << int(ApiError::Kind::Malformed);
        QTest::newRow("empty success") << QByteArray("<success></success>") << int(ApiError::Kind::Malformed);
        QTest::newRow("truncated") << QByteArray("<success>Successfully chan") << int(ApiError::Kind::Malformed);
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = parseSetRoleResult(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(r.error.message.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestSetRoleResult)
#include "tst_api_setrole.moc"
