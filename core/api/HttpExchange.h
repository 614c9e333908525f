#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"

#include <QAbstractSocket>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace dr::net {
class TlsSocket;
class HttpResponseParser;
} // namespace dr::net

namespace dr::api {

// One HTTPS request with the project's rules applied (internal building block of ApiCall, TokenManager
// and BackupDownloader): `Connection: close`, the User-Agent, HTTP/1.1 only, no redirects followed, the TLS
// trust policy (pin / CA / system; errors never ignored otherwise), a transfer (inactivity) timeout and
// an overall deadline. Transport failures become typed ApiErrors; HTTP statuses are left to the caller.
//
// It speaks HTTP/1.1 itself over net::TlsSocket, in the caller's thread, with one TLS context shared by every
// request with the same trust: no per-request OpenSSL context (Qt 6.4's QSslSocket builds one each time, which
// made a 64-appliance fan-out CPU-bound), no second thread and no copies between threads for a backup stream,
// and no connection cache growing with every request (the vendor asks for a new connection per call anyway).
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    using Header = QPair<QByteArray, QByteArray>;
    struct Response
    {
        int status = 0;  // HTTP status, 0 when no response arrived
        QByteArray body; // empty when streaming
        ApiError error;  // transport / TLS / timeout / cancel; None when an HTTP response arrived
        QByteArray header(const QByteArray& name) const;
        QList<Header> headers;
    };

    explicit HttpExchange(const ConnectionSettings& settings, QObject* parent = nullptr);
    ~HttpExchange() override;

    // Streaming: the body is not kept; each piece is emitted through bodyChunk() as it is decrypted, so memory
    // stays flat whatever the size (the receiver writes it before the next piece is read off the network).
    void setStreaming(bool streaming) { m_streaming = streaming; }
    void setMaxBodyBytes(qint64 max) { m_maxBody = max; }
    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }

    // verb: "GET" or "POST"; extra headers are set on top of the common ones.
    void start(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
               const QList<Header>& headers = {});
    // Ends the exchange with `error` (e.g. Cancelled, Disk); finished() follows.
    void abortWith(const ApiError& error);

    bool isFinished() const { return m_finished; }
    const Response& response() const { return m_response; }
    // Most decrypted bytes ever waiting at once before they were handed on (bounded by the socket's buffer).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

signals:
    void headersReceived();
    void bodyChunk(const QByteArray& data);
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onBody(QByteArrayView data);
    void endOfStream();
    void touch();
    void finish();
    void releaseSocket(); // keeps the TLS session of a complete exchange, then lets the socket go
    ApiError transportError(QAbstractSocket::SocketError code) const;
    ApiError closedEarly() const;

    ConnectionSettings m_settings;
    QPointer<net::TlsSocket> m_socket;
    std::unique_ptr<net::HttpResponseParser> m_parser;
    QUrl m_url;
    QTimer m_idle;
    QTimer m_deadline;
    Response m_response;
    QByteArray m_current; // the read being parsed (body chunks are slices of it)
    QList<QSslError> m_tlsErrors;
    std::optional<ApiError> m_abortError;
    qint64 m_maxBody = kDefaultMaxBody;
    qint64 m_deadlineMs = -1;
    qint64 m_received = 0;
    qint64 m_peakBuffered = 0;
    bool m_streaming = false;
    bool m_headersSeen = false;
    bool m_finished = false;

    static constexpr qint64 kDefaultMaxBody = 8 * 1024 * 1024;
    static constexpr qint64 kSocketBuffer = 256 * 1024;
};

} // namespace dr::api
