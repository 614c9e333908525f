// SiteProfile <-> the v2 JSON object (docs/site-profile.md).
#include "site/JsonFields.h"
#include "site/SiteProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dr::site {

using detail::indexPath;
using detail::JsonFields;
using detail::putString;
using detail::putStrings;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteProfile", s);
}

QJsonObject keepUnknown(const JsonFields& f, SiteIssues* issues)
{
    const QJsonObject extra = f.unknown();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        issues->append({SiteIssue::Severity::Warning, f.pathOf(it.key()),
                        tr("unknown key, kept as it is; if it is a typo, correct it.")});
    return extra;
}

template <class T, class Reader>
QList<T> readList(JsonFields& parent, const QString& key, SiteIssues* issues, Reader read)
{
    QList<T> out;
    const QJsonArray a = parent.array(key);
    for (int i = 0; i < a.size(); ++i) {
        const QString path = indexPath(parent.pathOf(key), i);
        if (!a.at(i).isObject()) {
            issues->append({SiteIssue::Severity::Error, path,
                            tr("must be an object in braces { }; correct the entry (it was ignored).")});
            continue;
        }
        JsonFields f(a.at(i).toObject(), path, issues);
        out << read(f);
    }
    return out;
}

CapturedPage readPage(JsonFields& f, const PageSpec* spec, SiteIssues* issues)
{
    CapturedPage page;
    page.status = f.string(QStringLiteral("status"));
    if (page.status.isEmpty())
        page.status = QStringLiteral("not_captured");
    page.notes = f.string(QStringLiteral("notes"));
    page.screenshots = f.strings(QStringLiteral("screenshots"));
    if (spec) {
        for (const PageField& field : spec->fields) {
            const QString v = f.string(field.key);
            if (!v.isEmpty())
                page.fields.insert(field.key, v);
        }
    }
    page.extra = keepUnknown(f, issues);
    return page;
}

ApplianceSettings readSettings(JsonFields& f, SiteIssues* issues)
{
    ApplianceSettings s;
    JsonFields st(f.object(QStringLiteral("status")), f.pathOf(QStringLiteral("status")), issues);
    s.status.applianceVersion = st.string(QStringLiteral("appliance_version"));
    s.status.serial = st.string(QStringLiteral("serial"));
    s.status.baseSoftwareVersion = st.string(QStringLiteral("base_software_version"));
    s.status.systemTime = st.dateTime(QStringLiteral("system_time"));
    s.status.extra = keepUnknown(st, issues);
    for (const PageSpec& spec : appliancePageSpecs()) {
        const QJsonObject o = f.object(spec.key);
        if (o.isEmpty())
            continue;
        JsonFields pf(o, f.pathOf(spec.key), issues);
        s.pages.insert(spec.key, readPage(pf, &spec, issues));
    }
    s.extra = keepUnknown(f, issues);
    return s;
}

Appliance readAppliance(JsonFields& f, SiteIssues* issues)
{
    Appliance a;
    a.name = f.string(QStringLiteral("name"));
    a.model = f.string(QStringLiteral("model"));
    a.serial = f.string(QStringLiteral("serial"));
    a.fqdn = f.string(QStringLiteral("fqdn"));
    a.addresses = f.strings(QStringLiteral("addresses"));
    a.nics = readList<Nic>(f, QStringLiteral("nics"), issues, [issues](JsonFields& n) {
        Nic nic;
        nic.name = n.string(QStringLiteral("name"));
        nic.address = n.string(QStringLiteral("address"));
        nic.netmask = n.string(QStringLiteral("netmask"));
        nic.gateway = n.string(QStringLiteral("gateway"));
        nic.mac = n.string(QStringLiteral("mac"));
        nic.extra = keepUnknown(n, issues);
        return nic;
    });
    a.failoverRole = f.string(QStringLiteral("failover_role"));
    a.routingMethod = f.string(QStringLiteral("routing_method"));
    JsonFields fo(f.object(QStringLiteral("failover")), f.pathOf(QStringLiteral("failover")), issues);
    a.failover.automaticFailover = fo.optBool(QStringLiteral("automatic_failover"));
    a.failover.primaryTimeoutSecs = fo.optInt(QStringLiteral("primary_timeout_secs"), 0, 86400);
    a.failover.connectivityTestIps = fo.strings(QStringLiteral("connectivity_test_ips"));
    a.failover.extra = keepUnknown(fo, issues);
    JsonFields api(f.object(QStringLiteral("api")), f.pathOf(QStringLiteral("api")), issues);
    a.api.url = api.string(QStringLiteral("url"));
    a.api.caFile = api.string(QStringLiteral("ca_file"));
    a.api.pinSha256 = api.string(QStringLiteral("pin_sha256"));
    a.api.extra = keepUnknown(api, issues);
    JsonFields set(f.object(QStringLiteral("appliance_settings")), f.pathOf(QStringLiteral("appliance_settings")),
                   issues);
    a.applianceSettings = readSettings(set, issues);
    a.notes = f.string(QStringLiteral("notes"));
    a.extra = keepUnknown(f, issues);
    return a;
}

QJsonObject writeSettings(const ApplianceSettings& s)
{
    QJsonObject o = s.extra;
    QJsonObject st = s.status.extra;
    putString(st, QStringLiteral("appliance_version"), s.status.applianceVersion);
    putString(st, QStringLiteral("serial"), s.status.serial);
    putString(st, QStringLiteral("base_software_version"), s.status.baseSoftwareVersion);
    if (s.status.systemTime.isValid())
        st.insert(QStringLiteral("system_time"), s.status.systemTime.toUTC().toString(Qt::ISODate));
    if (!st.isEmpty())
        o.insert(QStringLiteral("status"), st);
    for (auto it = s.pages.begin(); it != s.pages.end(); ++it) {
        QJsonObject p = it.value().extra;
        p.insert(QStringLiteral("status"), it.value().status);
        for (auto f = it.value().fields.begin(); f != it.value().fields.end(); ++f)
            putString(p, f.key(), f.value());
        putString(p, QStringLiteral("notes"), it.value().notes);
        putStrings(p, QStringLiteral("screenshots"), it.value().screenshots);
        o.insert(it.key(), p);
    }
    return o;
}

QJsonObject writeAppliance(const Appliance& a)
{
    QJsonObject o = a.extra;
    o.insert(QStringLiteral("name"), a.name);
    putString(o, QStringLiteral("model"), a.model);
    putString(o, QStringLiteral("serial"), a.serial);
    putString(o, QStringLiteral("fqdn"), a.fqdn);
    putStrings(o, QStringLiteral("addresses"), a.addresses);
    if (!a.nics.isEmpty()) {
        QJsonArray nics;
        for (const Nic& n : a.nics) {
            QJsonObject no = n.extra;
            putString(no, QStringLiteral("name"), n.name);
            putString(no, QStringLiteral("address"), n.address);
            putString(no, QStringLiteral("netmask"), n.netmask);
            putString(no, QStringLiteral("gateway"), n.gateway);
            putString(no, QStringLiteral("mac"), n.mac);
            nics.append(no);
        }
        o.insert(QStringLiteral("nics"), nics);
    }
    putString(o, QStringLiteral("failover_role"), a.failoverRole);
    putString(o, QStringLiteral("routing_method"), a.routingMethod);
    QJsonObject fo = a.failover.extra;
    if (a.failover.automaticFailover)
        fo.insert(QStringLiteral("automatic_failover"), *a.failover.automaticFailover);
    if (a.failover.primaryTimeoutSecs)
        fo.insert(QStringLiteral("primary_timeout_secs"), *a.failover.primaryTimeoutSecs);
    putStrings(fo, QStringLiteral("connectivity_test_ips"), a.failover.connectivityTestIps);
    if (!fo.isEmpty())
        o.insert(QStringLiteral("failover"), fo);
    QJsonObject api = a.api.extra;
    putString(api, QStringLiteral("url"), a.api.url);
    putString(api, QStringLiteral("ca_file"), a.api.caFile);
    putString(api, QStringLiteral("pin_sha256"), a.api.pinSha256);
    if (!api.isEmpty())
        o.insert(QStringLiteral("api"), api);
    const QJsonObject settings = writeSettings(a.applianceSettings);
    if (!settings.isEmpty())
        o.insert(QStringLiteral("appliance_settings"), settings);
    putString(o, QStringLiteral("notes"), a.notes);
    return o;
}

} // namespace

SiteProfile SiteProfile::fromJson(const QJsonObject& json, SiteIssues* issues)
{
    SiteProfile p;
    JsonFields f(json, QString(), issues);
    p.schemaVersion = f.optInt(QStringLiteral("schema_version"), 1, 1000).value_or(kSchemaVersion);
    JsonFields site(f.object(QStringLiteral("site")), QStringLiteral("site"), issues);
    p.site.name = site.string(QStringLiteral("name"));
    p.site.fqdn = site.string(QStringLiteral("fqdn"));
    p.site.product = site.string(QStringLiteral("product"));
    p.site.notes = site.string(QStringLiteral("notes"));
    p.site.extra = keepUnknown(site, issues);

    p.appliances = readList<Appliance>(f, QStringLiteral("appliances"), issues,
                                       [issues](JsonFields& a) { return readAppliance(a, issues); });

    JsonFields atlas(f.object(QStringLiteral("atlas")), QStringLiteral("atlas"), issues);
    p.atlas.enabled = atlas.boolean(QStringLiteral("enabled"), false);
    p.atlas.primaryNode = atlas.string(QStringLiteral("primary_node"));
    p.atlas.trafficNodes = atlas.strings(QStringLiteral("traffic_nodes"));
    p.atlas.extra = keepUnknown(atlas, issues);

    p.contacts = readList<Contact>(f, QStringLiteral("contacts"), issues, [issues](JsonFields& c) {
        Contact contact;
        contact.name = c.string(QStringLiteral("name"));
        contact.role = c.string(QStringLiteral("role"));
        contact.phone = c.string(QStringLiteral("phone"));
        contact.email = c.string(QStringLiteral("email"));
        contact.notes = c.string(QStringLiteral("notes"));
        contact.extra = keepUnknown(c, issues);
        return contact;
    });
    p.apiAccounts = readList<ApiAccount>(f, QStringLiteral("api_accounts"), issues, [issues](JsonFields& c) {
        ApiAccount account;
        account.clientId = c.string(QStringLiteral("client_id"));
        account.label = c.string(QStringLiteral("label"));
        account.permissions = c.string(QStringLiteral("permissions"));
        account.extra = keepUnknown(c, issues);
        return account;
    });

    JsonFields cert(f.object(QStringLiteral("certificate_backup")), QStringLiteral("certificate_backup"), issues);
    p.certificateBackup.location = cert.string(QStringLiteral("location"));
    p.certificateBackup.sha256 = cert.string(QStringLiteral("sha256"));
    p.certificateBackup.notes = cert.string(QStringLiteral("notes"));
    p.certificateBackup.extra = keepUnknown(cert, issues);

    JsonFields b(f.object(QStringLiteral("backups")), QStringLiteral("backups"), issues);
    p.backups.folder = b.string(QStringLiteral("folder"));
    p.backups.keep = b.optInt(QStringLiteral("keep"), 1, 10000).value_or(7);
    p.backups.fromAppliance = b.string(QStringLiteral("from_appliance"));
    p.backups.apiAccount = b.string(QStringLiteral("api_account"));
    p.backups.passwordProtected = b.boolean(QStringLiteral("password_protected"), false);
    p.backups.extra = keepUnknown(b, issues);

    p.checklistValues = f.stringMap(QStringLiteral("checklist_values"));
    p.extra = keepUnknown(f, issues);
    return p;
}

QJsonObject SiteProfile::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("schema_version"), kSchemaVersion);
    QJsonObject s = site.extra;
    putString(s, QStringLiteral("name"), site.name);
    putString(s, QStringLiteral("fqdn"), site.fqdn);
    putString(s, QStringLiteral("product"), site.product);
    putString(s, QStringLiteral("notes"), site.notes);
    o.insert(QStringLiteral("site"), s);

    QJsonArray list;
    for (const Appliance& a : appliances)
        list.append(writeAppliance(a));
    o.insert(QStringLiteral("appliances"), list);

    QJsonObject at = atlas.extra;
    if (atlas.enabled || !atlas.primaryNode.isEmpty() || !atlas.trafficNodes.isEmpty())
        at.insert(QStringLiteral("enabled"), atlas.enabled);
    putString(at, QStringLiteral("primary_node"), atlas.primaryNode);
    putStrings(at, QStringLiteral("traffic_nodes"), atlas.trafficNodes);
    if (!at.isEmpty())
        o.insert(QStringLiteral("atlas"), at);

    QJsonArray cs;
    for (const Contact& c : contacts) {
        QJsonObject co = c.extra;
        putString(co, QStringLiteral("name"), c.name);
        putString(co, QStringLiteral("role"), c.role);
        putString(co, QStringLiteral("phone"), c.phone);
        putString(co, QStringLiteral("email"), c.email);
        putString(co, QStringLiteral("notes"), c.notes);
        cs.append(co);
    }
    o.insert(QStringLiteral("contacts"), cs);
    QJsonArray accounts;
    for (const ApiAccount& a : apiAccounts) {
        QJsonObject ao = a.extra;
        putString(ao, QStringLiteral("client_id"), a.clientId);
        putString(ao, QStringLiteral("label"), a.label);
        putString(ao, QStringLiteral("permissions"), a.permissions);
        accounts.append(ao);
    }
    o.insert(QStringLiteral("api_accounts"), accounts);

    QJsonObject cert = certificateBackup.extra;
    putString(cert, QStringLiteral("location"), certificateBackup.location);
    putString(cert, QStringLiteral("sha256"), certificateBackup.sha256);
    putString(cert, QStringLiteral("notes"), certificateBackup.notes);
    o.insert(QStringLiteral("certificate_backup"), cert);

    QJsonObject b = backups.extra;
    putString(b, QStringLiteral("folder"), backups.folder);
    b.insert(QStringLiteral("keep"), backups.keep);
    putString(b, QStringLiteral("from_appliance"), backups.fromAppliance);
    putString(b, QStringLiteral("api_account"), backups.apiAccount);
    if (backups.passwordProtected)
        b.insert(QStringLiteral("password_protected"), true);
    o.insert(QStringLiteral("backups"), b);

    if (!checklistValues.isEmpty()) {
        QJsonObject cv;
        for (auto it = checklistValues.begin(); it != checklistValues.end(); ++it)
            cv.insert(it.key(), it.value());
        o.insert(QStringLiteral("checklist_values"), cv);
    }
    return o;
}

} // namespace dr::site
