#include "lab/LabHttpServer.h"

#include "lab/LabHttpConnection.h"

#include <QHostAddress>
#include <QSslSocket>

namespace dr::lab {

LabHttpServer::LabHttpServer(QObject* parent) : QSslServer(parent)
{
    connect(this, &QSslServer::pendingConnectionAvailable, this, &LabHttpServer::takePending);
    // Sockets whose handshake fails (a client rejecting a wrong certificate) never become pending: free them.
    connect(this, &QSslServer::errorOccurred, this, [](QSslSocket* socket, QAbstractSocket::SocketError) {
        if (socket && !socket->isEncrypted())
            socket->deleteLater();
    });
    connect(this, &QSslServer::handshakeInterruptedOnError, this, [](QSslSocket* socket, const QSslError&) {
        if (socket)
            socket->deleteLater();
    });
}

LabHttpServer::~LabHttpServer()
{
    stopListening(true);
}

bool LabHttpServer::listenOn(quint16 port)
{
    if (isListening())
        return true;
    if (!listen(QHostAddress::LocalHost, port))
        return false;
    m_port = serverPort();
    return true;
}

void LabHttpServer::stopListening(bool abortConnections)
{
    close();
    if (!abortConnections)
        return;
    const auto connections = m_connections;
    m_connections.clear();
    for (const auto& c : connections) {
        if (c)
            c->abort();
    }
}

int LabHttpServer::openConnections() const
{
    int n = 0;
    for (const auto& c : m_connections)
        n += c ? 1 : 0;
    return n;
}

void LabHttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_chooser)
        setSslConfiguration(m_chooser());
    QSslServer::incomingConnection(socketDescriptor);
}

void LabHttpServer::takePending()
{
    m_connections.removeAll(nullptr);
    while (hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(nextPendingConnection());
        if (!socket)
            continue;
        m_connections.append(new LabHttpConnection(socket, m_handler, this));
    }
}

} // namespace dr::lab
