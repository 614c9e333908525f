#pragma once

#include "lab/LabHttpMessage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dr::net {
class TlsSocket;
}

namespace dr::lab {

// One HTTP/1.1 exchange over an encrypted socket: reads one request (partial reads, Content-Length body,
// bounded headers), hands it to the handler, writes the reply (streamed bodies as the socket drains)
// with Connection: close, then closes. Deletes itself when the socket goes away.
class LabHttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static constexpr int RequestTimeoutMs = 30000; // a request must arrive whole within this time (408 otherwise)

    LabHttpConnection(net::TlsSocket* socket, LabHttpHandler handler, QObject* parent = nullptr);
    ~LabHttpConnection() override;
    void abort();

private:
    void onReadyRead();
    bool parseHead(qsizetype headEnd);
    void dispatch();
    void send(const LabHttpResponse& response);
    void pump();
    void fail(int status, const QByteArray& message);

    QPointer<net::TlsSocket> m_socket;
    LabHttpHandler m_handler;
    QByteArray m_buffer;
    LabHttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_headDone = false;
    bool m_dispatched = false;
    // streaming state
    std::function<QByteArray(qint64, qint64)> m_streamFn;
    qint64 m_streamSize = 0;
    qint64 m_streamOffset = 0;
    qint64 m_dropAfter = -1;
    bool m_finished = false;
    QTimer m_requestTimer;
};

} // namespace dr::lab
