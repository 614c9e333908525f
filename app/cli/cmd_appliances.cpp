// drrunbook-cli appliances: the members of the failover pair / Atlas cluster (get_appliances).
#include "CliCommand.h"
#include "CliConnection.h"

#include "api/ApiClient.h"

#include <QJsonArray>

namespace dr::cli {

namespace {

QString clusterRoleName(api::ApplianceInfo::ClusterRole role, const QString& sent)
{
    switch (role) {
    case api::ApplianceInfo::ClusterRole::Single:
        return QStringLiteral("single");
    case api::ApplianceInfo::ClusterRole::Primary:
        return QStringLiteral("primary");
    case api::ApplianceInfo::ClusterRole::Traffic:
        return QStringLiteral("traffic");
    case api::ApplianceInfo::ClusterRole::Unknown:
        break;
    }
    return sent.isEmpty() ? QStringLiteral("unknown") : sent;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the appliances of the site (the API's get_appliances)."));
    CliConnection conn(parser);
    if (auto rc = conn.parse(args, QStringLiteral("appliances")))
        return *rc;
    if (auto rc = conn.load(true))
        return *rc;

    api::ApiClient client(conn.settings(), conn.credentials(), SystemClock::instance());
    const auto r = CliConnection::await(client.getAppliances());
    if (!r.ok())
        return conn.fail(r.error);

    if (conn.json()) {
        QJsonArray list;
        for (const api::ApplianceInfo& a : *r.value) {
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("public_hostname"), a.publicHostname},
                                    {QStringLiteral("cluster_role"), clusterRoleName(a.clusterRole, a.clusterRoleText)},
                                    {QStringLiteral("failover_role"), a.failoverRole},
                                    {QStringLiteral("accepting_connections"), a.acceptingConnections},
                                    {QStringLiteral("timezone_offset"),
                                     a.timezoneOffsetSecs ? QJsonValue(*a.timezoneOffsetSecs) : QJsonValue()}});
        }
        conn.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("appliances"), list}});
        return ExitOk;
    }
    QTextStream& o = out();
    o << tr("%n appliance(s)", nullptr, int(r.value->size())) << "\n";
    for (const api::ApplianceInfo& a : *r.value) {
        o << "  " << a.name << "  " << a.publicHostname << "  "
          << tr("cluster: %1, failover: %2, %3")
                 .arg(clusterRoleName(a.clusterRole, a.clusterRoleText),
                      a.failoverRole.isEmpty() ? tr("n/a") : a.failoverRole,
                      a.acceptingConnections ? tr("accepting connections") : tr("NOT accepting connections"))
          << "  [" << a.id << "]\n";
    }
    o.flush();
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("appliances", "appliances --url https://HOST[:PORT] [--ca FILE | --pin SHA256] [--json]",
               QT_TRANSLATE_NOOP("cli", "List the site's appliances: name, role and state of each."), run);

} // namespace dr::cli
