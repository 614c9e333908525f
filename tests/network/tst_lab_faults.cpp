// Faults injected into drill lab appliances: each one observable by a plain client over real TLS.

#include "tst_lab_support.h"

using namespace dr::lab;

class TestLabFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Single), qPrintable(m_lab.errorString()));
        m_a = m_lab.appliance(QStringLiteral("primary"));
        LabTestClient c(m_lab.caCertificate());
        m_token = c.token(m_a->url(), m_lab.defaultAccount());
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup() { m_a->clearFaults(); }

    void downRefusesConnections()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::Down, {}});
        QVERIFY(!m_a->isListening());
        const LabReply r = c.command(m_a->url(), m_token, QStringLiteral("check_health"));
        QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
        m_a->clearFaults();
        QVERIFY(m_a->isListening());
        QCOMPARE(c.command(m_a->url(), m_token, QStringLiteral("check_health")).status, 200);
    }

    void hangEndsWithTheClientTimeout()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::Hang, QStringLiteral("check_health")});
        const LabReply r = c.get(LabTestClient::commandUrl(m_a->url(), QStringLiteral("check_health")), m_token, 500);
        QVERIFY(r.finished);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // QNAM's transfer timeout
        // Other actions still answer.
        QCOMPARE(xmlRootName(c.command(m_a->url(), m_token, QStringLiteral("get_appliances")).body),
                 QStringLiteral("appliances"));
    }

    void latencyStillAnswers()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::Latency, {}, 300});
        const LabReply r = c.command(m_a->url(), m_token, QStringLiteral("check_health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(xmlText(r.body, QStringLiteral("success")), QStringLiteral("1"));
    }

    void http500()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::Http500, QStringLiteral("check_health"), 0, 0, 1});
        QCOMPARE(c.command(m_a->url(), m_token, QStringLiteral("check_health")).status, 500);
        QCOMPARE(c.command(m_a->url(), m_token, QStringLiteral("check_health")).status, 200); // times = 1
    }

    void malformedAndTruncatedXml()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::MalformedXml, QStringLiteral("check_health"), 0, 0, 1});
        const LabReply bad = c.command(m_a->url(), m_token, QStringLiteral("check_health"));
        QCOMPARE(bad.status, 200);
        QVERIFY(!xmlWellFormed(bad.body));
        m_a->injectFault({FaultKind::TruncatedXml, QStringLiteral("get_appliances"), 0, 0, 1});
        const LabReply cut = c.command(m_a->url(), m_token, QStringLiteral("get_appliances"));
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QVERIFY(!cut.body.isEmpty());
        QVERIFY(!xmlWellFormed(cut.body));
        QVERIFY(xmlWellFormed(c.command(m_a->url(), m_token, QStringLiteral("get_appliances")).body));
    }

    void rateLimited()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::RateLimited, {}, 0, 0, 1});
        const LabReply r = c.command(m_a->url(), m_token, QStringLiteral("check_health"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(!r.header("x-ratelimit-limit").isEmpty());
    }

    void wrongCertificateFailsTheHandshake()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::WrongCertificate, {}, 0, 0, 1});
        const LabReply r = c.command(m_a->url(), m_token, QStringLiteral("check_health"));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(c.command(m_a->url(), m_token, QStringLiteral("check_health")).status, 200);
    }

    void invalidCredentialsOnToken()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::InvalidCredentials, QStringLiteral("token"), 0, 0, 1});
        const LabReply r =
            c.tokenReply(m_a->url(), m_lab.defaultAccount().clientId, m_lab.defaultAccount().clientSecret);
        QCOMPARE(r.status, 401);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
    }

    void expiredTokenThenReauthentication()
    {
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(m_a->url(), m_lab.defaultAccount());
        m_a->injectFault({FaultKind::ExpiredToken, {}, 0, 0, 1});
        const LabReply r = c.command(m_a->url(), token, QStringLiteral("get_appliances"));
        QCOMPARE(r.status, 401);
        QVERIFY(QJsonDocument::fromJson(r.body)
                    .object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("expired")));
        QCOMPARE(c.command(m_a->url(), token, QStringLiteral("get_appliances")).status, 401); // that token is gone
        const QByteArray fresh = c.token(m_a->url(), m_lab.defaultAccount());
        QCOMPARE(xmlRootName(c.command(m_a->url(), fresh, QStringLiteral("get_appliances")).body),
                 QStringLiteral("appliances"));
    }

    void missingPermissionIsDocumentNotFound()
    {
        LabTestClient c(m_lab.caCertificate());
        m_a->injectFault({FaultKind::MissingPermission, QStringLiteral("get_logged_in_reps")});
        const LabReply r = c.command(m_a->url(), m_token, QStringLiteral("get_logged_in_reps"));
        QCOMPARE(xmlText(r.body, QStringLiteral("error")), QStringLiteral("Document Not Found"));
        QCOMPARE(xmlRootName(c.command(m_a->url(), m_token, QStringLiteral("check_health")).body),
                 QStringLiteral("health_check"));
    }

private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestLabFaults)
#include "tst_lab_faults.moc"
