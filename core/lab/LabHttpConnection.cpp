#include "lab/LabHttpConnection.h"

#include "net/TlsSocket.h"
#include <QTimer>

namespace dr::lab {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 HighWaterBytes = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

LabHttpConnection::LabHttpConnection(net::TlsSocket* socket, LabHttpHandler handler, QObject* parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    socket->setParent(this);
    connect(socket, &net::TlsSocket::readyRead, this, &LabHttpConnection::onReadyRead);
    connect(socket, &net::TlsSocket::bytesWritten, this, &LabHttpConnection::pump);
    connect(socket, &net::TlsSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &net::TlsSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError || m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (!m_dispatched)
            fail(408, "The request did not arrive in time.");
    });
    m_requestTimer.start(RequestTimeoutMs);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &LabHttpConnection::onReadyRead);
}

LabHttpConnection::~LabHttpConnection() = default;

void LabHttpConnection::abort()
{
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void LabHttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_dispatched)
        return; // one request per connection; ignore anything after it
    m_buffer += data;
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                fail(431, "Request headers too large.");
            return;
        }
        if (end > MaxHeaderBytes) {
            fail(431, "Request headers too large.");
            return;
        }
        if (!parseHead(end))
            return;
        m_buffer.remove(0, end + 4);
        m_headDone = true;
    }
    if (m_buffer.size() >= m_contentLength) {
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        dispatch();
    }
}

bool LabHttpConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    if (start.size() != 3 || !start.at(2).startsWith("HTTP/1.") || start.at(0).isEmpty() ||
        !start.at(1).startsWith('/')) {
        fail(400, "Malformed request line.");
        return false;
    }
    m_request.method = start.at(0);
    m_request.target = start.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "Malformed header line.");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (m_request.headers.contains(name) && name == "content-length" && m_request.headers.value(name) != value) {
            fail(400, "Conflicting Content-Length headers.");
            return false;
        }
        m_request.headers.insert(name, value);
    }
    if (m_request.header("transfer-encoding").size() > 0) {
        fail(501, "Transfer-Encoding is not supported: send a Content-Length.");
        return false;
    }
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        m_contentLength = m_request.header("content-length").toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(400, "Invalid Content-Length.");
            return false;
        }
        if (m_contentLength > MaxBodyBytes) {
            fail(413, "Request body too large.");
            return false;
        }
    }
    return true;
}

void LabHttpConnection::dispatch()
{
    m_dispatched = true;
    m_requestTimer.stop();
    const LabHttpResponse response =
        m_handler ? m_handler(m_request) : LabHttpResponse::make(503, "text/plain", "No handler.\n");
    if (response.hang)
        return;
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, response] { send(response); });
        return;
    }
    send(response);
}

void LabHttpConnection::fail(int status, const QByteArray& message)
{
    m_dispatched = true;
    m_requestTimer.stop();
    send(LabHttpResponse::make(status, "text/plain; charset=UTF-8", message + '\n'));
}

void LabHttpConnection::send(const LabHttpResponse& response)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    const bool streamed = static_cast<bool>(response.streamFn);
    const qint64 length = streamed ? response.streamSize : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head);
    m_dropAfter = response.dropAfterBytes;
    if (streamed) {
        m_streamFn = response.streamFn;
        m_streamSize = response.streamSize;
        m_streamOffset = 0;
        pump();
        return;
    }
    QByteArray body = response.body;
    if (m_dropAfter >= 0 && m_dropAfter < body.size())
        body.truncate(m_dropAfter);
    m_socket->write(body);
    m_finished = true;
    m_socket->disconnectFromHost();
}

void LabHttpConnection::pump()
{
    if (!m_socket || m_finished || !m_streamFn)
        return;
    const qint64 limit = m_dropAfter >= 0 ? std::min(m_dropAfter, m_streamSize) : m_streamSize;
    // bytesToWrite() counts plaintext not yet encrypted and ciphertext not yet sent.
    while (m_streamOffset < limit && m_socket->bytesToWrite() < HighWaterBytes) {
        const QByteArray chunk = m_streamFn(m_streamOffset, std::min(ChunkBytes, limit - m_streamOffset));
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
        m_streamOffset += chunk.size();
    }
    if (m_streamOffset >= limit) {
        m_finished = true;
        m_streamFn = nullptr;
        m_socket->disconnectFromHost();
    }
}

} // namespace dr::lab
