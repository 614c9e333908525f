#include "api/HttpExchange.h"

#include "api/Tls.h"
#include "net/HttpResponseParser.h"
#include "net/TlsContext.h"
#include "net/TlsSocket.h"

#include <openssl/crypto.h>

namespace dr::api {

QByteArray HttpExchange::Response::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpExchange::HttpExchange(const ConnectionSettings& settings, QObject* parent) : QObject(parent), m_settings(settings)
{
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        abortWith(ApiError::make(ApiError::Kind::Timeout,
                                 tr("%1 stopped answering (nothing received for %2 s). Check that the appliance is up "
                                    "and reachable, then try again.")
                                     .arg(m_url.host())
                                     .arg(m_settings.transferTimeoutMs / 1000.0)));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(ApiError::make(ApiError::Kind::Timeout,
                                 tr("%1 did not complete the request within %2 s. Check the appliance's load and the "
                                    "network, then try again.")
                                     .arg(m_url.host())
                                     .arg(m_deadline.interval() / 1000.0)));
    });
}

HttpExchange::~HttpExchange()
{
    releaseSocket();
}

void HttpExchange::releaseSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (!m_response.error.isError() && m_parser && m_parser->isComplete()) {
        // Accepted and answered in full: keep the session, and close properly (close_notify), or OpenSSL
        // marks the session not resumable when the connection is freed.
        m_socket->keepSession();
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    m_socket->deleteLater();
    m_socket = nullptr;
}

void HttpExchange::start(const QByteArray& verb, const QUrl& url, const QByteArray& body, const QList<Header>& headers)
{
    m_url = url;
    m_parser = std::make_unique<net::HttpResponseParser>([this](QByteArrayView data) { onBody(data); });
    m_parser->setNoBody(verb == "HEAD");
    touch();
    const qint64 deadline = m_deadlineMs >= 0 ? m_deadlineMs : m_settings.deadlineMs;
    if (deadline > 0)
        m_deadline.start(static_cast<int>(std::min<qint64>(deadline, std::numeric_limits<int>::max())));

    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        // Callers validate their settings first; this guards the rule that nothing goes out in the clear.
        QMetaObject::invokeMethod(
            this,
            [this] {
                abortWith(ApiError::make(ApiError::Kind::Usage,
                                         tr("%1 is not an https:// address. The appliance API is only reached over "
                                            "HTTPS: correct the URL.")
                                             .arg(m_url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString())));
            },
            Qt::QueuedConnection);
        return;
    }

    const QString host = url.host(QUrl::EncodeUnicode);
    const int port = url.port(443);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray hostHeader = host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : host.toLatin1();
    if (port != 443)
        hostHeader += ':' + QByteArray::number(port);

    QByteArray request = verb + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader +
                         "\r\nUser-Agent: " + m_settings.effectiveUserAgent().toUtf8() + "\r\nConnection: close\r\n";
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const Header& h : headers)
        request += h.first + ": " + h.second + "\r\n";
    request += "\r\n";
    request += body;

    m_socket = new net::TlsSocket(this);
    m_socket->setReadBufferSize(kSocketBuffer);
    connect(m_socket, &net::TlsSocket::encrypted, this, &HttpExchange::onEncrypted);
    connect(m_socket, &net::TlsSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &net::TlsSocket::bytesWritten, this, &HttpExchange::touch);
    connect(m_socket, &net::TlsSocket::errorOccurred, this, &HttpExchange::onSocketError);
    connect(m_socket, &net::TlsSocket::disconnected, this, &HttpExchange::onDisconnected);
    // Resume the TLS session of the last accepted exchange with this server under this same trust (no certificate
    // sent again, no signature for the server to make): what keeps a fan-out or a polling dashboard cheap.
    m_socket->setSessionKey(host.toUtf8() + ':' + QByteArray::number(port) + '|' + m_settings.trust.pinnedSha256.toHex());
    m_socket->write(request); // held until the server's certificate is accepted (onEncrypted)
    OPENSSL_cleanse(request.data(), static_cast<size_t>(request.size())); // it may carry a token or password
    m_socket->connectToHostEncrypted(host, static_cast<quint16>(port),
                                     net::TlsContext::client(m_settings.trust.caCertificates));
}

void HttpExchange::touch()
{
    if (!m_finished && m_settings.transferTimeoutMs > 0)
        m_idle.start(m_settings.transferTimeoutMs);
}

void HttpExchange::abortWith(const ApiError& error)
{
    if (m_finished)
        return;
    if (!m_abortError)
        m_abortError = error;
    m_response.error = *m_abortError;
    finish();
}

void HttpExchange::onEncrypted()
{
    touch();
    const TlsTrust& trust = m_settings.trust;
    if (!trust.pinnedSha256.isEmpty()) {
        // Exactly the pinned leaf, whatever else verification says; any other leaf is refused even if valid.
        if (m_socket->peerCertificateSha256() != trust.pinnedSha256)
            abortWith(tlsError(m_url, m_socket->peerCertificate(), {}, trust,
                               tr("certificate does not match the pin")));
        return;
    }
    m_tlsErrors = m_socket->verificationErrors();
    if (!m_tlsErrors.isEmpty())
        abortWith(tlsError(m_url, m_socket->peerCertificate(), m_tlsErrors, trust));
}

void HttpExchange::onReadyRead()
{
    if (!m_socket || m_finished)
        return;
    touch();
    m_peakBuffered = std::max(m_peakBuffered, m_socket->bytesAvailable());
    const QByteArray data = m_socket->readAll();
    const qint64 before = m_received;
    m_current = data;
    const bool ok = m_parser->feed(data);
    m_current.clear();
    if (m_finished)
        return;
    if (!ok) {
        abortWith(ApiError::make(ApiError::Kind::Malformed,
                                 tr("%1 did not answer in HTTP. Check that the URL and port point at the appliance's "
                                    "HTTPS site.")
                                     .arg(m_url.host()),
                                 m_parser->error()));
        return;
    }
    if (m_parser->headersComplete() && !m_headersSeen)
        onBody({}); // a reply without a body still has headers to announce
    if (m_finished)
        return;
    if (m_received != before)
        emit progress(m_received, m_parser->contentLength());
    if (!m_finished && m_parser->isComplete())
        finish();
}

void HttpExchange::onBody(QByteArrayView data)
{
    if (m_finished)
        return;
    if (!m_headersSeen) {
        m_headersSeen = true;
        m_response.status = m_parser->status();
        m_response.headers = m_parser->headers();
        emit headersReceived();
        if (m_finished)
            return;
    }
    if (data.isEmpty())
        return;
    m_received += data.size();
    if (m_streaming) {
        // The whole read is body in the steady state: hand on the same buffer, no copy.
        if (data.data() == m_current.constData() && data.size() == m_current.size())
            emit bodyChunk(m_current);
        else
            emit bodyChunk(data.toByteArray());
        return;
    }
    if (m_received > m_maxBody) {
        abortWith(ApiError::make(ApiError::Kind::Malformed,
                                 tr("%1 sent a reply larger than %2 bytes, which is not an API reply. Check "
                                    "the URL.")
                                     .arg(m_url.host())
                                     .arg(m_maxBody)));
        return;
    }
    m_response.body.append(data);
}

void HttpExchange::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        endOfStream();
        return;
    }
    abortWith(transportError(error));
}

void HttpExchange::onDisconnected()
{
    if (!m_finished)
        endOfStream();
}

void HttpExchange::endOfStream()
{
    if (m_finished || !m_parser)
        return;
    m_parser->connectionClosed();
    if (m_parser->isComplete()) {
        if (!m_headersSeen)
            onBody({});
        finish();
        return;
    }
    abortWith(closedEarly());
}

ApiError HttpExchange::closedEarly() const
{
    return ApiError::make(ApiError::Kind::Network,
                          tr("%1 closed the connection before the reply was complete. Try again; if it keeps "
                             "happening, check the appliance and any proxy or firewall in between.")
                              .arg(m_url.host()),
                          m_socket ? m_socket->errorString() : QString());
}

ApiError HttpExchange::transportError(QAbstractSocket::SocketError code) const
{
    using K = ApiError::Kind;
    const QString host = m_url.host();
    // The socket never sees the URL, so no query string (legacy credentials) can reach its message.
    const QString detail = m_socket ? m_socket->errorString() : QString();
    switch (code) {
    case QAbstractSocket::HostNotFoundError:
        return ApiError::make(K::Network,
                              tr("The name %1 was not found in DNS. Check the spelling of the appliance's hostname and "
                                 "this computer's DNS settings.")
                                  .arg(host),
                              detail);
    case QAbstractSocket::ConnectionRefusedError:
        return ApiError::make(K::Network,
                              tr("%1 refused the connection. Check that the appliance is running and that the port is "
                                 "right, then try again.")
                                  .arg(host),
                              detail);
    case QAbstractSocket::RemoteHostClosedError:
        return closedEarly();
    case QAbstractSocket::SocketTimeoutError:
        return ApiError::make(K::Timeout,
                              tr("%1 did not answer in time. Check that the appliance is up and reachable, then try "
                                 "again.")
                                  .arg(host),
                              detail);
    case QAbstractSocket::SslHandshakeFailedError:
        return tlsError(m_url, m_socket ? m_socket->peerCertificate() : QSslCertificate(), m_tlsErrors, m_settings.trust,
                        detail);
    default:
        return ApiError::make(K::Network,
                              tr("The connection to %1 failed. Check the network path to the appliance, then try "
                                 "again.")
                                  .arg(host),
                              detail);
    }
}

void HttpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    m_deadline.stop();
    releaseSocket();
    emit finished();
}

} // namespace dr::api
