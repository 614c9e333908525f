#pragma once

#include "lab/LabCa.h"
#include "lab/LabHttpMessage.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace dr::net {
class TlsContext;
}

namespace dr::lab {

class LabHttpConnection;

// A small HTTPS server on 127.0.0.1. The certificate is chosen per connection (certificate faults, a restored
// certificate); each distinct certificate gets one shared TLS context (net::TlsContext), as a real appliance's
// web server keeps one. Requests go to one handler.
class LabHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LabHttpServer(QObject* parent = nullptr);
    ~LabHttpServer() override;

    void setHandler(LabHttpHandler handler) { m_handler = std::move(handler); }
    void setCertificateChooser(std::function<LabCertificate()> chooser) { m_chooser = std::move(chooser); }
    // Builds the TLS context for a certificate now rather than at the first connection (a web server loads its
    // certificate when it starts). False when the certificate and key cannot be served.
    bool prepare(const LabCertificate& cert) { return contextFor(cert) != nullptr; }

    bool listenOn(quint16 port); // 127.0.0.1 only; 0 = any free port
    quint16 boundPort() const { return m_port; }
    void stopListening(bool abortConnections); // refuse new connections; optionally cut open ones
    int openConnections() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::shared_ptr<net::TlsContext> contextFor(const LabCertificate& cert);

    LabHttpHandler m_handler;
    std::function<LabCertificate()> m_chooser;
    QHash<QByteArray, std::shared_ptr<net::TlsContext>> m_contexts; // by the SHA-256 of the whole chain
    QList<QPointer<LabHttpConnection>> m_connections;
    quint16 m_port = 0;
};

} // namespace dr::lab
