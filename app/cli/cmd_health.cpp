// drrunbook-cli health: check_health (or the unauthenticated /check_health probe) of one appliance.
#include "CliCommand.h"
#include "CliConnection.h"

#include "api/ApiClient.h"

#include <QJsonArray>

namespace dr::cli {

namespace {

int probe(CliConnection& conn, api::ApiClient& client)
{
    const auto r = CliConnection::await(client.probeHealth());
    if (!r.ok())
        return conn.fail(r.error);
    if (conn.json()) {
        conn.printJson({{QStringLiteral("ok"), r.value->healthy},
                        {QStringLiteral("healthy"), r.value->healthy},
                        {QStringLiteral("http_status"), r.value->httpStatus}});
    } else {
        out() << (r.value->healthy ? tr("healthy (HTTP 200)") : tr("UNHEALTHY (HTTP 500)")) << "\n";
    }
    if (!r.value->healthy) {
        err() << QCoreApplication::applicationName() << ": "
              << tr("%1 reports itself unhealthy (/check_health answered 500); check /appliance > Status")
                     .arg(conn.settings().baseUrl.host())
              << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows an appliance's health (the API's check_health)."));
    const QCommandLineOption probeOption(QStringLiteral("probe"),
                                         tr("Only the unauthenticated GET /check_health probe (no credentials)."));
    parser.addOption(probeOption);
    CliConnection conn(parser);
    if (auto rc = conn.parse(args, QStringLiteral("health")))
        return *rc;
    const bool probeOnly = parser.isSet(probeOption);
    if (auto rc = conn.load(!probeOnly))
        return *rc;

    api::ApiClient client(conn.settings(), conn.credentials(), SystemClock::instance());
    if (probeOnly)
        return probe(conn, client);

    const auto r = CliConnection::await(client.checkHealth());
    if (!r.ok())
        return conn.fail(r.error);
    const api::HealthCheck& h = *r.value;
    const QString lastSync = h.lastSyncTime ? h.lastSyncTime->toString(Qt::ISODate) : QString();
    if (conn.json()) {
        QJsonObject o{{QStringLiteral("ok"), h.success},
                      {QStringLiteral("appliance_guid"), h.applianceGuid},
                      {QStringLiteral("hostname"), h.hostname},
                      {QStringLiteral("version"), h.version},
                      {QStringLiteral("build"), h.build},
                      {QStringLiteral("success"), h.success},
                      {QStringLiteral("error_message"), h.errorMessage},
                      {QStringLiteral("failover_role"), h.failoverRole},
                      {QStringLiteral("shared_ips"), QJsonArray::fromStringList(h.sharedIps)},
                      {QStringLiteral("last_data_sync_time"), lastSync.isEmpty() ? QJsonValue() : QJsonValue(lastSync)},
                      {QStringLiteral("last_data_sync_status"), h.lastSyncStatus}};
        conn.printJson(o);
    } else {
        QTextStream& o = out();
        o << tr("appliance:      %1 (%2)").arg(h.hostname, h.applianceGuid) << "\n";
        o << tr("version:        %1 (%2)").arg(h.version, h.build) << "\n";
        o << tr("healthy:        %1").arg(h.success ? tr("yes") : tr("NO")) << "\n";
        if (!h.errorMessage.isEmpty())
            o << tr("error:          %1").arg(h.errorMessage) << "\n";
        o << tr("failover role:  %1").arg(h.failoverRole.isEmpty() ? tr("(not reported)") : h.failoverRole) << "\n";
        if (!h.sharedIps.isEmpty())
            o << tr("shared IPs:     %1").arg(h.sharedIps.join(QStringLiteral(", "))) << "\n";
        if (h.lastSyncTime || !h.lastSyncStatus.isEmpty())
            o << tr("last data sync: %1 (%2)").arg(lastSync, h.lastSyncStatus) << "\n";
        o.flush();
    }
    if (!h.success) {
        err() << QCoreApplication::applicationName() << ": "
              << tr("%1 reports itself unhealthy: %2")
                     .arg(h.hostname, h.errorMessage.isEmpty() ? tr("no reason given") : h.errorMessage)
              << "\n"
              << Qt::flush;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND(
    "health", "health --url https://HOST[:PORT] [--ca FILE | --pin SHA256] [--probe] [--json]",
    QT_TRANSLATE_NOOP("cli",
                      "Show an appliance's health; with --probe only the unauthenticated probe, without credentials."),
    run);

} // namespace dr::cli
