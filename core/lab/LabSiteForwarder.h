#pragma once

#include <QTcpServer>

#include <functional>

namespace dr::lab {

// The site address: a plain TCP forwarder on 127.0.0.1 that passes each connection (TLS and all) to
// whichever appliance the chooser names at connect time, as a shared IP or a swung DNS name would.
// No target: the connection is closed at once.
class LabSiteForwarder : public QTcpServer
{
    Q_OBJECT
public:
    explicit LabSiteForwarder(std::function<quint16()> targetPort, QObject* parent = nullptr);
    bool start(quint16 port);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<quint16()> m_targetPort;
};

} // namespace dr::lab
