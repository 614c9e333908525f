#pragma once

#include "net/TlsContext.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTcpSocket>

#include <memory>

typedef struct ssl_st SSL;                          // NOLINT(modernize-use-using)
typedef struct bio_st BIO;                          // NOLINT(modernize-use-using)
typedef struct ssl_session_st SSL_SESSION;          // NOLINT(modernize-use-using)
typedef struct x509_store_ctx_st X509_STORE_CTX;    // NOLINT(modernize-use-using)

namespace dr::net {

namespace detail {
// OpenSSL callbacks (registered by TlsSocket and TlsContext).
int collectVerifyError(int ok, X509_STORE_CTX* store);
int offerSession(SSL* ssl, SSL_SESSION* session);
} // namespace detail

// TLS over a QTcpSocket, done by OpenSSL through memory BIOs in the socket's own thread, with a shared
// TlsContext (see there for why not QSslSocket). Client or server.
//
// Client side, certificate verification never decides on its own: every chain or host-name problem is
// collected (verificationErrors()) and the handshake completes; the owner decides in encrypted(), before any
// byte it wrote leaves, and calls abort() to refuse. That is how a pinned certificate is accepted exactly and
// nothing else is: TLS errors are never ignored silently (see api::HttpExchange).
class TlsSocket : public QObject
{
    Q_OBJECT
public:
    explicit TlsSocket(QObject* parent = nullptr);
    ~TlsSocket() override;

    // Client: connect to host:port and verify the server as `host` (DNS name or IP address; SNI for names).
    void connectToHostEncrypted(const QString& host, quint16 port, std::shared_ptr<TlsContext> context);
    // Client: resume the TLS session last kept under `key` when there is one (see keepSession). The key must
    // name everything the server was accepted under: host, port and the trust (pin), never less.
    void setSessionKey(const QByteArray& key) { m_sessionKey = key; }
    // Client: the owner accepted this server (certificate decision made, exchange completed): keep the session
    // for the next connection under the same key. A resumed handshake skips the certificate, so only accepted
    // sessions may be kept.
    void keepSession();
    bool isResumed() const;

    // Client: verify the server as this name instead of the host connected to (as QSslSocket::setPeerVerifyName).
    void setPeerVerifyName(const QString& name) { m_verifyName = name; }
    // Server: take an accepted connection and wait for the client's hello.
    bool startServerEncryption(qintptr socketDescriptor, std::shared_ptr<TlsContext> context);

    // Most plaintext kept unread; reading from the network pauses above it (0 = no limit).
    void setReadBufferSize(qint64 bytes);

    qint64 write(const QByteArray& data); // plaintext; held until the handshake is done
    QByteArray read(qint64 maxBytes);
    QByteArray readAll();
    qint64 bytesAvailable() const { return m_plainIn.size(); }
    qint64 bytesToWrite() const; // plaintext not yet encrypted plus ciphertext not yet sent
    // Sends close_notify after what is queued, then closes. disconnected() follows.
    void disconnectFromHost();
    void abort();

    QAbstractSocket::SocketState state() const { return m_tcp->state(); }
    bool isEncrypted() const { return m_encrypted; }
    bool receivedCloseNotify() const { return m_closeNotify; }
    // The server's certificates as sent (leaf first). Built on demand: a QSslCertificate costs OpenSSL 3 a key
    // decoder, too much to pay on every connection when only the leaf's fingerprint is compared.
    QSslCertificate peerCertificate() const;
    QList<QSslCertificate> peerCertificateChain() const;
    // SHA-256 of the leaf's DER (empty before the handshake), what a pin is compared with.
    QByteArray peerCertificateSha256() const;
    QList<QSslError> verificationErrors() const { return m_verifyErrors; }
    QAbstractSocket::SocketError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

signals:
    void encrypted();
    void readyRead();
    void bytesWritten(qint64 bytes);
    void disconnected();
    void errorOccurred(QAbstractSocket::SocketError error);

private:
    friend int detail::collectVerifyError(int ok, X509_STORE_CTX* store);
    friend int detail::offerSession(SSL* ssl, SSL_SESSION* session);

    bool createSsl(bool server);
    void onTcpConnected();
    void onTcpReadyRead();
    void onTcpError(QAbstractSocket::SocketError error);
    void onTcpDisconnected();
    void pullCiphertext(); // from the TCP socket into OpenSSL's input, up to the read limit
    bool continueHandshake();
    void decrypt();
    void encrypt(const QByteArray& data);
    void flushOut();
    void capturePeerChain();
    void fail(QAbstractSocket::SocketError error, const QString& message);

    QTcpSocket* m_tcp;
    std::shared_ptr<TlsContext> m_context;
    SSL* m_ssl = nullptr;
    BIO* m_in = nullptr;  // ciphertext from the network, owned by m_ssl
    BIO* m_out = nullptr; // ciphertext to the network, owned by m_ssl
    QString m_host;
    QString m_verifyName;
    QByteArray m_sessionKey;
    SSL_SESSION* m_newSession = nullptr; // offered by OpenSSL, not yet kept
    QByteArray m_plainIn;
    QByteArray m_pendingOut;
    qint64 m_readLimit = 0;
    QList<QByteArray> m_peerChainDer;
    QList<QSslError> m_verifyErrors;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    bool m_encrypted = false;
    bool m_closeNotify = false;
    bool m_closing = false;
    bool m_failed = false;
    bool m_resumeQueued = false;
};

} // namespace dr::net
