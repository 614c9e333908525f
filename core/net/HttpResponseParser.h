#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace dr::net {

// An HTTP/1.1 response read incrementally, whatever the pieces it arrives in: status line, headers (bounded),
// then a body framed by Content-Length, chunked transfer coding, or the end of the connection. Interim 1xx
// responses are skipped. Never throws, never reads past what it was given; malformed input ends in error().
class HttpResponseParser
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using BodySink = std::function<void(QByteArrayView)>;

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxChunkLine = 1024;

    // `sink` receives the body as it is decoded (no copy is kept here).
    explicit HttpResponseParser(BodySink sink) : m_sink(std::move(sink)) {}

    // The request was HEAD, or another whose response never has a body.
    void setNoBody(bool noBody) { m_noBody = noBody; }

    // Feeds bytes off the wire. Returns false once the response is malformed (error() says why).
    bool feed(QByteArrayView data);
    // The connection ended: completes a close-delimited body; an unfinished one becomes truncated().
    void connectionClosed();

    bool headersComplete() const { return m_state > State::Headers; }
    bool isComplete() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    // The connection ended before the whole response arrived (not malformed: cut).
    bool truncated() const { return m_truncated; }
    QString error() const { return m_error; }

    int status() const { return m_status; }
    const QList<Header>& headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // first with that name, case-insensitive
    qint64 contentLength() const { return m_length; } // -1 unless framed by Content-Length
    qint64 bodyBytes() const { return m_bodyBytes; }

private:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Error };

    bool takeLine(QByteArrayView& data, QByteArray* line, qsizetype limit);
    bool parseStatusLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool headersDone();
    void emitBody(QByteArrayView data);
    bool fail(const QString& why);

    BodySink m_sink;
    State m_state = State::StatusLine;
    QByteArray m_line; // a line split across feeds
    qsizetype m_headBytes = 0;
    int m_status = 0;
    QList<Header> m_headers;
    qint64 m_length = -1;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    qint64 m_bodyBytes = 0;
    bool m_chunked = false;
    bool m_untilClose = false;
    bool m_noBody = false;
    bool m_truncated = false;
    QString m_error;
};

} // namespace dr::net
