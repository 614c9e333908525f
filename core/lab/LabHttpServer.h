#pragma once

#include "lab/LabHttpMessage.h"

#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>

#include <functional>

namespace dr::lab {

class LabHttpConnection;

// A small HTTPS server on 127.0.0.1. The TLS configuration is chosen per handshake (certificate faults,
// a restored certificate), requests go to one handler.
class LabHttpServer : public QSslServer
{
    Q_OBJECT
public:
    explicit LabHttpServer(QObject* parent = nullptr);
    ~LabHttpServer() override;

    void setHandler(LabHttpHandler handler) { m_handler = std::move(handler); }
    void setConfigurationChooser(std::function<QSslConfiguration()> chooser) { m_chooser = std::move(chooser); }

    bool listenOn(quint16 port); // 127.0.0.1 only; 0 = any free port
    quint16 boundPort() const { return m_port; }
    void stopListening(bool abortConnections); // refuse new connections; optionally cut open ones
    int openConnections() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void takePending();

    LabHttpHandler m_handler;
    std::function<QSslConfiguration()> m_chooser;
    QList<QPointer<LabHttpConnection>> m_connections;
    quint16 m_port = 0;
};

} // namespace dr::lab
