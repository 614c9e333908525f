// What the appliance serves: a real TLS server on loopback (QSslServer) serving chain A, leaf only,
// or chain B, compared with the backup of chain A.
#include "unit/tst_cert_fixtures.h"

#include "cert/CertChecker.h"
#include "cert/ServeComparison.h"
#include "common/OpenSslRuntime.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace dr;
using namespace dr::cert;
using dr::test::kP12Pass;

namespace {
const QString kFqdn = QStringLiteral("appliance.example.test");
}

class TestCertServed : public QObject
{
    Q_OBJECT

private:
    test::CertFixtures fx;
    CertReport backup;
    std::unique_ptr<QSslServer> server;
    QList<QSslSocket*> accepted;

    QSslCertificate cert(const QString& file) { return QSslCertificate(fx.read(file), QSsl::Pem); }

    // Starts a TLS server on 127.0.0.1 presenting `chain` with `keyFile`; returns its port.
    quint16 serve(const QList<QSslCertificate>& chain, const QString& keyFile)
    {
        server = std::make_unique<QSslServer>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(QSslKey(fx.read(keyFile), QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        connect(server.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = server->nextPendingConnection())
                accepted.append(qobject_cast<QSslSocket*>(s));
        });
        if (!server->listen(QHostAddress::LocalHost, 0))
            return 0;
        return server->serverPort();
    }

    ServeComparison probeAndCompare(quint16 port)
    {
        ServedChainProbe probe;
        QSignalSpy spy(&probe, &ServedChainProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), port, kFqdn, 20000);
        if (!spy.wait(30000))
            return {};
        return compareServed(backup, probe.result());
    }

private slots:
    void initTestCase()
    {
        openSslRuntime();
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        QVERIFY2(fx.makePki(QStringLiteral("b-"), QStringLiteral("appliance.example.test")), qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("a.p12"),
                        {QStringLiteral("-inkey"), QStringLiteral("leaf.key"), QStringLiteral("-in"),
                         QStringLiteral("leaf.crt"), QStringLiteral("-certfile"), QStringLiteral("chain.pem")}),
                 qPrintable(fx.error));
        const ImportResult r = importPkcs12File(fx.path(QStringLiteral("a.p12")), Secret(kP12Pass));
        QVERIFY2(r.ok(), qPrintable(r.message));
        backup = inspectContents(r.contents, {kFqdn, 30, nullptr});
        QVERIFY(backup.fitToRestore());
    }

    void cleanup()
    {
        server.reset();
        qDeleteAll(accepted);
        accepted.clear();
    }

    void servesTheRestoredCertificate()
    {
        const quint16 port =
            serve({cert(QStringLiteral("leaf.crt")), cert(QStringLiteral("inter.crt"))}, QStringLiteral("leaf.key"));
        QVERIFY(port);
        const ServeComparison c = probeAndCompare(port);
        QVERIFY2(c.served.ok, qPrintable(c.served.message));
        QCOMPARE(c.verdict, ServeVerdict::ServesRestored);
        QCOMPARE(verdictCode(c.verdict), QStringLiteral("serves_restored"));
        QCOMPARE(c.served.certificates.size(), size_t(2));
        QCOMPARE(c.servedLeaf->sha256, backup.leaf()->info.sha256);
        QCOMPARE(c.served.sniName, kFqdn);
        QVERIFY(c.missingIntermediates.empty());
    }

    void leafOnlyIsAnIncompleteChain()
    {
        const quint16 port = serve({cert(QStringLiteral("leaf.crt"))}, QStringLiteral("leaf.key"));
        QVERIFY(port);
        const ServeComparison c = probeAndCompare(port);
        QCOMPARE(c.verdict, ServeVerdict::ChainIncomplete);
        QCOMPARE(c.missingIntermediates.size(), size_t(1));
        QCOMPARE(c.missingIntermediates[0].issuedTo, QStringLiteral("DR Test Issuing CA"));
        QVERIFY(c.message.contains(QStringLiteral("DR Test Issuing CA")));
    }

    void servesADifferentCertificate()
    {
        // Same FQDN, another key and CA: what a factory-default or wrongly restored appliance looks like.
        const quint16 port = serve({cert(QStringLiteral("b-leaf.crt")), cert(QStringLiteral("b-inter.crt"))},
                                   QStringLiteral("b-leaf.key"));
        QVERIFY(port);
        const ServeComparison c = probeAndCompare(port);
        QCOMPARE(c.verdict, ServeVerdict::ServesDifferent);
        QVERIFY(c.servedLeaf);
        QCOMPARE(c.servedLeaf->issuedBy, QStringLiteral("DR Test Issuing CA b"));
        QVERIFY(c.servedLeaf->sha256 != backup.leaf()->info.sha256);
        QVERIFY(c.message.contains(c.servedLeaf->sha256Colons()));
        QVERIFY(c.message.contains(QStringLiteral("DR Test Issuing CA b")));
    }

    void blockingHelper()
    {
        const quint16 port =
            serve({cert(QStringLiteral("leaf.crt")), cert(QStringLiteral("inter.crt"))}, QStringLiteral("leaf.key"));
        QVERIFY(port);
        const ServedChain served = probeServedChain(QStringLiteral("127.0.0.1"), port, kFqdn, 20000);
        QVERIFY2(served.ok, qPrintable(served.message));
        QCOMPARE(compareServed(backup, served).verdict, ServeVerdict::ServesRestored);
    }

    void connectionRefused()
    {
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probePort.serverPort();
        probePort.close();
        const ServeComparison c = probeAndCompare(port);
        QCOMPARE(c.verdict, ServeVerdict::NotCompared);
        QCOMPARE(c.served.errorCode, QStringLiteral("connection_refused"));
        QVERIFY(!c.message.isEmpty());
    }

    void notTls()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket* s = plain.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.0 400 Bad Request\r\n\r\nnot tls\r\n");
                s->disconnectFromHost();
            });
        });
        const ServeComparison c = probeAndCompare(plain.serverPort());
        QCOMPARE(c.verdict, ServeVerdict::NotCompared);
        QVERIFY2(c.served.errorCode == QLatin1String("tls_handshake_failed") ||
                     c.served.errorCode == QLatin1String("network_error"),
                 qPrintable(c.served.errorCode));
    }

    void sniSelectsTheServedCertificate()
    {
        // openssl s_server serves b-leaf by default and leaf A only to clients that send SNI kFqdn.
        QProcess sServer;
        sServer.setWorkingDirectory(fx.dir.path());
        sServer.setProcessChannelMode(QProcess::MergedChannels);
        sServer.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("-cert"), QStringLiteral("b-leaf.crt"), QStringLiteral("-key"),
                       QStringLiteral("b-leaf.key"), QStringLiteral("-servername"), kFqdn, QStringLiteral("-cert2"),
                       QStringLiteral("leaf.crt"), QStringLiteral("-key2"), QStringLiteral("leaf.key")});
        QVERIFY(sServer.waitForStarted(30000));
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += sServer.readAll()).contains("ACCEPT 127.0.0.1:") && banner.endsWith('\n'),
                                 30000);
        const int at = banner.indexOf("ACCEPT 127.0.0.1:") + 17;
        const auto port = quint16(banner.mid(at, banner.indexOf('\n', at) - at).trimmed().toUInt());
        QVERIFY(port);

        ServedChain withSni = probeServedChain(QStringLiteral("127.0.0.1"), port, kFqdn, 20000);
        QVERIFY2(withSni.ok, qPrintable(withSni.message));
        QCOMPARE(withSni.certificates.front().sha256, backup.leaf()->info.sha256);
        ServedChain otherSni =
            probeServedChain(QStringLiteral("127.0.0.1"), port, QStringLiteral("other.example.test"), 20000);
        QVERIFY2(otherSni.ok, qPrintable(otherSni.message));
        QCOMPARE(compareServed(backup, otherSni).verdict, ServeVerdict::ServesDifferent);
        sServer.kill();
        sServer.waitForFinished(30000);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers the ClientHello
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ServedChainProbe probe;
        QSignalSpy spy(&probe, &ServedChainProbe::finished);
        probe.start(QStringLiteral("127.0.0.1"), silent.serverPort(), kFqdn, 300);
        QVERIFY(spy.wait(30000));
        QCOMPARE(probe.result().errorCode, QStringLiteral("timeout"));
        QVERIFY(!probe.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestCertServed)
#include "tst_cert_served.moc"
