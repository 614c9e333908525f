#include "print/SiteProfile.h"

#include "site/SiteFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace dr::print {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::SiteProfile", s);
}

const QString kSiteName = QStringLiteral("site_name");

QSet<QString> secretKeys(const runbook::ScenarioLibrary& library)
{
    QSet<QString> keys;
    for (const runbook::Scenario& sc : library.all()) {
        for (const runbook::Step& st : sc.steps) {
            if (st.kind == runbook::StepKind::Record && st.record.secret)
                keys.insert(st.record.key);
        }
    }
    return keys;
}

std::optional<SiteProfile> fromBytes(const QByteArray& bytes, const QString& path,
                                     const runbook::ScenarioLibrary& library, QString* error)
{
    const site::SiteLoadResult loaded = site::parseSiteProfile(bytes, path);
    if (!loaded.profile) {
        *error = loaded.error;
        return std::nullopt;
    }
    const site::SiteIssues errors = site::errorsOnly(loaded.issues);
    if (!errors.isEmpty()) {
        *error = path.isEmpty() ? errors.first().toString()
                                : tr("The site file %1: %2").arg(path, errors.first().toString());
        return std::nullopt;
    }
    QString why;
    site::SiteProfile source = *loaded.profile;
    if (loaded.fromVersion < 2) {
        // A migrated version 1 file prints exactly as before: its own values only (all kept in checklist_values).
        source.appliances.clear();
        source.contacts.clear();
        source.site.fqdn.clear();
    }
    auto profile = SiteProfile::fromSite(source, library, &why);
    if (!profile)
        *error = path.isEmpty() ? why : tr("The site file %1: %2").arg(path, why);
    return profile;
}

QString applianceType(const QString& model)
{
    if (model.startsWith(QLatin1Char('B')))
        return QStringLiteral("hardware");
    if (model.endsWith(QLatin1String("_virtual")))
        return QStringLiteral("virtual");
    return model; // cloud, hosted
}

} // namespace

QMap<QString, QString> SiteProfile::derivedValues(const site::SiteProfile& site)
{
    QMap<QString, QString> v;
    v.insert(QStringLiteral("site_fqdn"), site.site.fqdn);
    if (const site::Appliance* p = site.primary()) {
        v.insert(QStringLiteral("primary_host"), p->fqdn);
        v.insert(QStringLiteral("appliance_fqdn"), p->fqdn);
        v.insert(QStringLiteral("appliance_serial"), p->serial);
        v.insert(QStringLiteral("appliance_ip"),
                 p->addresses.value(0, p->nics.isEmpty() ? QString() : p->nics.first().address));
        if (!p->nics.isEmpty()) {
            v.insert(QStringLiteral("appliance_netmask"), p->nics.first().netmask);
            v.insert(QStringLiteral("appliance_gateway"), p->nics.first().gateway);
        }
        v.insert(QStringLiteral("routing"), p->routingMethod);
        v.insert(QStringLiteral("appliance_type"), applianceType(p->model));
    }
    std::optional<bool> automatic;
    for (const site::Appliance& a : site.appliances) {
        if (a.failoverRole == QLatin1String("backup")) {
            v.insert(QStringLiteral("backup_host"), a.fqdn);
            v.insert(QStringLiteral("backup_ip"), a.addresses.value(0));
            automatic = a.failover.automaticFailover;
        }
        if (v.value(QStringLiteral("routing")).isEmpty())
            v.insert(QStringLiteral("routing"), a.routingMethod);
        if (!automatic)
            automatic = a.failover.automaticFailover;
    }
    if (automatic)
        v.insert(QStringLiteral("automatic_failover"),
                 *automatic ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    if (site.atlas.enabled) {
        if (const site::Appliance* m = site.appliance(site.atlas.primaryNode))
            v.insert(QStringLiteral("primary_master_host"), m->fqdn);
        if (site.atlas.trafficNodes.size() == 1) {
            if (const site::Appliance* t = site.appliance(site.atlas.trafficNodes.first()))
                v.insert(QStringLiteral("traffic_node_host"), t->fqdn);
        }
    }
    for (const site::Contact& c : site.contacts) {
        if (c.role.compare(QLatin1String("rma"), Qt::CaseInsensitive) == 0) {
            v.insert(QStringLiteral("rma_contact_name"), c.name);
            v.insert(QStringLiteral("rma_contact_phone"), c.phone);
            v.insert(QStringLiteral("rma_contact_email"), c.email);
            break;
        }
    }
    v.insert(QStringLiteral("p12_file"), site.certificateBackup.location);
    return v;
}

QMap<QString, QString> SiteProfile::knownKeys(const runbook::ScenarioLibrary& library)
{
    QMap<QString, QString> keys{{kSiteName, tr("Site name, printed on every page")}};
    for (const runbook::Scenario& sc : library.all()) {
        for (const runbook::Step& st : sc.steps) {
            if (st.kind == runbook::StepKind::Record && !st.record.secret) {
                keys.insert(st.record.key, st.record.label);
            } else if (st.kind == runbook::StepKind::Decision && !st.decision.fact.isEmpty()) {
                QStringList values;
                for (const runbook::DecisionOption& o : st.decision.options)
                    values << o.value;
                keys.insert(st.decision.fact,
                            QStringLiteral("%1: %2").arg(st.title, values.join(QStringLiteral(" | "))));
            }
        }
    }
    return keys;
}

std::optional<SiteProfile> SiteProfile::fromSite(const site::SiteProfile& site, const runbook::ScenarioLibrary& library,
                                                 QString* error)
{
    const QSet<QString> secrets = secretKeys(library);
    for (auto it = site.checklistValues.begin(); it != site.checklistValues.end(); ++it) {
        if (secrets.contains(it.key())) {
            *error = tr("\"%1\" is a secret and is never printed: remove it from the site file.").arg(it.key());
            return std::nullopt;
        }
    }
    SiteProfile profile;
    profile.name = site.site.name.trimmed();
    const QMap<QString, QString> known = knownKeys(library);
    const QMap<QString, QString> derived = derivedValues(site);
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        if (known.contains(it.key()) && !secrets.contains(it.key()) && !it.value().trimmed().isEmpty())
            profile.values.insert(it.key(), it.value().trimmed());
    }
    for (auto it = site.checklistValues.begin(); it != site.checklistValues.end(); ++it) {
        if (it.key() == kSiteName)
            profile.name = it.value().trimmed();
        else if (!it.value().trimmed().isEmpty())
            profile.values.insert(it.key(), it.value().trimmed());
    }
    return profile;
}

std::optional<SiteProfile> SiteProfile::fromJson(const QJsonObject& json, const runbook::ScenarioLibrary& library,
                                                 QString* error)
{
    return fromBytes(QJsonDocument(json).toJson(QJsonDocument::Compact), QString(), library, error);
}

std::optional<SiteProfile> SiteProfile::load(const QString& path, const runbook::ScenarioLibrary& library,
                                             QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the site file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.readAll(), path, library, error);
}

QStringList SiteProfile::unknownKeys(const runbook::ScenarioLibrary& library) const
{
    const QMap<QString, QString> known = knownKeys(library);
    QStringList unknown;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!known.contains(it.key()))
            unknown << it.key();
    }
    return unknown;
}

} // namespace dr::print
