#include "cert/ServedChainProbe.h"

#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>

namespace dr::cert {

ServedChainProbe::ServedChainProbe(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServedChainProbe::onTimeout);
}

ServedChainProbe::~ServedChainProbe()
{
    if (m_socket)
        m_socket->abort();
}

void ServedChainProbe::start(const QString& host, quint16 port, const QString& sniName, int timeoutMs)
{
    abort();
    m_result = ServedChain();
    m_result.host = host;
    m_result.port = port;
    m_result.sniName = sniName.isEmpty() ? host : sniName;
    m_running = true;

    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QSslSocket(this);
    // Inspection only: the served chain is evidence to compare, never trusted, so nothing is verified here.
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    QSslConfiguration config = m_socket->sslConfiguration();
    config.setProtocol(QSsl::AnyProtocol);
    m_socket->setSslConfiguration(config);
    connect(m_socket, &QSslSocket::encrypted, this, &ServedChainProbe::onEncrypted);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ServedChainProbe::onError);
    m_timer.start(timeoutMs);
    m_socket->connectToHostEncrypted(host, port, m_result.sniName);
}

void ServedChainProbe::abort()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_running = false;
}

void ServedChainProbe::onEncrypted()
{
    const QSslSocket* s = m_socket;
    const QList<QSslCertificate> chain = s->peerCertificateChain();
    for (const QSslCertificate& c : chain) {
        if (auto info = CertInfo::fromDer(c.toDer()))
            m_result.certificates.push_back(std::move(*info));
    }
    switch (s->sessionProtocol()) {
    case QSsl::TlsV1_3:
        m_result.protocol = QStringLiteral("TLSv1.3");
        break;
    case QSsl::TlsV1_2:
        m_result.protocol = QStringLiteral("TLSv1.2");
        break;
    default:
        m_result.protocol = QStringLiteral("TLS");
        break;
    }
    if (m_result.certificates.empty()) {
        m_result.errorCode = QStringLiteral("no_certificate");
        m_result.message = tr("%1:%2 completed the TLS handshake without presenting a certificate.")
                               .arg(m_result.host)
                               .arg(m_result.port);
    } else {
        m_result.ok = true;
    }
    finish();
}

void ServedChainProbe::onError()
{
    if (!m_running || !m_socket)
        return;
    const QString where = QStringLiteral("%1:%2").arg(m_result.host).arg(m_result.port);
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        m_result.errorCode = QStringLiteral("host_not_found");
        m_result.message = tr("The name %1 does not resolve. Check the hostname and DNS, or give the appliance's IP "
                              "address with --host and its FQDN with --fqdn.")
                               .arg(m_result.host);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        m_result.errorCode = QStringLiteral("connection_refused");
        m_result.message = tr("%1 refused the connection. Check that the appliance is up, its IP configuration is "
                              "restored and the port is right.")
                               .arg(where);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        m_result.errorCode = QStringLiteral("tls_handshake_failed");
        m_result.message = tr("The TLS handshake with %1 failed (%2). Check that this port serves HTTPS.")
                               .arg(where, m_socket->errorString());
        break;
    default:
        m_result.errorCode = QStringLiteral("network_error");
        m_result.message = tr("Talking to %1 failed: %2. Check the network path to the appliance.")
                               .arg(where, m_socket->errorString());
        break;
    }
    finish();
}

void ServedChainProbe::onTimeout()
{
    if (!m_running)
        return;
    m_result.errorCode = QStringLiteral("timeout");
    m_result.message = tr("%1:%2 did not complete a TLS handshake in time. Check the firewall and that the appliance "
                          "is up.")
                           .arg(m_result.host)
                           .arg(m_result.port);
    finish();
}

void ServedChainProbe::finish()
{
    m_timer.stop();
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished(m_result);
}

ServedChain probeServedChain(const QString& host, quint16 port, const QString& sniName, int timeoutMs)
{
    ServedChainProbe probe;
    QEventLoop loop;
    QObject::connect(&probe, &ServedChainProbe::finished, &loop, &QEventLoop::quit);
    probe.start(host, port, sniName, timeoutMs);
    if (probe.isRunning())
        loop.exec();
    return probe.result();
}

} // namespace dr::cert
