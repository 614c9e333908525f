#include "automation/LiveCheckRunner.h"

#include "api/ApiClient.h"
#include "automation/CheckAttempt.h"

#include <QJsonArray>
#include <QNetworkProxy>

namespace dr::automation {

using runbook::CheckKind;

LiveCheckRunner::LiveCheckRunner(ApplianceDirectory& directory, HostResolver& resolver, const Clock& clock,
                                 QObject* parent)
    : QObject(parent), m_directory(directory), m_resolver(resolver), m_clock(clock)
{
    m_probeNam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_probeNam.setProxy(QNetworkProxy::NoProxy); // the link-local probe talks to the cable, never a proxy
}

LiveCheckRunner::~LiveCheckRunner() = default;

void LiveCheckRunner::run(const runbook::CheckRequest& request, std::function<void(runbook::CheckResult)> done)
{
    auto* at = new CheckAttempt(request, std::move(done), this);
    if (request.drill != m_directory.isDrill()) {
        at->error(request.drill ? tr("This drill step would run against real appliances. Start the drill with the "
                                     "lab's appliance directory.")
                                : tr("This real run is wired to the drill lab. Start it with the site's appliance "
                                     "list instead."));
        return;
    }
    switch (request.kind) {
    case CheckKind::ApiHealth:
        apiHealth(at);
        break;
    case CheckKind::ApiRole:
        apiRole(at);
        break;
    case CheckKind::ApiAppliances:
        apiAppliances(at);
        break;
    case CheckKind::TlsServesCertificate:
        tlsServesCertificate(at);
        break;
    case CheckKind::DnsResolvesTo:
        dnsResolvesTo(at);
        break;
    case CheckKind::TcpReachable:
        tcpReachable(at);
        break;
    case CheckKind::HttpProbe:
        httpProbe(at);
        break;
    case CheckKind::ConnectedCount:
        connectedCount(at, false);
        break;
    case CheckKind::ConnectedCountIncreases:
        connectedCount(at, true);
        break;
    case CheckKind::BackupFile:
        backupFile(at);
        break;
    case CheckKind::Pkcs12File:
        pkcs12File(at);
        break;
    }
}

api::ApiClient* LiveCheckRunner::clientFor(CheckAttempt* at, const QString& key)
{
    const QString name = at->param(key);
    if (name.isEmpty()) {
        at->error(tr("The check has no \"%1\" to ask; record the appliance first.").arg(key));
        return nullptr;
    }
    QString why;
    api::ApiClient* c = m_directory.client(name, &why);
    if (!c)
        at->error(why);
    return c;
}

void LiveCheckRunner::health(CheckAttempt* at, api::ApiClient* client,
                             std::function<void(const api::HealthCheck*, const api::ApiError&)> then)
{
    auto* call = client->checkHealth();
    at->track(call);
    connect(call, &api::ApiCall::finished, at, [at, call, then] {
        if (at->isFinished())
            return;
        then(call->ok() ? &call->value() : nullptr, call->error());
    });
}

QJsonObject healthEvidence(const api::HealthCheck& h)
{
    QJsonObject o{{QStringLiteral("guid"), h.applianceGuid},
                  {QStringLiteral("hostname"), h.hostname},
                  {QStringLiteral("version"), h.version},
                  {QStringLiteral("success"), h.success},
                  {QStringLiteral("failover_role"), h.failoverRole}};
    if (!h.errorMessage.isEmpty())
        o.insert(QStringLiteral("error_message"), h.errorMessage);
    if (!h.sharedIps.isEmpty())
        o.insert(QStringLiteral("shared_ips"), QJsonArray::fromStringList(h.sharedIps));
    if (h.lastSyncTime)
        o.insert(QStringLiteral("last_data_sync_time"), h.lastSyncTime->toString(Qt::ISODate));
    if (!h.lastSyncStatus.isEmpty())
        o.insert(QStringLiteral("last_data_sync_status"), h.lastSyncStatus);
    return o;
}

QJsonObject errorEvidence(const api::ApiError& e)
{
    QJsonObject o{{QStringLiteral("error_kind"), api::kindName(e.kind)}, {QStringLiteral("error"), e.message}};
    if (e.httpStatus)
        o.insert(QStringLiteral("http_status"), e.httpStatus);
    if (!e.certificateSha256.isEmpty())
        o.insert(QStringLiteral("certificate_sha256"), e.certificateSha256);
    if (!e.missingPermission.isEmpty())
        o.insert(QStringLiteral("missing_permission"), e.missingPermission);
    return o;
}

} // namespace dr::automation
