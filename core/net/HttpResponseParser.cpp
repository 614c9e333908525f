#include "net/HttpResponseParser.h"

#include <QCoreApplication>

namespace dr::net {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dr::net::HttpResponseParser", text);
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const Header& h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpResponseParser::fail(const QString& why)
{
    m_state = State::Error;
    m_error = why;
    return false;
}

bool HttpResponseParser::takeLine(QByteArrayView& data, QByteArray* line, qsizetype limit)
{
    const qsizetype nl = data.indexOf('\n');
    const qsizetype take = nl < 0 ? data.size() : nl + 1;
    if (m_line.size() + take > limit) {
        fail(m_state == State::ChunkSize || m_state == State::ChunkDataEnd
                 ? tr("a chunk-size line is too long")
                 : tr("the status line and headers are larger than %1 bytes").arg(kMaxHeadBytes));
        return false;
    }
    m_line.append(data.first(take));
    data = data.sliced(take);
    if (nl < 0)
        return false;
    if (m_state <= State::Headers || m_state == State::Trailers) {
        m_headBytes += m_line.size();
        if (m_headBytes > kMaxHeadBytes) {
            fail(tr("the status line and headers are larger than %1 bytes").arg(kMaxHeadBytes));
            return false;
        }
    }
    *line = std::exchange(m_line, {});
    line->chop(1);
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // HTTP/1.1 200 OK
    if (line.size() < 12 || !(line.startsWith("HTTP/1.1 ") || line.startsWith("HTTP/1.0 ")))
        return fail(tr("the reply does not start with an HTTP/1.x status line"));
    const QByteArrayView code = QByteArrayView(line).sliced(9, 3);
    bool ok = false;
    const int status = code.toInt(&ok);
    if (!ok || status < 100 || status > 599 || !std::all_of(code.begin(), code.end(), [](char c) {
            return c >= '0' && c <= '9';
        }) || (line.size() > 12 && line.at(12) != ' '))
        return fail(tr("the HTTP status line is malformed"));
    m_status = status;
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
        return fail(tr("an HTTP header line is malformed"));
    m_headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101)
            return fail(tr("the server switched protocols, which this client never asks for"));
        m_headers.clear(); // an interim response (100 Continue): the real one follows
        m_headBytes = 0;
        m_state = State::StatusLine;
        return true;
    }
    bool sawLength = false;
    for (const Header& h : m_headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const QByteArray v = h.second;
            bool ok = !v.isEmpty() && v.size() <= 18 &&
                      std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
            const qint64 n = ok ? v.toLongLong(&ok) : -1;
            if (!ok || (sawLength && n != m_length))
                return fail(tr("the Content-Length header is invalid"));
            m_length = n;
            sawLength = true;
        } else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (h.second.trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
                return fail(tr("the transfer coding \"%1\" is not supported").arg(QString::fromLatin1(h.second)));
            m_chunked = true;
        }
    }
    if (m_chunked)
        m_length = -1; // chunked framing wins over a Content-Length (RFC 9112, 6.3)
    if (m_noBody || m_status == 204 || m_status == 304 || (!m_chunked && m_length == 0)) {
        m_state = State::Done;
    } else if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_length > 0) {
        m_remaining = m_length;
        m_state = State::Body;
    } else {
        m_untilClose = true;
        m_state = State::Body;
    }
    return true;
}

void HttpResponseParser::emitBody(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    m_bodyBytes += data.size();
    if (m_sink)
        m_sink(data);
}

bool HttpResponseParser::feed(QByteArrayView data)
{
    QByteArray line;
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::StatusLine:
            if (!takeLine(data, &line, kMaxHeadBytes))
                return !hasError();
            if (line.isEmpty() && m_status == 0 && m_headBytes <= 2)
                continue; // a stray CRLF before the status line is tolerated
            if (!parseStatusLine(line))
                return false;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, &line, kMaxHeadBytes))
                return !hasError();
            if (line.isEmpty() ? !headersDone() : !parseHeaderLine(line))
                return false;
            break;
        case State::Body:
            if (m_untilClose) {
                emitBody(data);
                data = {};
            } else {
                const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, data.size()));
                emitBody(data.first(n));
                data = data.sliced(n);
                m_remaining -= n;
                if (m_remaining == 0)
                    m_state = State::Done;
            }
            break;
        case State::ChunkSize: {
            if (!takeLine(data, &line, kMaxChunkLine))
                return !hasError();
            QByteArray size = line;
            if (const qsizetype semi = size.indexOf(';'); semi >= 0)
                size.truncate(semi); // chunk extensions are ignored
            size = size.trimmed();
            bool ok = !size.isEmpty() && size.size() <= 15;
            const qint64 n = ok ? size.toLongLong(&ok, 16) : -1;
            if (!ok || n < 0)
                return fail(tr("a chunk size is malformed"));
            if (n == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = n;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype n = static_cast<qsizetype>(std::min<qint64>(m_remaining, data.size()));
            emitBody(data.first(n));
            data = data.sliced(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(data, &line, kMaxChunkLine))
                return !hasError();
            if (!line.isEmpty())
                return fail(tr("a chunk is longer than its size says"));
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(data, &line, kMaxHeadBytes))
                return !hasError();
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::Done:
            return true; // anything after the response is ignored (the connection closes)
        case State::Error:
            return false;
        }
    }
    return !hasError();
}

void HttpResponseParser::connectionClosed()
{
    if (m_state == State::Body && m_untilClose)
        m_state = State::Done;
    else if (m_state != State::Done && m_state != State::Error)
        m_truncated = true;
}

} // namespace dr::net
