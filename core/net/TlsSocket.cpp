#include "net/TlsSocket.h"

#include "common/OsslPtr.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace dr::net {

namespace {

constexpr int kRecordBytes = 16 * 1024; // one TLS record's plaintext at most
constexpr qint64 kNetworkChunk = 64 * 1024;

} // namespace

namespace detail {

// Records what verification found and lets the handshake go on: the owner decides (pin or refuse).
int collectVerifyError(int ok, X509_STORE_CTX* store)
{
    if (ok)
        return 1;
    auto* ssl = static_cast<SSL*>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* self = ssl ? static_cast<TlsSocket*>(SSL_get_app_data(ssl)) : nullptr;
    if (self) {
        const QSslError e = toQSslError(X509_STORE_CTX_get_error(store),
                                        QSslCertificate(derFromX509(X509_STORE_CTX_get_current_cert(store)), QSsl::Der));
        if (!self->m_verifyErrors.contains(e))
            self->m_verifyErrors.append(e);
    }
    return 1;
}

// A session (TLS 1.2 at the handshake, TLS 1.3 tickets after it) is held until the owner accepts the peer.
int offerSession(SSL* ssl, SSL_SESSION* session)
{
    auto* self = static_cast<TlsSocket*>(SSL_get_app_data(ssl));
    if (!self || self->m_sessionKey.isEmpty())
        return 0; // not kept: OpenSSL frees it
    if (self->m_newSession)
        SSL_SESSION_free(self->m_newSession);
    self->m_newSession = session;
    return 1; // the reference is ours
}

} // namespace detail

TlsSocket::TlsSocket(QObject* parent) : QObject(parent), m_tcp(new QTcpSocket(this))
{
    m_tcp->setProxy(QNetworkProxy::NoProxy);
    connect(m_tcp, &QTcpSocket::connected, this, &TlsSocket::onTcpConnected);
    connect(m_tcp, &QTcpSocket::readyRead, this, &TlsSocket::onTcpReadyRead);
    connect(m_tcp, &QTcpSocket::bytesWritten, this, &TlsSocket::bytesWritten);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, &TlsSocket::onTcpError);
    connect(m_tcp, &QTcpSocket::disconnected, this, &TlsSocket::onTcpDisconnected);
}

TlsSocket::~TlsSocket()
{
    m_tcp->disconnect(this);
    if (m_newSession)
        SSL_SESSION_free(m_newSession);
    if (m_ssl)
        SSL_free(m_ssl); // frees both BIOs
}

void TlsSocket::keepSession()
{
    if (!m_context || m_sessionKey.isEmpty())
        return;
    SSL_SESSION* session = std::exchange(m_newSession, nullptr);
    if (!session && m_ssl && m_encrypted)
        session = SSL_get1_session(m_ssl); // a resumed session that got no new ticket stays usable
    if (session)
        m_context->storeSession(m_sessionKey, session);
}

bool TlsSocket::isResumed() const
{
    return m_ssl && m_encrypted && SSL_session_reused(m_ssl) == 1;
}

void TlsSocket::connectToHostEncrypted(const QString& host, quint16 port, std::shared_ptr<TlsContext> context)
{
    m_context = std::move(context);
    m_host = host;
    if (!m_context || m_context->isServer()) {
        fail(QAbstractSocket::SslInternalError, tr("No TLS client context (OpenSSL could not create one)."));
        return;
    }
    m_tcp->connectToHost(host, port);
}

bool TlsSocket::startServerEncryption(qintptr socketDescriptor, std::shared_ptr<TlsContext> context)
{
    m_context = std::move(context);
    if (!m_context || !m_context->isServer() || !m_tcp->setSocketDescriptor(socketDescriptor))
        return false;
    if (!createSsl(true))
        return false;
    if (m_tcp->bytesAvailable() > 0)
        onTcpReadyRead();
    return true;
}

bool TlsSocket::createSsl(bool server)
{
    ERR_clear_error();
    m_ssl = SSL_new(m_context->handle());
    m_in = BIO_new(BIO_s_mem());
    m_out = BIO_new(BIO_s_mem());
    if (!m_ssl || !m_in || !m_out) {
        BIO_free(m_in);
        BIO_free(m_out);
        m_in = m_out = nullptr;
        fail(QAbstractSocket::SslInternalError, tr("OpenSSL could not start a TLS session: %1").arg(takeOpenSslErrors()));
        return false;
    }
    BIO_set_mem_eof_return(m_in, -1); // an empty input buffer means "wait for more", not end of stream
    SSL_set_bio(m_ssl, m_in, m_out);
    if (server) {
        SSL_set_accept_state(m_ssl);
        return true;
    }
    SSL_set_app_data(m_ssl, this);
    SSL_set_verify(m_ssl, SSL_VERIFY_PEER, detail::collectVerifyError);
    if (!m_sessionKey.isEmpty()) {
        if (SSL_SESSION* previous = m_context->session(m_sessionKey)) {
            SSL_set_session(m_ssl, previous); // resumed if the server still knows it; a full handshake otherwise
            SSL_SESSION_free(previous);
        }
    }
    const QString verifyAs = m_verifyName.isEmpty() ? m_host : m_verifyName;
    const QByteArray name = verifyAs.toUtf8();
    if (QHostAddress address; address.setAddress(verifyAs)) {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), name.constData());
    } else {
        SSL_set_tlsext_host_name(m_ssl, name.constData());
        SSL_set1_host(m_ssl, name.constData());
    }
    SSL_set_connect_state(m_ssl);
    return true;
}

void TlsSocket::setReadBufferSize(qint64 bytes)
{
    m_readLimit = bytes;
    m_tcp->setReadBufferSize(bytes);
}

qint64 TlsSocket::write(const QByteArray& data)
{
    if (m_failed || m_closing)
        return -1;
    if (!m_encrypted)
        m_pendingOut += data;
    else
        encrypt(data);
    return data.size();
}

void TlsSocket::encrypt(const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size() && !m_failed) {
        ERR_clear_error();
        const int n = std::min<qsizetype>(data.size() - done, 1 << 20);
        const int r = SSL_write(m_ssl, data.constData() + done, n);
        if (r <= 0) {
            fail(QAbstractSocket::SslInternalError, tr("TLS encryption failed: %1").arg(takeOpenSslErrors()));
            return;
        }
        done += r;
    }
    flushOut();
}

QByteArray TlsSocket::read(qint64 maxBytes)
{
    QByteArray out;
    if (maxBytes >= m_plainIn.size()) {
        out = std::exchange(m_plainIn, {});
    } else {
        out = m_plainIn.left(maxBytes);
        m_plainIn.remove(0, maxBytes);
    }
    // Reading made room: take in what the network holds (queued, not from inside the reader's slot).
    const bool more =
        m_tcp->bytesAvailable() > 0 || (m_in && BIO_ctrl_pending(m_in) > 0) || (m_ssl && SSL_pending(m_ssl) > 0);
    if (m_readLimit > 0 && !out.isEmpty() && !m_resumeQueued && more) {
        m_resumeQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_resumeQueued = false;
                onTcpReadyRead();
            },
            Qt::QueuedConnection);
    }
    return out;
}

QByteArray TlsSocket::readAll()
{
    return read(m_plainIn.size());
}

qint64 TlsSocket::bytesToWrite() const
{
    return m_pendingOut.size() + m_tcp->bytesToWrite();
}

void TlsSocket::disconnectFromHost()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_ssl && m_encrypted && !m_failed) {
        // Our close_notify (the peer's is not waited for). Also what tells OpenSSL that the session ended
        // properly and may be resumed, even when the peer has already gone.
        ERR_clear_error();
        SSL_shutdown(m_ssl);
        flushOut();
    }
    if (m_tcp->state() != QAbstractSocket::UnconnectedState)
        m_tcp->disconnectFromHost(); // after the write buffer drained
}

void TlsSocket::abort()
{
    m_closing = true;
    m_pendingOut.clear();
    m_tcp->abort();
}

void TlsSocket::onTcpConnected()
{
    if (!createSsl(false))
        return;
    continueHandshake();
}

void TlsSocket::onTcpReadyRead()
{
    if (!m_ssl || m_failed)
        return;
    if (m_readLimit > 0 && m_plainIn.size() >= m_readLimit)
        return; // resumed by read()
    pullCiphertext();
    const QPointer<TlsSocket> alive(this);
    if (!m_encrypted && !continueHandshake())
        return;
    if (alive && m_encrypted)
        decrypt();
}

void TlsSocket::pullCiphertext()
{
    char buffer[kNetworkChunk];
    while (m_tcp->isOpen() && m_tcp->bytesAvailable() > 0) {
        const qint64 n = m_tcp->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        BIO_write(m_in, buffer, static_cast<int>(n));
        if (m_readLimit > 0 && BIO_ctrl_pending(m_in) >= static_cast<size_t>(m_readLimit))
            break;
    }
}

bool TlsSocket::continueHandshake()
{
    ERR_clear_error();
    const int r = SSL_do_handshake(m_ssl);
    flushOut();
    if (r == 1) {
        m_encrypted = true;
        capturePeerChain();
        const QPointer<TlsSocket> alive(this);
        emit encrypted();
        if (!alive || m_failed || m_tcp->state() != QAbstractSocket::ConnectedState)
            return false;
        if (!m_pendingOut.isEmpty()) {
            QByteArray pending = std::exchange(m_pendingOut, {});
            encrypt(pending);
            OPENSSL_cleanse(pending.data(), static_cast<size_t>(pending.size())); // may hold a credential
        }
        return !m_failed;
    }
    const int err = SSL_get_error(m_ssl, r);
    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
        return false;
    capturePeerChain();
    QString why = takeOpenSslErrors();
    if (why.isEmpty())
        why = tr("the connection ended during the handshake");
    fail(QAbstractSocket::SslHandshakeFailedError, tr("TLS handshake failed: %1").arg(why));
    return false;
}

void TlsSocket::decrypt()
{
    bool any = false;
    while (!m_failed && !m_closeNotify) {
        if (m_readLimit > 0 && m_plainIn.size() >= m_readLimit)
            break;
        const qsizetype old = m_plainIn.size();
        if (m_plainIn.capacity() - old < kRecordBytes)
            m_plainIn.reserve(old + 16 * kRecordBytes);
        m_plainIn.resize(old + kRecordBytes);
        ERR_clear_error();
        const int r = SSL_read(m_ssl, m_plainIn.data() + old, kRecordBytes);
        m_plainIn.resize(old + std::max(r, 0));
        if (r > 0) {
            any = true;
            continue;
        }
        const int err = SSL_get_error(m_ssl, r);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE)
            break;
        if (err == SSL_ERROR_ZERO_RETURN) {
            m_closeNotify = true;
            break;
        }
        flushOut();
        fail(QAbstractSocket::SslInternalError, tr("The TLS connection broke: %1").arg(takeOpenSslErrors()));
        return;
    }
    flushOut(); // e.g. a key update answered
    const QPointer<TlsSocket> alive(this);
    if (any)
        emit readyRead();
    if (alive && m_closeNotify && !m_closing)
        disconnectFromHost(); // the peer said it is done: so are we (disconnected() follows)
}

void TlsSocket::flushOut()
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(m_out, &data);
    if (n <= 0)
        return;
    if (m_tcp->state() == QAbstractSocket::ConnectedState)
        m_tcp->write(data, n);
    (void)BIO_reset(m_out);
}

void TlsSocket::capturePeerChain()
{
    if (!m_peerChainDer.isEmpty() || !m_ssl)
        return;
    // On the client the chain includes the leaf; on the server only the leaf is asked for (never here).
    if (STACK_OF(X509)* chain = SSL_get_peer_cert_chain(m_ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            m_peerChainDer.append(derFromX509(sk_X509_value(chain, i)));
    }
    if (m_peerChainDer.isEmpty()) {
        if (X509* leaf = SSL_get1_peer_certificate(m_ssl)) {
            m_peerChainDer.append(derFromX509(leaf));
            X509_free(leaf);
        }
    }
}

QSslCertificate TlsSocket::peerCertificate() const
{
    return m_peerChainDer.isEmpty() ? QSslCertificate() : QSslCertificate(m_peerChainDer.first(), QSsl::Der);
}

QList<QSslCertificate> TlsSocket::peerCertificateChain() const
{
    QList<QSslCertificate> chain;
    for (const QByteArray& der : m_peerChainDer)
        chain.append(QSslCertificate(der, QSsl::Der));
    return chain;
}

QByteArray TlsSocket::peerCertificateSha256() const
{
    return m_peerChainDer.isEmpty() ? QByteArray()
                                    : QCryptographicHash::hash(m_peerChainDer.first(), QCryptographicHash::Sha256);
}

void TlsSocket::onTcpError(QAbstractSocket::SocketError error)
{
    if (m_failed)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_closing)
        return; // we were closing anyway
    m_error = error;
    m_errorString = m_tcp->errorString();
    if (error == QAbstractSocket::RemoteHostClosedError && m_ssl && !m_encrypted) {
        // Closed in the middle of the handshake: the server refused us (or is not speaking TLS).
        m_error = QAbstractSocket::SslHandshakeFailedError;
        QString why = takeOpenSslErrors();
        m_errorString = tr("TLS handshake failed: %1")
                            .arg(why.isEmpty() ? tr("the server closed the connection during the handshake") : why);
    }
    emit errorOccurred(m_error);
}

void TlsSocket::onTcpDisconnected()
{
    // Whatever arrived before the close is still the peer's data: decrypt it all before saying so.
    if (m_ssl && m_encrypted && !m_failed && !m_closeNotify) {
        m_readLimit = 0;
        pullCiphertext();
        const QPointer<TlsSocket> alive(this);
        decrypt();
        if (!alive)
            return;
    }
    emit disconnected();
}

void TlsSocket::fail(QAbstractSocket::SocketError error, const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = error;
    m_errorString = message;
    m_pendingOut.clear();
    const QPointer<TlsSocket> alive(this);
    emit errorOccurred(error);
    if (alive) {
        m_closing = true;
        m_tcp->abort();
    }
}

} // namespace dr::net
