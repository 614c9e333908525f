#include "api/ApplianceList.h"

#include <QTest>

using namespace dr::api;

class TestApplianceList : public QObject
{
    Q_OBJECT
private slots:
    void atlas_data()
    {
        QTest::addColumn<QByteArray>("ns");
        QTest::addColumn<QByteArray>("primaryWord");
        QTest::newRow("bomgar, primary") << QByteArray(" xmlns=\"http://www.bomgar.com/namespaces/API/command\"")
                                         << QByteArray("primary");
        QTest::newRow("beyondtrust, master")
            << QByteArray(" xmlns=\"https://www.beyondtrust.com/namespaces/API/command\"") << QByteArray("master");
        QTest::newRow("no ns, MASTER") << QByteArray() << QByteArray("MASTER");
    }
    void atlas()
    {
        QFETCH(QByteArray, ns);
        QFETCH(QByteArray, primaryWord);
        const QByteArray body =
            "<?xml version=\"1.0\"?><appliances" + ns +
            ">\n"
            "  <appliance id=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
            "    <name>master-a</name><public_hostname>a.example.com</public_hostname>\n"
            "    <cluster_role>" +
            primaryWord +
            "</cluster_role><failover_role>primary</failover_role>\n"
            "    <accepting_connections>1</accepting_connections><timezone_offset>-18000</timezone_offset>\n"
            "    <new_thing>ignored</new_thing>\n"
            "  </appliance>\n"
            "  <appliance id=\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\">\n"
            "    <name>traffic-1</name><public_hostname>t1.example.com</public_hostname>\n"
            "    <cluster_role>traffic</cluster_role><failover_role>none</failover_role>\n"
            "    <accepting_connections>0</accepting_connections><timezone_offset>0</timezone_offset>\n"
            "  </appliance>\n"
            "</appliances>";
        const auto r = parseApplianceList(body);
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->size(), 2);
        const ApplianceInfo& a = r.value->at(0);
        QCOMPARE(a.id, QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(a.name, QStringLiteral("master-a"));
        QCOMPARE(a.publicHostname, QStringLiteral("a.example.com"));
        QCOMPARE(a.clusterRole, ApplianceInfo::ClusterRole::Primary);
        QCOMPARE(a.failoverRole, QStringLiteral("primary"));
        QVERIFY(a.acceptingConnections);
        QCOMPARE(*a.timezoneOffsetSecs, -18000);
        const ApplianceInfo& t = r.value->at(1);
        QCOMPARE(t.clusterRole, ApplianceInfo::ClusterRole::Traffic);
        QVERIFY(!t.acceptingConnections);
        QCOMPARE(*t.timezoneOffsetSecs, 0);
    }

    void single()
    {
        const auto r =
            parseApplianceList("<appliances><appliance "
                               "id=\"c\"><name>one</name><cluster_role>single</cluster_role></appliance></appliances>");
        QVERIFY(r.ok());
        QCOMPARE(r.value->size(), 1);
        QCOMPARE(r.value->first().clusterRole, ApplianceInfo::ClusterRole::Single);
        QVERIFY(!r.value->first().timezoneOffsetSecs);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("error root") << QByteArray("<error>Document Not Found</error>")
                                    << int(ApiError::Kind::Permission);
        QTest::newRow("error child") << QByteArray("<appliances><error>bad</error></appliances>")
                                     << int(ApiError::Kind::ApiError);
        QTest::newRow("truncated") << QByteArray("<appliances><appliance id=\"a\"><name>x</na")
                                   << int(ApiError::Kind::Malformed);
        QTest::newRow("garbage") << QByteArray("garbage") << int(ApiError::Kind::Malformed);
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = parseApplianceList(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
    }
};

QTEST_GUILESS_MAIN(TestApplianceList)
#include "tst_api_appliances.moc"
