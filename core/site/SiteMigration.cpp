#include "site/SiteMigration.h"

#include "site/SiteProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace dr::site {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteMigration", s);
}

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QJsonObject migrateV1(const QJsonObject& v1, SiteIssues* issues)
{
    QJsonObject checklist;
    for (auto it = v1.begin(); it != v1.end(); ++it) {
        if (it.key() == QLatin1String("schema_version"))
            continue;
        if (!it.value().isString() && !it.value().isDouble()) {
            issues->append({SiteIssue::Severity::Error, it.key(),
                            tr("a version 1 site file holds text values only; put this value in quotes.")});
            continue;
        }
        const QString value = text(it.value());
        if (!value.isEmpty() && it.key() != QLatin1String("site_name"))
            checklist.insert(it.key(), value);
    }
    auto get = [&v1](const char* key) { return text(v1.value(QLatin1String(key))); };

    QJsonObject site{{QStringLiteral("name"), get("site_name")}};
    if (!get("site_fqdn").isEmpty())
        site.insert(QStringLiteral("fqdn"), get("site_fqdn"));

    QJsonObject failover;
    if (get("automatic_failover") == QLatin1String("enabled"))
        failover.insert(QStringLiteral("automatic_failover"), true);
    else if (get("automatic_failover") == QLatin1String("disabled"))
        failover.insert(QStringLiteral("automatic_failover"), false);
    auto appliance = [&](const QString& name, const QString& role, const QString& host, const QString& ip) {
        QJsonObject a{{QStringLiteral("name"), name}, {QStringLiteral("failover_role"), role}};
        if (!host.isEmpty())
            a.insert(QStringLiteral("fqdn"), host);
        if (!ip.isEmpty())
            a.insert(QStringLiteral("addresses"), QJsonArray{ip});
        if (!get("routing").isEmpty())
            a.insert(QStringLiteral("routing_method"), get("routing"));
        if (!failover.isEmpty())
            a.insert(QStringLiteral("failover"), failover);
        return a;
    };
    QJsonArray appliances;
    if (!get("primary_host").isEmpty())
        appliances.append(appliance(QStringLiteral("primary"), QStringLiteral("primary"), get("primary_host"), {}));
    if (!get("backup_host").isEmpty() || !get("backup_ip").isEmpty())
        appliances.append(
            appliance(QStringLiteral("backup"), QStringLiteral("backup"), get("backup_host"), get("backup_ip")));

    QJsonArray contacts;
    if (!get("rma_contact_name").isEmpty() || !get("rma_contact_email").isEmpty() ||
        !get("rma_contact_phone").isEmpty()) {
        QJsonObject c{{QStringLiteral("role"), QStringLiteral("rma")}};
        if (!get("rma_contact_name").isEmpty())
            c.insert(QStringLiteral("name"), get("rma_contact_name"));
        if (!get("rma_contact_phone").isEmpty())
            c.insert(QStringLiteral("phone"), get("rma_contact_phone"));
        if (!get("rma_contact_email").isEmpty())
            c.insert(QStringLiteral("email"), get("rma_contact_email"));
        contacts.append(c);
    }

    QJsonObject v2{{QStringLiteral("schema_version"), 2},
                   {QStringLiteral("site"), site},
                   {QStringLiteral("appliances"), appliances},
                   {QStringLiteral("contacts"), contacts}};
    if (!checklist.isEmpty())
        v2.insert(QStringLiteral("checklist_values"), checklist);
    return v2;
}

} // namespace

int schemaVersionOf(const QJsonObject& json)
{
    const QJsonValue v = json.value(QStringLiteral("schema_version"));
    if (v.isUndefined())
        return 1;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 1'000'000)
        return -1;
    return static_cast<int>(d);
}

std::optional<QJsonObject> migrateToCurrent(const QJsonObject& json, int* fromVersion, SiteIssues* issues)
{
    const int version = schemaVersionOf(json);
    if (fromVersion)
        *fromVersion = version;
    if (version < 1) {
        issues->append({SiteIssue::Severity::Error, QStringLiteral("schema_version"),
                        tr("must be a whole number such as %1; correct it.").arg(kSchemaVersion)});
        return std::nullopt;
    }
    if (version > kSchemaVersion) {
        issues->append({SiteIssue::Severity::Error, QStringLiteral("schema_version"),
                        tr("the file is version %1, newer than this program understands (%2): update "
                           "Appliance DR Runbook before opening it, so nothing in it is lost.")
                            .arg(version)
                            .arg(kSchemaVersion)});
        return std::nullopt;
    }
    QJsonObject current = json;
    if (version == 1)
        current = migrateV1(json, issues);
    return current;
}

} // namespace dr::site
