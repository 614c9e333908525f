// The checks that look at the network itself: tls_serves_certificate, dns_resolves_to, tcp_reachable, http_probe.
#include "api/Tls.h"
#include "automation/CheckAttempt.h"
#include "automation/LiveCheckRunner.h"
#include "cert/CertChecker.h"
#include "cert/HostnameMatch.h"
#include "cert/ServeComparison.h"
#include "common/OpenSslRuntime.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpSocket>

#include <memory>

namespace dr::automation {

namespace {

quint16 portParam(CheckAttempt* at, quint16 fallback)
{
    const int p = at->request().params.value(QStringLiteral("port")).toVariant().toInt();
    return p > 0 && p < 65536 ? static_cast<quint16>(p) : fallback;
}

QJsonObject certEvidence(const cert::CertInfo& c)
{
    return {{QStringLiteral("sha256"), c.sha256Colons()},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("not_after"), c.notAfter.toString(Qt::ISODate)}};
}

bool isIpLiteral(const QString& host)
{
    return !QHostAddress(host).isNull();
}

} // namespace

void LiveCheckRunner::tlsServesCertificate(CheckAttempt* at)
{
    const QString host = splitHostPort(at->param(QStringLiteral("host"))).host;
    if (host.isEmpty()) {
        at->error(tr("No host to connect to: record the appliance's host name first."));
        return;
    }
    QString why;
    const auto ep = m_directory.endpoint(host, portParam(at, 443), &why);
    if (!ep) {
        at->error(why);
        return;
    }
    at->setEvidence(QStringLiteral("host"), host);
    at->setEvidence(QStringLiteral("port"), portParam(at, 443));

    // The backup's certificate first: a .p12 that cannot be read makes the comparison impossible.
    std::optional<cert::CertReport> backup;
    const QString file = at->param(QStringLiteral("certificate_file"));
    if (!file.isEmpty()) {
        openSslRuntime();
        const bool havePass = at->request().secrets.contains(QStringLiteral("p12_passphrase"));
        const cert::ImportResult imported =
            cert::importPkcs12File(file, at->request().secrets.value(QStringLiteral("p12_passphrase")));
        at->setEvidence(QStringLiteral("certificate_file"), file);
        if (!imported.ok()) {
            at->setEvidence(QStringLiteral("import_error"), imported.code());
            at->error(imported.error == cert::ImportError::WrongPassword && !havePass
                          ? tr("%1 needs its passphrase: enter it, then run the check again.").arg(file)
                          : imported.message);
            return;
        }
        cert::CheckOptions options;
        options.clock = &m_clock;
        backup = cert::inspectContents(imported.contents, options);
        if (!backup->leaf()) {
            at->error(tr("%1 holds no appliance certificate (only CA certificates) to compare with.").arg(file));
            return;
        }
        at->setEvidence(QStringLiteral("expected"), certEvidence(backup->leaf()->info));
    }

    auto* probe = new cert::ServedChainProbe(at);
    connect(probe, &cert::ServedChainProbe::finished, at, [at, host, backup](const cert::ServedChain& served) {
        if (at->isFinished())
            return;
        if (!served.ok || served.certificates.empty()) {
            at->setEvidence(QStringLiteral("probe_error"), served.errorCode);
            at->fail(served.message);
            return;
        }
        at->setEvidence(QStringLiteral("protocol"), served.protocol);
        at->setEvidence(QStringLiteral("served"), certEvidence(served.certificates.front()));
        at->setEvidence(QStringLiteral("served_chain_length"), static_cast<int>(served.certificates.size()));
        if (!backup) {
            if (cert::certificateMatchesHost(served.certificates.front(), host))
                at->pass(tr("%1 serves a certificate for its name (SHA-256 %2).")
                             .arg(host, served.certificates.front().sha256Colons()));
            else
                at->fail(tr("%1 serves a certificate that is not issued for that name (%2). Restore the site's "
                            "certificate.")
                             .arg(host, served.certificates.front().issuedTo));
            return;
        }
        const cert::ServeComparison cmp = cert::compareServed(*backup, served);
        at->setEvidence(QStringLiteral("verdict"), cert::verdictCode(cmp.verdict));
        QJsonArray missing;
        for (const cert::CertInfo& m : cmp.missingIntermediates)
            missing.append(certEvidence(m));
        if (!missing.isEmpty())
            at->setEvidence(QStringLiteral("missing_intermediates"), missing);
        if (cmp.verdict == cert::ServeVerdict::ServesRestored)
            at->pass(cmp.message);
        else
            at->fail(cmp.message);
    });
    probe->start(ep->host, ep->port, isIpLiteral(ep->sniName) ? QString() : ep->sniName, at->timeoutMs());
}

void LiveCheckRunner::dnsResolvesTo(CheckAttempt* at)
{
    const QString host = splitHostPort(at->param(QStringLiteral("host"))).host;
    const QString address = at->param(QStringLiteral("address"));
    if (host.isEmpty() || QHostAddress(address).isNull()) {
        at->error(tr("The DNS check needs a host name and the IPv4 address it should resolve to; record them first."));
        return;
    }
    at->setEvidence(QStringLiteral("host"), host);
    at->setEvidence(QStringLiteral("expected"), address);
    QPointer<CheckAttempt> guard(at);
    m_resolver.lookup(host, at->timeoutMs(), [guard, host, address](const DnsAnswer& answer) {
        if (!guard || guard->isFinished())
            return;
        guard->setEvidence(QStringLiteral("source"), answer.source);
        guard->setEvidence(QStringLiteral("answers"), QJsonArray::fromStringList(answer.addresses));
        if (!answer.ok) {
            guard->fail(answer.error);
        } else if (answer.addresses.contains(QHostAddress(address).toString())) {
            guard->pass(tr("%1 resolves to %2.").arg(host, address));
        } else {
            guard->fail(tr("%1 resolves to %2, not %3 (yet). Update the DNS A record, then wait for its TTL.")
                            .arg(host,
                                 answer.addresses.isEmpty() ? tr("no IPv4 address")
                                                            : answer.addresses.join(QStringLiteral(", ")),
                                 address));
        }
    });
}

void LiveCheckRunner::tcpReachable(CheckAttempt* at)
{
    const QString host = splitHostPort(at->param(QStringLiteral("host"))).host;
    const quint16 port = portParam(at, 0);
    const QString expect = at->param(QStringLiteral("expect")).isEmpty() ? QStringLiteral("reachable")
                                                                         : at->param(QStringLiteral("expect"));
    if (host.isEmpty() || port == 0) {
        at->error(tr("The connection check needs a host and a port; record them first."));
        return;
    }
    if (expect != QLatin1String("reachable") && expect != QLatin1String("unreachable")) {
        at->error(tr("Unknown expectation \"%1\" for a connection check (reachable or unreachable).").arg(expect));
        return;
    }
    QString why;
    const auto ep = m_directory.endpoint(host, port, &why);
    if (!ep) {
        at->error(why);
        return;
    }
    const bool wantReachable = expect == QLatin1String("reachable");
    at->setEvidence(QStringLiteral("host"), host);
    at->setEvidence(QStringLiteral("port"), port);
    at->setEvidence(QStringLiteral("expect"), expect);
    if (!wantReachable) {
        at->setTimeoutHandler([at, host, port] {
            at->setEvidence(QStringLiteral("tcp"), QStringLiteral("no_answer"));
            at->setEvidence(QStringLiteral("timed_out"), true);
            at->pass(tr("Nothing answers at %1:%2 (no answer within %3 s).")
                         .arg(host)
                         .arg(port)
                         .arg(at->timeoutMs() / 1000));
        });
    }
    auto* socket = new QTcpSocket(at);
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::connected, at, [at, socket, host, port, wantReachable] {
        socket->abort();
        at->setEvidence(QStringLiteral("tcp"), QStringLiteral("connected"));
        if (wantReachable)
            at->pass(tr("%1:%2 accepts connections.").arg(host).arg(port));
        else
            at->fail(tr("%1:%2 still accepts connections.").arg(host).arg(port));
    });
    connect(socket, &QTcpSocket::errorOccurred, at,
            [at, socket, host, port, wantReachable](QAbstractSocket::SocketError e) {
                if (at->isFinished())
                    return;
                at->setEvidence(QStringLiteral("tcp"),
                                e == QAbstractSocket::ConnectionRefusedError ? QStringLiteral("refused")
                                : e == QAbstractSocket::HostNotFoundError    ? QStringLiteral("host_not_found")
                                                                             : QStringLiteral("error"));
                at->setEvidence(QStringLiteral("tcp_error"), socket->errorString());
                if (wantReachable)
                    at->fail(
                        tr("%1:%2 does not accept connections (%3). Check that the appliance is on and cabled, and the "
                           "firewall between.")
                            .arg(host)
                            .arg(port)
                            .arg(socket->errorString()));
                else
                    at->pass(
                        tr("%1:%2 does not accept connections (%3).").arg(host).arg(port).arg(socket->errorString()));
            });
    socket->connectToHost(ep->host, ep->port);
}

void LiveCheckRunner::httpProbe(CheckAttempt* at)
{
    const QJsonArray urls = at->request().params.value(QStringLiteral("urls")).toArray();
    if (urls.isEmpty()) {
        at->error(tr("The probe has no address to try."));
        return;
    }
    struct Probe
    {
        QString url;
        enum { Pending, Answered, NoAnswer } state = Pending;
        QJsonObject result;
    };
    auto probes = std::make_shared<QList<Probe>>();
    for (const QJsonValue& v : urls)
        probes->append(Probe{v.toString(), Probe::Pending, {}});
    auto settle = [at, probes] {
        if (at->isFinished())
            return;
        QJsonArray tried;
        for (const Probe& p : *probes) {
            QJsonObject o = p.result;
            o.insert(QStringLiteral("url"), p.url);
            if (p.state == Probe::Pending)
                o.insert(QStringLiteral("result"), QStringLiteral("pending"));
            tried.append(o);
        }
        at->setEvidence(QStringLiteral("tried"), tried);
        for (const Probe& p : *probes) {
            if (p.state == Probe::Pending)
                return; // an earlier address may still answer
            if (p.state == Probe::Answered) {
                at->setEvidence(QStringLiteral("answered"), p.url);
                at->setEvidence(QStringLiteral("http_status"), p.result.value(QStringLiteral("http_status")));
                at->pass(
                    tr("%1 answers (HTTP %2).").arg(p.url).arg(p.result.value(QStringLiteral("http_status")).toInt()));
                return;
            }
        }
        at->fail(tr("None of the addresses answers. Check the cable, this computer's address (169.254.1.5, mask "
                    "255.255.0.0) and that the appliance has finished starting, then try the other network port."));
    };
    for (qsizetype i = 0; i < probes->size(); ++i) {
        Probe& p = (*probes)[i];
        const QUrl url(p.url);
        QString why;
        const auto ep =
            url.isValid() && !url.host().isEmpty()
                ? m_directory.endpoint(url.host(),
                                       static_cast<quint16>(url.port(url.scheme() == QLatin1String("http") ? 80 : 443)),
                                       &why)
                : std::nullopt;
        if (!ep) {
            p.state = Probe::NoAnswer;
            p.result.insert(QStringLiteral("result"), QStringLiteral("not_contacted"));
            p.result.insert(QStringLiteral("reason"), why.isEmpty() ? tr("not a valid URL") : why);
            continue;
        }
        QUrl target = url;
        target.setHost(ep->host);
        target.setPort(ep->port);
        QNetworkRequest req(target);
        req.setRawHeader("Connection", "close");
        req.setTransferTimeout(at->timeoutMs());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // presence only: nothing is sent but a GET
        req.setSslConfiguration(ssl);
        QNetworkReply* reply = m_probeNam.get(req);
        reply->setParent(at); // aborted and deleted with the attempt
        connect(reply, &QNetworkReply::finished, at, [at, reply, probes, i, settle] {
            if (at->isFinished())
                return;
            Probe& pr = (*probes)[i];
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (!peer.isNull())
                pr.result.insert(QStringLiteral("certificate_sha256"), api::sha256Fingerprint(peer));
            if (status > 0) {
                pr.state = Probe::Answered;
                pr.result.insert(QStringLiteral("result"), QStringLiteral("answered"));
                pr.result.insert(QStringLiteral("http_status"), status);
            } else {
                pr.state = Probe::NoAnswer;
                pr.result.insert(QStringLiteral("result"), QStringLiteral("no_answer"));
                pr.result.insert(QStringLiteral("error"), reply->errorString());
            }
            reply->deleteLater();
            settle();
        });
    }
    settle();
}

} // namespace dr::automation
