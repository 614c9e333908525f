#include "api/HealthCheck.h"

#include <QTest>

using namespace dr::api;

namespace {

// The real reply from a 19.1.8 site (appliance-api.md), failover not configured.
const QByteArray kReal = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "\n"
                         "<health_check xmlns=\"http://www.bomgar.com/namespaces/API/command\">\n"
                         "\t<appliance id=\"50adeb59f0f04163b09b7591af1949ea\">ip-10-156-64-136</appliance>\n"
                         "\t<version>19.1.8 (37380-749b17ca33d2475427428f263608ae98d69f7a35)</version>\n"
                         "\t<success>1</success>\n"
                         "\t\t<failover_role>none</failover_role>\n"
                         "\t\t\t</health_check>\n"
                         "";

QByteArray pair(const QByteArray& ns, const QByteArray& syncTime)
{
    return "<?xml version=\"1.0\"?><health_check" + ns +
           ">\n"
           "  <appliance id=\"0123456789abcdef0123456789abcdef\">backup.example.com</appliance>\n"
           "  <version>23.2.4 (12345-abc)</version>\n"
           "  <success>0</success>\n"
           "  <error_message>Sync failed</error_message>\n"
           "  <failover_role>Backup</failover_role>\n"
           "  <enabled_shared_ips><ip>10.0.0.5</ip><ip>10.0.0.6</ip></enabled_shared_ips>\n"
           "  " +
           syncTime +
           "\n"
           "  <last_data_sync_status>success</last_data_sync_status>\n"
           "  <something_new attr=\"x\"><nested/></something_new>\n"
           "</health_check>";
}

} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT
private slots:
    void realSample()
    {
        const auto r = parseHealthCheck(kReal);
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->applianceGuid, QStringLiteral("50adeb59f0f04163b09b7591af1949ea"));
        QCOMPARE(r.value->hostname, QStringLiteral("ip-10-156-64-136"));
        QCOMPARE(r.value->version, QStringLiteral("19.1.8"));
        QCOMPARE(r.value->build, QStringLiteral("37380-749b17ca33d2475427428f263608ae98d69f7a35"));
        QVERIFY(r.value->success);
        QCOMPARE(r.value->failoverRole, QStringLiteral("none"));
        QVERIFY(!r.value->failoverConfigured());
        QVERIFY(!r.value->lastSyncTime);
        QVERIFY(r.value->sharedIps.isEmpty());
    }

    void failoverVariants_data()
    {
        QTest::addColumn<QByteArray>("ns");
        QTest::addColumn<QByteArray>("sync");
        QTest::addColumn<qint64>("expectedSecs");
        const qint64 t = QDateTime(QDate(2019, 10, 7), QTime(0, 32, 50), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("bomgar-ns, +0000 and ts")
            << QByteArray(" xmlns=\"http://www.bomgar.com/namespaces/API/command\"")
            << QByteArray("<last_data_sync_time ts=\"1570408370\">2019-10-07T00:32:50.877+0000</last_data_sync_time>")
            << t;
        QTest::newRow("beyondtrust-ns, Z")
            << QByteArray(" xmlns=\"https://www.beyondtrust.com/namespaces/API/command\"")
            << QByteArray("<last_data_sync_time>2019-10-07T00:32:50Z</last_data_sync_time>") << t;
        QTest::newRow("no ns, ts only") << QByteArray()
                                        << QByteArray("<last_data_sync_time ts=\"1570408370\"></last_data_sync_time>")
                                        << t;
        QTest::newRow("prefixed ns, +02:00")
            << QByteArray(" xmlns:b=\"urn:x\"")
            << QByteArray("<last_data_sync_time>2019-10-07T02:32:50+02:00</last_data_sync_time>") << t;
    }
    void failoverVariants()
    {
        QFETCH(QByteArray, ns);
        QFETCH(QByteArray, sync);
        QFETCH(qint64, expectedSecs);
        const auto r = parseHealthCheck(pair(ns, sync));
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->failoverRole, QStringLiteral("backup"));
        QVERIFY(r.value->failoverConfigured());
        QVERIFY(!r.value->success);
        QCOMPARE(r.value->errorMessage, QStringLiteral("Sync failed"));
        QCOMPARE(r.value->sharedIps, QStringList({QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.6")}));
        QVERIFY(r.value->lastSyncTime);
        QCOMPARE(r.value->lastSyncTime->toSecsSinceEpoch(), expectedSecs);
        QCOMPARE(r.value->lastSyncStatus, QStringLiteral("success"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("error root")
            << QByteArray(
                   "<?xml version=\"1.0\"?><error xmlns=\"http://www.bomgar.com/namespaces/API/command\">Oops</error>")
            << int(ApiError::Kind::ApiError);
        QTest::newRow("error child") << QByteArray("<health_check><error>Something broke</error></health_check>")
                                     << int(ApiError::Kind::ApiError);
        QTest::newRow("document not found")
            << QByteArray("<error>Document Not Found</error>") << int(ApiError::Kind::Permission);
        QTest::newRow("expired token xml")
            << QByteArray("<error>The API token has expired</error>") << int(ApiError::Kind::Auth);
        QTest::newRow("truncated") << kReal.left(kReal.size() / 2) << int(ApiError::Kind::Malformed);
        QTest::newRow("garbage") << QByteArray("\x01\x02not xml at all<<<") << int(ApiError::Kind::Malformed);
        QTest::newRow("html 500 page") << QByteArray("<html><body>Internal error</body></html>")
                                       << int(ApiError::Kind::Malformed);
        QTest::newRow("empty") << QByteArray() << int(ApiError::Kind::Malformed);
        QTest::newRow("no success") << QByteArray("<health_check><version>1.0</version></health_check>")
                                    << int(ApiError::Kind::Malformed);
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = parseHealthCheck(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.message.isEmpty());
    }

    void dateForms()
    {
        QVERIFY(parseApiDateTime(QStringLiteral("2019-10-07T00:32:50.877+0000")));
        QCOMPARE(parseApiDateTime(QStringLiteral("2019-10-07T00:32:50.877+0000"))->time().msec(), 877);
        QVERIFY(parseApiDateTime(QStringLiteral("2019-10-07T00:32:50Z")));
        QVERIFY(!parseApiDateTime(QStringLiteral("yesterday")));
        QVERIFY(!parseApiDateTime(QString()));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_api_healthcheck.moc"
