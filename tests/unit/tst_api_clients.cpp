#include "api/ConnectedClientSummary.h"
#include "api/LoggedInReps.h"

#include <QTest>

using namespace dr::api;

class TestClients : public QObject
{
    Q_OBJECT
private slots:
    void summary_data()
    {
        QTest::addColumn<QByteArray>("ns");
        QTest::newRow("bomgar") << QByteArray(" xmlns=\"http://www.bomgar.com/namespaces/API/command\"");
        QTest::newRow("beyondtrust") << QByteArray(" xmlns=\"https://www.beyondtrust.com/namespaces/API/command\"");
        QTest::newRow("none") << QByteArray();
    }
    void summary()
    {
        QFETCH(QByteArray, ns);
        const QByteArray body =
            "<connected_client_list" + ns +
            "><connected_client_summary>\n"
            "  <appliance_summary id=\"aaaa\">\n"
            "    <count type=\"representative\">3</count><count type=\"support_customer\">7</count>\n"
            "  </appliance_summary>\n"
            "  <appliance_summary id=\"bbbb\">\n"
            "    <count type=\"representative\">1</count><count type=\"push_agent\">0</count><unknown/>\n"
            "  </appliance_summary>\n"
            "</connected_client_summary></connected_client_list>";
        const auto r = parseConnectedClientSummary(body);
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->count(QStringLiteral("aaaa"), QStringLiteral("representative")), 3);
        QCOMPARE(r.value->count(QStringLiteral("aaaa"), QStringLiteral("support_customer")), 7);
        QCOMPARE(r.value->count(QStringLiteral("bbbb"), QStringLiteral("representative")), 1);
        QCOMPARE(r.value->count(QStringLiteral("bbbb"), QStringLiteral("presentation_attendee")), 0);
        QCOMPARE(r.value->count(QStringLiteral("cccc"), QStringLiteral("representative")), 0);
        QCOMPARE(r.value->total(QStringLiteral("representative")), 4);
    }

    void summaryErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("not a number")
            << QByteArray("<connected_client_list><connected_client_summary><appliance_summary id=\"a\"><count "
                          "type=\"representative\">many</count></appliance_summary></connected_client_summary></"
                          "connected_client_list>")
            << int(ApiError::Kind::Malformed);
        QTest::newRow("error child 200")
            << QByteArray("<connected_client_list><error>Document Not Found</error></connected_client_list>")
            << int(ApiError::Kind::Permission);
        QTest::newRow("truncated") << QByteArray("<connected_client_list><connected_client_summary>")
                                   << int(ApiError::Kind::Malformed);
    }
    void summaryErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = parseConnectedClientSummary(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
    }

    void reps()
    {
        const auto r = parseLoggedInReps(
            "<logged_in_reps xmlns=\"https://www.beyondtrust.com/namespaces/API/command\">\n"
            "  <rep id=\"1\"><display_name>Alice Admin</display_name><username>alice</username></rep>\n"
            "  <rep id=\"2\"><public_display_name>Bob</public_display_name></rep>\n"
            "  <rep id=\"3\"><username>carol</username><extra/></rep>\n"
            "</logged_in_reps>");
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->size(), 3);
        QCOMPARE(r.value->at(0).id, QStringLiteral("1"));
        QCOMPARE(r.value->at(0).displayName, QStringLiteral("Alice Admin"));
        QCOMPARE(r.value->at(0).username, QStringLiteral("alice"));
        QCOMPARE(r.value->at(1).displayName, QStringLiteral("Bob"));
        QCOMPARE(r.value->at(2).displayName, QStringLiteral("carol"));
    }

    void repsEmptyAndErrors()
    {
        const auto empty = parseLoggedInReps("<logged_in_reps/>");
        QVERIFY(empty.ok());
        QVERIFY(empty.value->isEmpty());
        QCOMPARE(parseLoggedInReps("<error>Document Not Found</error>").error.kind, ApiError::Kind::Permission);
        QCOMPARE(parseLoggedInReps("<logged_in_reps><rep id=").error.kind, ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_api_clients.moc"
