#include "lab/LabSiteForwarder.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace dr::lab {

LabSiteForwarder::LabSiteForwarder(std::function<quint16()> targetPort, QObject* parent)
    : QTcpServer(parent), m_targetPort(std::move(targetPort))
{
}

bool LabSiteForwarder::start(quint16 port)
{
    return isListening() || listen(QHostAddress::LocalHost, port);
}

void LabSiteForwarder::incomingConnection(qintptr socketDescriptor)
{
    auto* client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(socketDescriptor)) {
        delete client;
        return;
    }
    const quint16 port = m_targetPort ? m_targetPort() : 0;
    if (port == 0) {
        client->abort();
        client->deleteLater();
        return;
    }
    auto* upstream = new QTcpSocket(client);
    // Copy with back-pressure: never buffer more than about 1 MiB per direction.
    constexpr qint64 Window = 1024 * 1024;
    const auto pipe = [](QTcpSocket* from, QTcpSocket* to) {
        from->setReadBufferSize(Window);
        const auto pump = [from, to] {
            while (to->state() == QAbstractSocket::ConnectedState && from->bytesAvailable() > 0 &&
                   to->bytesToWrite() < Window)
                to->write(from->read(64 * 1024));
        };
        connect(from, &QTcpSocket::readyRead, to, pump);
        connect(to, &QTcpSocket::bytesWritten, from, pump);
        connect(to, &QTcpSocket::connected, from, pump);
    };
    pipe(client, upstream);
    pipe(upstream, client);
    connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        if (client->state() == QAbstractSocket::ConnectedState && upstream->bytesAvailable() > 0)
            client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream](QAbstractSocket::SocketError) {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
        upstream->abort();
        client->deleteLater();
    });
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

} // namespace dr::lab
