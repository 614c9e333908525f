#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace dr::api {

// One HTTPS request with the project's rules applied (internal building block of ApiCall, TokenManager
// and BackupDownloader): `Connection: close`, the User-Agent, no HTTP/2, no redirects followed, the TLS
// trust policy (pin / CA / system; errors never ignored otherwise), a transfer (inactivity) timeout and
// an overall deadline. Transport failures become typed ApiErrors; HTTP statuses are left to the caller.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0;  // HTTP status, 0 when no response arrived
        QByteArray body; // empty when streaming
        ApiError error;  // transport / TLS / timeout / cancel; None when an HTTP response arrived
        QByteArray header(const QByteArray& name) const;
        QList<QNetworkReply::RawHeaderPair> headers;
    };

    HttpExchange(QNetworkAccessManager* nam, const ConnectionSettings& settings, QObject* parent = nullptr);
    ~HttpExchange() override;

    // Streaming: the body is not kept; each piece is emitted through bodyChunk() as it arrives and the
    // reply's read buffer is bounded, so memory stays flat whatever the size.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    void setMaxBodyBytes(qint64 max) { m_maxBody = max; }
    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }

    // verb: "GET" or "POST"; extra headers are set on top of the common ones.
    void start(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Ends the exchange with `error` (e.g. Cancelled, Disk); finished() follows.
    void abortWith(const ApiError& error);

    bool isFinished() const { return m_finished; }
    const Response& response() const { return m_response; }
    QNetworkReply* reply() const { return m_reply; }
    // Most bytes ever waiting unread in the reply (streaming keeps this near the 256 KiB read buffer).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

signals:
    void headersReceived();
    void bodyChunk(const QByteArray& data);
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onReadyRead();
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    void onFinished();
    void touch();
    void forgetConnectionsIfTrustChanged(const QUrl& url);
    void finish();
    ApiError transportError(QNetworkReply::NetworkError code) const;

    QNetworkAccessManager* m_nam;
    ConnectionSettings m_settings;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QTimer m_idle;
    QTimer m_deadline;
    Response m_response;
    QSslCertificate m_peer;
    QList<QSslError> m_tlsErrors;
    std::optional<ApiError> m_abortError;
    qint64 m_maxBody = kDefaultMaxBody;
    qint64 m_deadlineMs = -1;
    qint64 m_received = 0;
    qint64 m_peakBuffered = 0;
    bool m_streaming = false;
    bool m_finished = false;

    static constexpr qint64 kDefaultMaxBody = 8 * 1024 * 1024;
    static constexpr qint64 kStreamBuffer = 256 * 1024;
};

} // namespace dr::api
