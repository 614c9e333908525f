#include "api/ApiInfo.h"

#include <QTest>

using namespace dr::api;

namespace {

QByteArray info(const QByteArray& ns, const QByteArray& command, const QByteArray& backup)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<api_information" + ns +
           ">\n"
           "  <api_version>1.19.0</api_version>\n"
           "  <company_name>Example Corp</company_name>\n"
           "  <timestamp>1570408370</timestamp>\n"
           "  <permissions>\n"
           "    <permission name=\"perm_command\">" +
           command +
           "</permission>\n"
           "    <permission name=\"perm_backup\">" +
           backup +
           "</permission>\n"
           "    <permission name=\"perm_reporting\">1</permission>\n"
           "  </permissions>\n"
           "  <future_element/>\n"
           "</api_information>";
}

} // namespace

class TestApiInfo : public QObject
{
    Q_OBJECT
private slots:
    void fullAccess_data()
    {
        QTest::addColumn<QByteArray>("ns");
        QTest::newRow("bomgar") << QByteArray(" xmlns=\"http://www.bomgar.com/namespaces/API/command\"");
        QTest::newRow("beyondtrust") << QByteArray(" xmlns=\"https://www.beyondtrust.com/namespaces/API/command\"");
        QTest::newRow("none") << QByteArray();
    }
    void fullAccess()
    {
        QFETCH(QByteArray, ns);
        const auto r = parseApiInfo(info(ns, "full_access", "1"));
        QVERIFY2(r.ok(), qPrintable(r.error.oneLine()));
        QCOMPARE(r.value->apiVersion, QStringLiteral("1.19.0"));
        QCOMPARE(r.value->companyName, QStringLiteral("Example Corp"));
        QCOMPARE(r.value->timestamp->toSecsSinceEpoch(), 1570408370);
        QCOMPARE(r.value->permissions.value(QStringLiteral("perm_reporting")), QStringLiteral("1"));
        QVERIFY(r.value->canReadCommands());
        QVERIFY(r.value->canChangeRoles());
        QVERIFY(r.value->canBackup());
        QVERIFY(!r.value->checkPermissionFor(Operation::ChangeRole));
        QVERIFY(!r.value->checkPermissionFor(Operation::DownloadBackup));
        QVERIFY(!r.value->checkPermissionFor(Operation::ReadStatus));
    }

    void readOnlyNoBackup()
    {
        const auto r = parseApiInfo(info({}, "read_only", "0"));
        QVERIFY(r.ok());
        QVERIFY(r.value->canReadCommands());
        QVERIFY(!r.value->canChangeRoles());
        QVERIFY(!r.value->canBackup());
        const auto role = r.value->checkPermissionFor(Operation::ChangeRole);
        QVERIFY(role);
        QCOMPARE(role->kind, ApiError::Kind::Permission);
        QCOMPARE(role->missingPermission, QStringLiteral("perm_command"));
        QVERIFY(role->message.contains(QStringLiteral("Full Access")));
        const auto backup = r.value->checkPermissionFor(Operation::DownloadBackup);
        QVERIFY(backup);
        QCOMPARE(backup->missingPermission, QStringLiteral("perm_backup"));
        QVERIFY(!r.value->checkPermissionFor(Operation::ReadStatus));
    }

    void deny()
    {
        const auto r = parseApiInfo(info({}, "deny", "0"));
        QVERIFY(r.ok());
        QVERIFY(!r.value->canReadCommands());
        QVERIFY(r.value->checkPermissionFor(Operation::ReadStatus));
    }

    void noCompanyName() // gone since API 1.24.1
    {
        const auto r = parseApiInfo("<api_information><api_version>1.24.1</api_version><timestamp>1</timestamp>"
                                    "<permissions/></api_information>");
        QVERIFY(r.ok());
        QVERIFY(r.value->companyName.isEmpty());
        QVERIFY(!r.value->canBackup());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("error root") << QByteArray("<error>Not enabled</error>") << int(ApiError::Kind::ApiError);
        QTest::newRow("error child") << QByteArray(
                                            "<api_information><error>Document Not Found</error></api_information>")
                                     << int(ApiError::Kind::Permission);
        QTest::newRow("wrong root") << QByteArray("<health_check><success>1</success></health_check>")
                                    << int(ApiError::Kind::Malformed);
        QTest::newRow("truncated") << info({}, "full_access", "1").left(120) << int(ApiError::Kind::Malformed);
        QTest::newRow("garbage") << QByteArray("{\"json\": true}") << int(ApiError::Kind::Malformed);
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = parseApiInfo(body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
    }
};

QTEST_GUILESS_MAIN(TestApiInfo)
#include "tst_api_apiinfo.moc"
