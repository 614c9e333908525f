#include "api/HttpExchange.h"

#include "api/Tls.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace dr::api {

QByteArray HttpExchange::Response::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpExchange::HttpExchange(QNetworkAccessManager* nam, const ConnectionSettings& settings, QObject* parent)
    : QObject(parent), m_nam(nam), m_settings(settings)
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                         const QList<QPair<QByteArray, QByteArray>>& headers)
{
    m_url = url;
    QNetworkRequest request(url);
    request.setRawHeader("Connection", "close");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_settings.effectiveUserAgent());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    applyTrust(request, m_settings.trust);
    forgetConnectionsIfTrustChanged(url);

    // get()/post() rather than sendCustomRequest(): with a custom request Qt does not apply the read buffer
    // limit set below, and a streamed download then piles up in memory when the disk is slower than the network.
    if (verb == "GET" && body.isEmpty())
        m_reply = m_nam->get(request);
    else if (verb == "POST")
        m_reply = m_nam->post(request, body);
    else
        m_reply = m_nam->sendCustomRequest(request, verb, body);
    if (m_streaming)
        m_reply->setReadBufferSize(kStreamBuffer);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &HttpExchange::onEncrypted);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        touch();
        // Again now that the request is under way: for a request with a body (POST), Qt forwards the limit to
        // its HTTP thread only if it is set after the request started; without it a download fills memory.
        if (m_streaming)
            m_reply->setReadBufferSize(kStreamBuffer);
        m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_response.headers = m_reply->rawHeaderPairs();
        emit headersReceived();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 r, qint64 t) {
        touch();
        emit progress(r, t);
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { touch(); });

    touch();
    const qint64 deadline = m_deadlineMs >= 0 ? m_deadlineMs : m_settings.deadlineMs;
    if (deadline > 0)
        m_deadline.start(static_cast<int>(std::min<qint64>(deadline, std::numeric_limits<int>::max())));
}

void HttpExchange::forgetConnectionsIfTrustChanged(const QUrl& url)
{
    // QNetworkAccessManager caches one connection object per host:port, created with the TLS configuration
    // of the FIRST request to it; later requests with other trust settings would silently reuse it. So when
    // the trust for a host:port changes on this manager, drop its cached connections first.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_settings.trust.pinnedSha256);
    for (const QSslCertificate& c : m_settings.trust.caCertificates)
        h.addData(c.toDer());
    const QByteArray signature = h.result();
    const QString key = url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
    static const char* const kProperty = "dr_api_trust_by_host";
    QVariantMap seen = m_nam->property(kProperty).toMap();
    const auto it = seen.constFind(key);
    if (it != seen.constEnd() && it->toByteArray() != signature)
        m_nam->clearConnectionCache();
    seen.insert(key, signature);
    m_nam->setProperty(kProperty, seen);
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
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // emits finished() -> onFinished()
    }
    if (!m_finished) {
        m_response.error = *m_abortError;
        finish();
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    touch();
    m_peakBuffered = std::max(m_peakBuffered, m_reply->bytesAvailable());
    while (m_reply && m_reply->bytesAvailable() > 0 && !m_finished) {
        const QByteArray chunk = m_reply->read(kStreamBuffer);
        if (chunk.isEmpty())
            break;
        m_received += chunk.size();
        if (m_streaming) {
            emit bodyChunk(chunk);
        } else {
            if (m_received > m_maxBody) {
                abortWith(ApiError::make(ApiError::Kind::Malformed,
                                         tr("%1 sent a reply larger than %2 bytes, which is not an API reply. Check "
                                            "the URL.")
                                             .arg(m_url.host())
                                             .arg(m_maxBody)));
                return;
            }
            m_response.body += chunk;
        }
    }
}

void HttpExchange::onSslErrors(const QList<QSslError>& errors)
{
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError& e : errors)
        if (leaf.isNull() && !e.certificate().isNull())
            leaf = e.certificate();
    m_peer = leaf;
    if (matchesPin(leaf, m_settings.trust)) {
        // Exactly these errors, for exactly this (pinned) leaf.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_tlsErrors = errors;
}

void HttpExchange::onEncrypted()
{
    touch();
    const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    m_peer = leaf;
    if (!m_settings.trust.pinnedSha256.isEmpty() && !matchesPin(leaf, m_settings.trust))
        abortWith(tlsError(m_url, leaf, {}, m_settings.trust, tr("certificate does not match the pin")));
}

void HttpExchange::onFinished()
{
    if (m_finished || !m_reply)
        return;
    const auto code = m_reply->error();
    if (m_abortError) {
        m_response.error = *m_abortError;
    } else if (code != QNetworkReply::NoError &&
               (code < QNetworkReply::ProxyConnectionRefusedError ||
                m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())) {
        m_response.error = transportError(code);
    } else {
        onReadyRead(); // drain what is left
        if (m_finished)
            return;
        m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_response.headers = m_reply->rawHeaderPairs();
    }
    finish();
}

ApiError HttpExchange::transportError(QNetworkReply::NetworkError code) const
{
    using K = ApiError::Kind;
    const QString host = m_url.host();
    QString qt = m_reply ? m_reply->errorString() : QString();
    // Qt's message can quote the URL; never let a query string (legacy credentials) into an error.
    const QUrl bare = m_url.adjusted(QUrl::RemoveQuery);
    qt.replace(m_url.toString(QUrl::FullyEncoded), bare.toString());
    qt.replace(m_url.toString(), bare.toString());
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return ApiError::make(K::Network,
                              tr("The name %1 was not found in DNS. Check the spelling of the appliance's hostname and "
                                 "this computer's DNS settings.")
                                  .arg(host),
                              qt);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::make(K::Network,
                              tr("%1 refused the connection. Check that the appliance is running and that the port is "
                                 "right, then try again.")
                                  .arg(host),
                              qt);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::make(K::Network,
                              tr("%1 closed the connection before the reply was complete. Try again; if it keeps "
                                 "happening, check the appliance and any proxy or firewall in between.")
                                  .arg(host),
                              qt);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout (our own cancels set m_abortError)
        return ApiError::make(K::Timeout,
                              tr("%1 did not answer in time. Check that the appliance is up and reachable, then try "
                                 "again.")
                                  .arg(host),
                              qt);
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError(m_url, m_peer, m_tlsErrors, m_settings.trust, qt);
    default:
        return ApiError::make(K::Network,
                              tr("The connection to %1 failed. Check the network path to the appliance, then try "
                                 "again.")
                                  .arg(host),
                              qt);
    }
}

void HttpExchange::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished();
}

} // namespace dr::api
