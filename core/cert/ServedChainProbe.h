#pragma once

#include "cert/CertInfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

class QSslSocket;

namespace dr::cert {

// The certificate chain a TLS server presents, taken WITHOUT trusting it: it is evidence to compare
// with the backup, not a reason to trust the server.
struct ServedChain
{
    bool ok = false;
    QString
        errorCode;   // host_not_found, connection_refused, timeout, tls_handshake_failed, no_certificate, network_error
    QString message; // what went wrong and what to do
    QString host;
    quint16 port = 0;
    QString sniName;
    QString protocol;                   // e.g. "TLSv1.3"
    std::vector<CertInfo> certificates; // as served, the server's own certificate first
};

// Connects over TLS to host:port sending sniName as SNI, records the served chain and disconnects.
// The socket verifies nothing (VerifyNone) and sends nothing but the handshake.
class ServedChainProbe : public QObject
{
    Q_OBJECT

public:
    explicit ServedChainProbe(QObject* parent = nullptr);
    ~ServedChainProbe() override;

    void start(const QString& host, quint16 port, const QString& sniName = QString(), int timeoutMs = 15000);
    void abort();
    bool isRunning() const { return m_running; }
    const ServedChain& result() const { return m_result; }

signals:
    void finished(const dr::cert::ServedChain& result);

private:
    void onEncrypted();
    void onError();
    void onTimeout();
    void finish();

    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    ServedChain m_result;
    bool m_running = false;
};

// Blocking helper for the CLI: runs a local event loop until the probe finishes.
ServedChain probeServedChain(const QString& host, quint16 port, const QString& sniName = QString(),
                             int timeoutMs = 15000);

} // namespace dr::cert
