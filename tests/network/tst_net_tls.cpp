// net::TlsSocket and net::TlsContext over real loopback TCP: a lab-CA certificate verified by name and by IP
// address, what verification reports for an untrusted or misnamed certificate (collected, never acted on by the
// socket), a large transfer both ways through a bounded read buffer, a client that is not spoken TLS to, a server
// that hangs up in the handshake, and the shared contexts.
#include "lab/LabCa.h"
#include "net/TlsContext.h"
#include "net/TlsSocket.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace dr;

namespace {

// Accepts one connection at a time and hands it to `onAccept` (as TLS, or raw when no context is given).
class Server : public QTcpServer
{
public:
    std::shared_ptr<net::TlsContext> context;
    std::function<void(net::TlsSocket*)> onAccept;
    std::function<void(qintptr)> onRaw;

protected:
    void incomingConnection(qintptr fd) override
    {
        if (!context) {
            onRaw(fd);
            return;
        }
        auto* s = new net::TlsSocket(this);
        QVERIFY(s->startServerEncryption(fd, context));
        if (onAccept)
            onAccept(s);
    }
};

} // namespace

class TestNetTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_ca.create());
        QString error;
        m_leaf = m_ca.issueLeaf(QStringLiteral("appliance.lab.test"), {QStringLiteral("appliance.lab.test")},
                                {QHostAddress(QHostAddress::LocalHost)}, &error);
        QVERIFY2(!m_leaf.isNull(), qPrintable(error));
        m_server.context = net::TlsContext::server(m_leaf.chain, m_leaf.key, &error);
        QVERIFY2(m_server.context, qPrintable(error));
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void contextsAreShared()
    {
        const auto a = net::TlsContext::client({m_ca.certificate()});
        const auto b = net::TlsContext::client({m_ca.certificate()});
        const auto system = net::TlsContext::client({});
        QVERIFY(a && system);
        QCOMPARE(a.get(), b.get()); // one context per trust, not per connection
        QVERIFY(a.get() != system.get());
        QVERIFY(!a->isServer());
        QVERIFY(m_server.context->isServer());
    }

    void serverKeyMustMatch()
    {
        const lab::LabCertificate other = lab::LabCa::selfSigned(QStringLiteral("other"), {}, {});
        QString error;
        QVERIFY(!net::TlsContext::server(m_leaf.chain, other.key, &error));
        QVERIFY2(error.contains(QLatin1String("private key")), qPrintable(error));
        QVERIFY(!net::TlsContext::server({}, m_leaf.key, &error));
    }

    void verification_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trustLabCa");
        QTest::addColumn<QList<QSslError::SslError>>("expected"); // any one of them; empty: none at all
        QTest::newRow("trusted, by name") << QStringLiteral("appliance.lab.test") << true
                                          << QList<QSslError::SslError>{};
        QTest::newRow("trusted, by IP address") << QStringLiteral("127.0.0.1") << true
                                                << QList<QSslError::SslError>{};
        QTest::newRow("trusted CA, wrong name")
            << QStringLiteral("other.lab.test") << true << QList<QSslError::SslError>{QSslError::HostNameMismatch};
        QTest::newRow("system store does not know the lab CA")
            << QStringLiteral("appliance.lab.test") << false
            << QList<QSslError::SslError>{QSslError::UnableToGetLocalIssuerCertificate,
                                          QSslError::SelfSignedCertificateInChain};
    }
    void verification()
    {
        QFETCH(QString, host);
        QFETCH(bool, trustLabCa);
        QFETCH(QList<QSslError::SslError>, expected);
        net::TlsSocket client;
        QSignalSpy encrypted(&client, &net::TlsSocket::encrypted);
        connectAs(client, host, trustLabCa ? QList<QSslCertificate>{m_ca.certificate()} : QList<QSslCertificate>{});
        QVERIFY(encrypted.wait(10000));
        QCOMPARE(client.peerCertificate(), m_leaf.chain.first());
        QCOMPARE(client.peerCertificateChain().size(), 2);
        QList<QSslError::SslError> seen;
        for (const QSslError& e : client.verificationErrors())
            seen.append(e.error());
        // `expected`: any one of these (OpenSSL names an unknown root either way, depending on the chain sent).
        if (!expected.isEmpty())
            QVERIFY2(std::any_of(expected.begin(), expected.end(), [&](QSslError::SslError e) { return seen.contains(e); }),
                     qPrintable(QStringLiteral("%1 errors, none of the expected").arg(seen.size())));
        else
            QVERIFY2(seen.isEmpty(), qPrintable(QStringLiteral("%1 unexpected errors").arg(seen.size())));
    }

    void acceptedSessionsAreResumed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("by name (SNI)") << QStringLiteral("appliance.lab.test");
        QTest::newRow("by IP address (no SNI)") << QStringLiteral("127.0.0.1");
    }
    void acceptedSessionsAreResumed()
    {
        // The server answers one line and closes; the client keeps the session only when told to.
        m_server.onAccept = [](net::TlsSocket* s) {
            connect(s, &net::TlsSocket::readyRead, s, [s] {
                s->readAll();
                s->write("pong\n");
                s->disconnectFromHost();
            });
        };
        QFETCH(QString, host);
        const auto exchange = [this, host](const QByteArray& key, bool keep) {
            net::TlsSocket client;
            client.setSessionKey(key);
            QByteArray got;
            connect(&client, &net::TlsSocket::readyRead, &client, [&] { got += client.readAll(); });
            QSignalSpy closed(&client, &net::TlsSocket::disconnected);
            connectAs(client, host, {m_ca.certificate()});
            client.write("ping\n");
            if (!closed.wait(10000))
                return QStringLiteral("no answer");
            if (got != "pong\n")
                return QStringLiteral("wrong answer");
            if (client.peerCertificate() != m_leaf.chain.first())
                return QStringLiteral("no peer certificate");
            if (keep)
                client.keepSession();
            return client.isResumed() ? QStringLiteral("resumed") : QStringLiteral("full");
        };
        const QByteArray a = host.toUtf8() + "|a", b = host.toUtf8() + "|b";
        QCOMPARE(exchange(a, false), QStringLiteral("full"));
        QCOMPARE(exchange(a, true), QStringLiteral("full")); // nothing was kept under this key yet
        QCOMPARE(exchange(a, true), QStringLiteral("resumed")); // the peer certificate comes from the session
        QCOMPARE(exchange(a, false), QStringLiteral("resumed"));
        QCOMPARE(exchange(b, true), QStringLiteral("full")); // another key (another pin) never shares a session
        m_server.onAccept = nullptr;
    }

    void bigTransferBothWays()
    {
        // 8 MiB to the server, which echoes its SHA-256 and then 8 MiB back, through a 64 KiB read limit.
        const qsizetype size = 8 * 1024 * 1024;
        QByteArray payload(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            payload[i] = static_cast<char>((i * 7919) >> 3);
        QByteArray serverGot;
        m_server.onAccept = [&](net::TlsSocket* s) {
            connect(s, &net::TlsSocket::readyRead, s, [&, s] {
                serverGot += s->readAll();
                if (serverGot.size() == size) {
                    s->write(QCryptographicHash::hash(serverGot, QCryptographicHash::Sha256));
                    s->write(payload);
                    s->disconnectFromHost();
                }
            });
        };
        net::TlsSocket client;
        client.setReadBufferSize(64 * 1024);
        QByteArray clientGot;
        qint64 peak = 0;
        connect(&client, &net::TlsSocket::readyRead, this, [&] {
            peak = std::max(peak, client.bytesAvailable());
            clientGot += client.readAll();
        });
        QSignalSpy closed(&client, &net::TlsSocket::disconnected);
        connectAs(client, QStringLiteral("appliance.lab.test"), {m_ca.certificate()});
        client.write(payload);
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() == 1, 60000);
        QCOMPARE(serverGot.size(), size);
        QCOMPARE(clientGot.size(), 32 + size);
        QCOMPARE(clientGot.left(32), QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QVERIFY(clientGot.mid(32) == payload);
        QVERIFY(client.receivedCloseNotify());
        QVERIFY2(peak <= 64 * 1024 + 16 * 1024, QByteArray::number(peak));
        m_server.onAccept = nullptr;
    }

    void notTlsOnTheOtherSide()
    {
        // A plain HTTP server: the client must fail the handshake with a reason, not hang.
        Server plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        plain.onRaw = [&](qintptr fd) {
            auto* s = new QTcpSocket(&plain);
            s->setSocketDescriptor(fd);
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        };
        net::TlsSocket client;
        QSignalSpy failed(&client, &net::TlsSocket::errorOccurred);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), plain.serverPort(),
                                      net::TlsContext::client({m_ca.certificate()}));
        QVERIFY(failed.wait(10000));
        QCOMPARE(client.error(), QAbstractSocket::SslHandshakeFailedError);
        QVERIFY2(client.errorString().contains(QLatin1String("handshake")), qPrintable(client.errorString()));
        QVERIFY(!client.isEncrypted());
    }

    void serverHangsUpInTheHandshake()
    {
        Server rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        rude.onRaw = [&](qintptr fd) {
            auto* s = new QTcpSocket(&rude);
            s->setSocketDescriptor(fd);
            connect(s, &QTcpSocket::readyRead, s, [s] { s->abort(); });
        };
        net::TlsSocket client;
        QSignalSpy failed(&client, &net::TlsSocket::errorOccurred);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), rude.serverPort(),
                                      net::TlsContext::client({m_ca.certificate()}));
        QVERIFY(failed.wait(10000));
        QVERIFY(client.error() == QAbstractSocket::SslHandshakeFailedError ||
                client.error() == QAbstractSocket::RemoteHostClosedError);
        QVERIFY(!client.isEncrypted());
    }

    void nothingLeavesBeforeTheOwnerAccepts()
    {
        // The request written before the handshake is held until encrypted() returned; an owner that refuses
        // the certificate there (abort) sends nothing.
        QByteArray serverGot;
        bool serverClosed = false;
        m_server.onAccept = [&](net::TlsSocket* s) {
            connect(s, &net::TlsSocket::readyRead, s, [&, s] { serverGot += s->readAll(); });
            connect(s, &net::TlsSocket::disconnected, s, [&] { serverClosed = true; });
            connect(s, &net::TlsSocket::errorOccurred, s, [&] { serverClosed = true; });
        };
        net::TlsSocket client;
        connect(&client, &net::TlsSocket::encrypted, &client, [&client] { client.abort(); });
        client.write("GET /secret?token=abc HTTP/1.1\r\n\r\n");
        connectAs(client, QStringLiteral("appliance.lab.test"), {});
        QTRY_VERIFY_WITH_TIMEOUT(serverClosed, 10000);
        QVERIFY(serverGot.isEmpty());
        m_server.onAccept = nullptr;
    }

private:
    void connectAs(net::TlsSocket& client, const QString& verifyAs, const QList<QSslCertificate>& cas)
    {
        // The lab names do not resolve: connect to 127.0.0.1 and verify the server as `verifyAs`.
        client.setPeerVerifyName(verifyAs);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.serverPort(), net::TlsContext::client(cas));
    }

    lab::LabCa m_ca;
    lab::LabCertificate m_leaf;
    Server m_server;
};

QTEST_GUILESS_MAIN(TestNetTls)
#include "tst_net_tls.moc"
