// OAuth token life cycle measured with a ManualClock: reuse, renewal shortly before expiry, one per account.
#include "tst_api_support.h"

using namespace dr::api;
using namespace dr::lab;
using namespace apitest;

class TestApiToken : public QObject
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
    }
    void init()
    {
        m_a->clearFaults();
        m_a->resetRequestCounts();
    }

    void renewedShortlyBeforeExpiry()
    {
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenManager tokens(clock);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()), clock, &tokens);
        for (int i = 0; i < 10; ++i)
            QVERIFY(await(c.checkHealth()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(1));

        // 3600 s lifetime: still reused 61 s before expiry...
        clock.advanceSecs(3600 - TokenManager::kRenewBeforeExpirySecs - 1);
        QVERIFY(await(c.getAppliances()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(1));
        // ...renewed inside the last minute, before the appliance would reject it.
        clock.advanceSecs(2);
        QVERIFY(await(c.getAppliances()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
        QVERIFY(await(c.getApiInfo()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
    }

    void oneTokenPerAccount()
    {
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenManager tokens(clock);
        LabAccount second{QStringLiteral("second-account"), QByteArray("second-secret-789"),
                          QStringLiteral("read_only"), false};
        m_lab.addAccount(second);
        // Two clients of the same account share the token; another account gets its own.
        ApiClient a1(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()), clock, &tokens);
        ApiClient a2(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()), clock, &tokens);
        ApiClient b(settingsFor(m_lab, m_a), credentialsFor(second), clock, &tokens);
        QVERIFY(await(a1.checkHealth()).ok());
        QVERIFY(await(a2.checkHealth()).ok());
        QVERIFY(await(b.checkHealth()).ok());
        QVERIFY(await(a2.getLoggedInReps()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
        QCOMPARE(tokens.tokenRequestsSent(), 2);
    }

    void shortLifetimeFromLab()
    {
        // A lab token lifetime of 2 s: the client renews at half-life rather than using a dead token.
        m_lab.setTokenLifetimeSecs(2);
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenManager tokens(clock);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()), clock, &tokens);
        QVERIFY(await(c.checkHealth()).ok());
        QVERIFY(await(c.checkHealth()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(1));
        clock.advanceSecs(1);
        QVERIFY(await(c.checkHealth()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
        m_lab.setTokenLifetimeSecs(3600);
    }

    void expiredOnServerReauthenticatesOnce()
    {
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenManager tokens(clock);
        ApiClient c(settingsFor(m_lab, m_a), credentialsFor(m_lab.defaultAccount()), clock, &tokens);
        QVERIFY(await(c.checkHealth()).ok());
        m_a->injectFault({FaultKind::ExpiredToken, QStringLiteral("get_appliances"), 0, 0, 1});
        int attempts = 0;
        const auto r = awaitCounting(c.getAppliances(), &attempts);
        QVERIFY2(r.ok(), describe(r.error));
        QCOMPARE(attempts, 2);
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
        // The fresh token is cached for the next calls.
        QVERIFY(await(c.checkHealth()).ok());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
    }

    void tokenReplyParsing()
    {
        const auto ok = TokenManager::parseTokenReply(
            200, "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":60}");
        QVERIFY(ok.ok());
        QCOMPARE(ok.value->first.reveal(), QByteArray("abc"));
        QCOMPARE(ok.value->second, 60);
        QCOMPARE(TokenManager::parseTokenReply(401, "{\"error\":\"invalid_client\",\"message\":\"x\"}").error.kind,
                 ApiError::Kind::Auth);
        QCOMPARE(TokenManager::parseTokenReply(200, "{\"token_type\":\"Bearer\"}").error.kind,
                 ApiError::Kind::Malformed);
        QCOMPARE(TokenManager::parseTokenReply(200, "<html>").error.kind, ApiError::Kind::Malformed);
        QCOMPARE(TokenManager::parseTokenReply(200, "{\"access_token\":\"a\",\"token_type\":\"mac\"}").error.kind,
                 ApiError::Kind::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_api_token.moc"
