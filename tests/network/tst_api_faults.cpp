// Every lab fault on every action ends in a typed error within the client's timeouts (2 s idle, 4 s overall).
#include "tst_api_support.h"

using namespace dr::api;
using namespace dr::lab;
using namespace apitest;

Q_DECLARE_METATYPE(dr::lab::FaultKind)
Q_DECLARE_METATYPE(dr::api::ApiError::Kind)

namespace {

// Runs one action of the client, returning its error (kind None on success).
ApiError runAction(ApiClient& c, const QString& action)
{
    if (action == QLatin1String("get_api_info"))
        return await(c.getApiInfo()).error;
    if (action == QLatin1String("check_health"))
        return await(c.checkHealth()).error;
    if (action == QLatin1String("get_appliances"))
        return await(c.getAppliances()).error;
    if (action == QLatin1String("get_connected_client_list"))
        return await(c.getConnectedClientList()).error;
    if (action == QLatin1String("get_logged_in_reps"))
        return await(c.getLoggedInReps()).error;
    if (action == QLatin1String("probe"))
        return await(c.probeHealth()).error;
    ApiError e;
    e.message = QStringLiteral("unknown action in test");
    return e;
}

const QStringList kActions = {QStringLiteral("get_api_info"),       QStringLiteral("check_health"),
                              QStringLiteral("get_appliances"),     QStringLiteral("get_connected_client_list"),
                              QStringLiteral("get_logged_in_reps"), QStringLiteral("probe")};

} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Single), qPrintable(m_lab.errorString()));
        m_a = m_lab.primary();
        QVERIFY(m_a);
    }
    void init()
    {
        m_a->clearFaults();
        m_a->resetRequestCounts();
        m_lab.setExpiredTokenStyle(ExpiredTokenStyle::Json);
    }
    void cleanup() { m_a->clearFaults(); }

    void faultOnAction_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<ApiError::Kind>("expected");
        for (const QString& action : kActions) {
            const QByteArray a = action.toLatin1();
            const bool probe = action == QLatin1String("probe");
            QTest::newRow(QByteArray(a + "/down").constData())
                << action << FaultKind::Down << 0 << ApiError::Kind::Network;
            QTest::newRow(QByteArray(a + "/hang").constData())
                << action << FaultKind::Hang << 0 << ApiError::Kind::Timeout;
            QTest::newRow(QByteArray(a + "/latency-ok").constData())
                << action << FaultKind::Latency << 300 << ApiError::Kind::None;
            QTest::newRow(QByteArray(a + "/latency-too-long").constData())
                << action << FaultKind::Latency << 60'000 << ApiError::Kind::Timeout;
            QTest::newRow(QByteArray(a + "/wrong-certificate").constData())
                << action << FaultKind::WrongCertificate << 0 << ApiError::Kind::Tls;
            if (probe) {
                // The probe has no body to parse and no credentials: 500 is "unhealthy", a valid answer.
                QTest::newRow(QByteArray(a + "/http500").constData())
                    << action << FaultKind::Http500 << 0 << ApiError::Kind::None;
                QTest::newRow(QByteArray(a + "/rate-limited").constData())
                    << action << FaultKind::RateLimited << 0 << ApiError::Kind::Http;
                continue;
            }
            QTest::newRow(QByteArray(a + "/http500").constData())
                << action << FaultKind::Http500 << 0 << ApiError::Kind::Http;
            QTest::newRow(QByteArray(a + "/malformed").constData())
                << action << FaultKind::MalformedXml << 0 << ApiError::Kind::Malformed;
            QTest::newRow(QByteArray(a + "/truncated").constData())
                << action << FaultKind::TruncatedXml << 0 << ApiError::Kind::Malformed;
            QTest::newRow(QByteArray(a + "/missing-permission").constData())
                << action << FaultKind::MissingPermission << 0 << ApiError::Kind::Permission;
            QTest::newRow(QByteArray(a + "/rate-limited").constData())
                << action << FaultKind::RateLimited << 0 << ApiError::Kind::RateLimited;
            QTest::newRow(QByteArray(a + "/expired-token-once").constData())
                << action << FaultKind::ExpiredToken << 0 << ApiError::Kind::None;
        }
    }
    void faultOnAction()
    {
        QFETCH(QString, action);
        QFETCH(FaultKind, fault);
        QFETCH(int, latencyMs);
        QFETCH(ApiError::Kind, expected);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()),
                    dr::SystemClock::instance());
        if (action != QLatin1String("probe") && fault != FaultKind::Down && fault != FaultKind::WrongCertificate)
            QVERIFY(await(c.probeHealth()).ok()); // warm up: the fault must hit the action, not a token fetch
        const bool connectionFault = fault == FaultKind::Down || fault == FaultKind::WrongCertificate;
        m_a->injectFault(
            {fault, connectionFault ? QString() : action, latencyMs, 0, fault == FaultKind::ExpiredToken ? 1 : -1});
        const ApiError e = runAction(c, action);
        m_a->clearFaults();
        QVERIFY2(e.kind == expected, describe(e));
        if (expected != ApiError::Kind::None) {
            QVERIFY(e.message.size() > 20); // says what went wrong and what to do
            QVERIFY(!e.oneLine().contains(QLatin1Char('\n')));
        }
        if (fault == FaultKind::WrongCertificate) {
            QCOMPARE(e.certificateSha256.size(), 95); // 32 bytes as "AB:CD:..."
            QVERIFY(!e.certificateSubject.isEmpty());
            QVERIFY(e.message.contains(e.certificateSha256));
        }
        if (fault == FaultKind::MissingPermission && action != QLatin1String("get_api_info"))
            QCOMPARE(e.missingPermission, QStringLiteral("perm_command"));
        if (fault == FaultKind::ExpiredToken)
            QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2)); // re-authenticated exactly once
        // Afterwards the client works again (no state left broken by the fault).
        if (action != QLatin1String("probe")) {
            const ApiError after = runAction(c, action);
            QVERIFY2(!after.isError(), describe(after));
        }
    }

    void expiredTokenTwiceFailsClearly_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("json 401") << int(ExpiredTokenStyle::Json);
        QTest::newRow("xml error") << int(ExpiredTokenStyle::Xml);
    }
    void expiredTokenTwiceFailsClearly()
    {
        QFETCH(int, style);
        m_lab.setExpiredTokenStyle(static_cast<ExpiredTokenStyle>(style));
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()),
                    dr::SystemClock::instance());
        m_a->injectFault({FaultKind::ExpiredToken, QStringLiteral("check_health"), 0, 0, 2});
        int attempts = 0;
        const auto r = awaitCounting(c.checkHealth(), &attempts);
        QCOMPARE(r.error.kind, ApiError::Kind::Auth);
        QVERIFY(r.error.message.contains(QStringLiteral("freshly issued")));
        QCOMPARE(attempts, 2);
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
    }

    void expiredTokenOnceXml()
    {
        m_lab.setExpiredTokenStyle(ExpiredTokenStyle::Xml);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()),
                    dr::SystemClock::instance());
        m_a->injectFault({FaultKind::ExpiredToken, QStringLiteral("check_health"), 0, 0, 1});
        int attempts = 0;
        const auto r = awaitCounting(c.checkHealth(), &attempts);
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(attempts, 2);
    }

    void tokenEndpointFaults_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<ApiError::Kind>("expected");
        QTest::newRow("invalid credentials") << FaultKind::InvalidCredentials << ApiError::Kind::Auth;
        QTest::newRow("hang") << FaultKind::Hang << ApiError::Kind::Timeout;
        QTest::newRow("http500") << FaultKind::Http500 << ApiError::Kind::Http;
        QTest::newRow("rate limited") << FaultKind::RateLimited << ApiError::Kind::RateLimited;
        QTest::newRow("malformed") << FaultKind::MalformedXml << ApiError::Kind::Malformed;
        QTest::newRow("truncated") << FaultKind::TruncatedXml << ApiError::Kind::Malformed;
    }
    void tokenEndpointFaults()
    {
        QFETCH(FaultKind, fault);
        QFETCH(ApiError::Kind, expected);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()),
                    dr::SystemClock::instance());
        m_a->injectFault({fault, QStringLiteral("token"), 0, 0, -1});
        const auto r = await(c.checkHealth());
        QVERIFY2(r.error.kind == expected, describe(r.error));
        QCOMPARE(m_a->requestCount(QStringLiteral("check_health")), qint64(0));
    }

    void nameNotFound()
    {
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.baseUrl = QUrl(QStringLiteral("https://no-such-host.invalid"));
        ApiClient c(s, credentialsFor(m_lab.defaultAccount()), dr::SystemClock::instance());
        const auto r = await(c.checkHealth());
        QVERIFY2(r.error.kind == ApiError::Kind::Network, describe(r.error));
        QVERIFY(r.error.message.contains(QStringLiteral("no-such-host.invalid")));
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
