#include "lab/LabHttpServer.h"

#include "lab/LabHttpConnection.h"
#include "net/TlsContext.h"
#include "net/TlsSocket.h"

#include <QCryptographicHash>
#include <QHostAddress>

namespace dr::lab {

LabHttpServer::LabHttpServer(QObject* parent) : QTcpServer(parent) {}

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

std::shared_ptr<net::TlsContext> LabHttpServer::contextFor(const LabCertificate& cert)
{
    if (cert.isNull())
        return nullptr;
    // The whole chain names the context: the same leaf served with and without its intermediates is two servers.
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QSslCertificate& c : cert.chain)
        h.addData(c.toDer());
    const QByteArray key = h.result();
    if (auto it = m_contexts.constFind(key); it != m_contexts.constEnd())
        return *it;
    QString error;
    auto context = net::TlsContext::server(cert.chain, cert.key, &error);
    if (!context) {
        qWarning("lab: cannot serve this certificate: %s", qPrintable(error));
        return nullptr;
    }
    m_contexts.insert(key, context);
    return context;
}

void LabHttpServer::incomingConnection(qintptr socketDescriptor)
{
    m_connections.removeAll(nullptr);
    auto context = contextFor(m_chooser ? m_chooser() : LabCertificate{});
    if (!context) {
        QTcpSocket refused; // takes the descriptor only to close it
        if (refused.setSocketDescriptor(socketDescriptor))
            refused.abort();
        return;
    }
    auto* socket = new net::TlsSocket;
    if (!socket->startServerEncryption(socketDescriptor, std::move(context))) {
        delete socket;
        return;
    }
    // The connection owns the socket from here; a failed handshake ends it (errorOccurred -> deleteLater).
    m_connections.append(new LabHttpConnection(socket, m_handler, this));
}

} // namespace dr::lab
