// TLS trust: a CA bundle, a pinned leaf fingerprint, and refusal (with the served fingerprint) otherwise.
#include "tst_api_support.h"

#include "api/Tls.h"

#include <QCryptographicHash>

using namespace dr::api;
using namespace dr::lab;
using namespace apitest;

class TestApiTls : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;

    Result<HealthCheck> healthWith(const ConnectionSettings& s)
    {
        ApiClient c(s, credentialsFor(m_lab.defaultAccount()), dr::SystemClock::instance());
        return await(c.checkHealth());
    }
    QSslCertificate leaf() const { return m_a->servedChain().value(0); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Single), qPrintable(m_lab.errorString()));
        m_a = m_lab.primary();
        QVERIFY(!leaf().isNull());
    }
    void init() { m_a->resetRequestCounts(); }
    void cleanup()
    {
        m_a->clearFaults();
        m_a->serveLabCertificate();
    }

    void caTrust()
    {
        const auto r = healthWith(settingsFor(m_lab, m_a));
        QVERIFY2(r.ok(), describe(r.error));
    }

    void untrustedServerRefused()
    {
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.trust = TlsTrust(); // system store: the lab CA is not in it
        const auto r = healthWith(s);
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QCOMPARE(r.error.certificateSha256, sha256Fingerprint(leaf()));
        QVERIFY(r.error.message.contains(sha256Fingerprint(leaf())));
        QVERIFY(!r.error.certificateSubject.isEmpty());
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(0)); // no secret sent to an untrusted server
    }

    void pinTrust_data()
    {
        QTest::addColumn<bool>("colons");
        QTest::newRow("AB:CD form") << true;
        QTest::newRow("plain hex") << false;
    }
    void pinTrust()
    {
        QFETCH(bool, colons);
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.trust = TlsTrust();
        const QByteArray hex = leaf().digest(QCryptographicHash::Sha256).toHex(colons ? ':' : '\0');
        const auto pin = TlsTrust::parsePin(QString::fromLatin1(colons ? hex : hex.toLower()));
        QVERIFY(pin);
        s.trust.pinnedSha256 = *pin;
        const auto r = healthWith(s);
        QVERIFY2(r.ok(), describe(r.error));
    }

    void pinMismatchRefusedEvenIfCaTrusted()
    {
        ConnectionSettings s = settingsFor(m_lab, m_a); // CA trusted too
        s.trust.pinnedSha256 = QByteArray(32, '\x42');
        const auto r = healthWith(s);
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QCOMPARE(r.error.certificateSha256, sha256Fingerprint(leaf()));
        QVERIFY(r.error.message.contains(QStringLiteral("pinned")));
    }

    void factoryCertificatePinnedExplicitly()
    {
        // A replaced appliance serves its factory default certificate: refused, then trusted once pinned.
        m_a->serveFactoryDefaultCertificate();
        const auto refused = healthWith(settingsFor(m_lab, m_a));
        QCOMPARE(refused.error.kind, ApiError::Kind::Tls);
        const QSslCertificate factory = m_a->servedChain().value(0);
        QCOMPARE(refused.error.certificateSha256, sha256Fingerprint(factory));

        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.trust.pinnedSha256 = *TlsTrust::parsePin(refused.error.certificateSha256);
        const auto pinned = healthWith(s);
        QVERIFY2(pinned.ok(), describe(pinned.error));
    }

    void wrongCertificateWithPin()
    {
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.trust = TlsTrust();
        s.trust.pinnedSha256 = leaf().digest(QCryptographicHash::Sha256);
        m_a->injectFault({FaultKind::WrongCertificate, {}, 0, 0, -1});
        const auto r = healthWith(s);
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(r.error.certificateSha256 != sha256Fingerprint(leaf()));
    }

    void pinParsing()
    {
        QVERIFY(!TlsTrust::parsePin(QStringLiteral("abc")));
        QVERIFY(!TlsTrust::parsePin(QString(64, QLatin1Char('g'))));
        QCOMPARE(TlsTrust::parsePin(QString(64, QLatin1Char('a')))->size(), 32);
        QCOMPARE(TlsTrust::parsePin(QStringLiteral("sha256/") + QString(64, QLatin1Char('F')))->size(), 32);
    }

    void caFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(m_lab.writeCaFile(path));
        const auto certs = TlsTrust::loadCaFile(path);
        QVERIFY2(certs.ok(), describe(certs.error));
        QCOMPARE(certs.value->first(), m_lab.caCertificate());
        QCOMPARE(TlsTrust::loadCaFile(dir.filePath(QStringLiteral("missing.pem"))).error.kind, ApiError::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_api_tls.moc"
