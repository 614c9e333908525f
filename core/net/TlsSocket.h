#pragma once

#include "net/TlsContext.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTcpSocket>

#include <memory>

typedef struct ssl_st SSL; // NOLINT(modernize-use-using)
typedef struct bio_st BIO; // NOLINT(modernize-use-using)

namespace dr::net {

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
    QSslCertificate peerCertificate() const { return m_peerChain.value(0); }
    QList<QSslCertificate> peerCertificateChain() const { return m_peerChain; }
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
    bool createSsl(bool server);
    void onTcpConnected();
    void onTcpReadyRead();
    void onTcpError(QAbstractSocket::SocketError error);
    void onTcpDisconnected();
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
    QByteArray m_plainIn;
    QByteArray m_pendingOut;
    qint64 m_readLimit = 0;
    QList<QSslCertificate> m_peerChain;
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
