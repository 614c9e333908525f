#pragma once

// A TCP relay between the client and a lab appliance, for faults the appliance itself cannot make: it forwards the
// bytes untouched (TLS passes through end to end), and once `afterBytes` of the reply have gone to the client it
// either RESETS the client's connection (SO_LINGER 0: the kernel sends RST, "connection reset by peer") or STALLS
// (keeps both connections open and forwards nothing more, forever).

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>

namespace apitest {

class FaultRelay : public QObject
{
public:
    enum class Mode { Reset, Stall };

    FaultRelay(quint16 targetPort, Mode mode, qint64 afterBytes)
        : m_target(targetPort), m_mode(mode), m_after(afterBytes)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FaultRelay::onNewConnection);
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool tripped() const { return m_tripped; }

private:
    void onNewConnection()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::connected, client,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] { down(client, upstream); });
            connect(upstream, &QTcpSocket::disconnected, client, [this, client] {
                if (!m_tripped)
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    void down(QTcpSocket* client, QTcpSocket* upstream)
    {
        if (m_tripped)
            return; // stalled: read nothing more (the appliance's writes pile up in the kernel)
        const qint64 room = m_after - m_forwarded;
        const QByteArray data = upstream->read(std::max<qint64>(room, 0));
        client->write(data);
        m_forwarded += data.size();
        if (m_forwarded < m_after)
            return;
        m_tripped = true;
        if (m_mode == Mode::Reset) {
            client->flush();
            const linger hard{1, 0};
            ::setsockopt(static_cast<int>(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            client->abort(); // close() with linger 0: RST
            upstream->abort();
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    Mode m_mode;
    qint64 m_after;
    qint64 m_forwarded = 0;
    bool m_tripped = false;
};

} // namespace apitest
