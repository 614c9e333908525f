#include "site/SiteValidator.h"

#include "site/JsonFields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dr::site {

using detail::childPath;
using detail::indexPath;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteValidator", s);
}

class Checker
{
public:
    Checker(const SiteProfile& p, const ValidationOptions& o) : m_p(p), m_o(o) {}
    SiteIssues run();

private:
    void error(const QString& path, const QString& message)
    {
        m_issues.append({SiteIssue::Severity::Error, path, message});
    }
    void warn(const QString& path, const QString& message)
    {
        m_issues.append({SiteIssue::Severity::Warning, path, message});
    }
    void oneOf(const QString& path, const QString& value, const QStringList& allowed)
    {
        if (!value.isEmpty() && !allowed.contains(value))
            error(path, tr("\"%1\" is not allowed; use one of: %2.").arg(value, allowed.join(QStringLiteral(", "))));
    }
    void ip(const QString& path, const QString& value)
    {
        if (!value.isEmpty() && !isValidIpAddress(value))
            error(path, tr("\"%1\" is not an IP address; write it like 192.0.2.10 or 2001:db8::10.").arg(value));
    }
    void file(const QString& path, const QString& value, bool isError)
    {
        if (!m_o.checkFiles || value.isEmpty() || QFileInfo::exists(resolveProfilePath(m_o.profilePath, value)))
            return;
        const QString msg = tr("the file %1 does not exist; put it beside the profile or correct the name.")
                                .arg(resolveProfilePath(m_o.profilePath, value));
        isError ? error(path, msg) : warn(path, msg);
    }
    void site();
    void appliance(int i);
    void nics(const QString& path, const Appliance& a);
    void settings(const QString& path, const Appliance& a);
    void roles();
    void atlas();
    void people();
    void backups();
    void secrets(const QJsonValue& v, const QString& path);

    const SiteProfile& m_p;
    const ValidationOptions& m_o;
    SiteIssues m_issues;
};

SiteIssues Checker::run()
{
    site();
    if (m_p.appliances.isEmpty())
        error(QStringLiteral("appliances"), tr("no appliance is recorded; add at least the primary appliance."));
    for (int i = 0; i < m_p.appliances.size(); ++i)
        appliance(i);
    roles();
    atlas();
    people();
    backups();
    secrets(m_p.toJson(), QString());
    return m_issues;
}

void Checker::site()
{
    if (m_p.site.name.trimmed().isEmpty())
        error(QStringLiteral("site.name"), tr("is empty; give the site a name (it is printed on every checklist)."));
    if (m_p.site.fqdn.isEmpty())
        warn(QStringLiteral("site.fqdn"), tr("is empty; record the public site address, e.g. support.example.com."));
    else if (!isValidHostName(m_p.site.fqdn))
        error(QStringLiteral("site.fqdn"),
              tr("\"%1\" is not a host name; write it like support.example.com.").arg(m_p.site.fqdn));
    oneOf(QStringLiteral("site.product"), m_p.site.product, kProducts);
}

void Checker::appliance(int i)
{
    const Appliance& a = m_p.appliances.at(i);
    const QString path = indexPath(QStringLiteral("appliances"), i);
    const QString name = childPath(path, QStringLiteral("name"));
    if (a.name.trimmed().isEmpty())
        error(name, tr("is empty; name the appliance (e.g. primary, backup, master-a)."));
    else if (m_p.applianceIndex(a.name) != i)
        error(name, tr("\"%1\" is already the name of appliances[%2]; give each appliance its own name.")
                        .arg(a.name)
                        .arg(m_p.applianceIndex(a.name)));
    if (a.model.isEmpty())
        warn(childPath(path, QStringLiteral("model")),
             tr("is not recorded; choose one of: %1.").arg(kModels.join(QStringLiteral(", "))));
    oneOf(childPath(path, QStringLiteral("model")), a.model, kModels);
    const QString fqdn = childPath(path, QStringLiteral("fqdn"));
    if (a.fqdn.isEmpty() && a.api.url.isEmpty())
        error(fqdn, tr("is empty; record the appliance's host name (e.g. support-a.example.com) to reach it."));
    else if (!a.fqdn.isEmpty() && !isValidHostName(a.fqdn))
        error(fqdn, tr("\"%1\" is not a host name; write it like support-a.example.com.").arg(a.fqdn));
    if (a.serial.isEmpty() && a.model.startsWith(QLatin1Char('B')))
        warn(childPath(path, QStringLiteral("serial")),
             tr("is not recorded; copy it from the appliance's /appliance Status page (RMA and support need it)."));
    for (int j = 0; j < a.addresses.size(); ++j)
        ip(indexPath(childPath(path, QStringLiteral("addresses")), j), a.addresses.at(j));
    nics(path, a);
    oneOf(childPath(path, QStringLiteral("failover_role")), a.failoverRole, kFailoverRoles);
    oneOf(childPath(path, QStringLiteral("routing_method")), a.routingMethod, kRoutingMethods);
    if (a.routingMethod.isEmpty() &&
        (a.failoverRole == QLatin1String("primary") || a.failoverRole == QLatin1String("backup")))
        warn(childPath(path, QStringLiteral("routing_method")),
             tr("is not recorded; say how traffic moves to the backup: %1.")
                 .arg(kRoutingMethods.join(QStringLiteral(", "))));
    const QString fo = childPath(path, QStringLiteral("failover"));
    if (a.failover.primaryTimeoutSecs && *a.failover.primaryTimeoutSecs < 1)
        error(childPath(fo, QStringLiteral("primary_timeout_secs")),
              tr("must be at least 1 second; copy the value from Management > Failover."));
    for (int j = 0; j < a.failover.connectivityTestIps.size(); ++j)
        ip(indexPath(childPath(fo, QStringLiteral("connectivity_test_ips")), j), a.failover.connectivityTestIps.at(j));
    const QString api = childPath(path, QStringLiteral("api"));
    if (!a.api.url.isEmpty()) {
        const QUrl url(a.api.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            (url.path() != QString() && url.path() != QLatin1String("/")))
            error(childPath(api, QStringLiteral("url")),
                  tr("\"%1\" is not an appliance address; write it as https://HOST or https://HOST:PORT.")
                      .arg(a.api.url));
    }
    if (!a.api.pinSha256.isEmpty() && !isValidSha256(a.api.pinSha256))
        error(childPath(api, QStringLiteral("pin_sha256")),
              tr("must be a SHA-256 fingerprint: 64 hex digits, colons allowed."));
    if (!a.api.pinSha256.isEmpty() && !a.api.caFile.isEmpty())
        error(childPath(api, QStringLiteral("pin_sha256")), tr("give either ca_file or pin_sha256, not both."));
    file(childPath(api, QStringLiteral("ca_file")), a.api.caFile, true);
    settings(childPath(path, QStringLiteral("appliance_settings")), a);
}

void Checker::nics(const QString& path, const Appliance& a)
{
    static const QRegularExpression mac(QStringLiteral("^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$"));
    for (int j = 0; j < a.nics.size(); ++j) {
        const Nic& n = a.nics.at(j);
        const QString np = indexPath(childPath(path, QStringLiteral("nics")), j);
        if (n.name.isEmpty())
            warn(childPath(np, QStringLiteral("name")), tr("is empty; write the interface name (e.g. eth0)."));
        ip(childPath(np, QStringLiteral("address")), n.address);
        ip(childPath(np, QStringLiteral("gateway")), n.gateway);
        if (!n.netmask.isEmpty() && !isValidNetmask(n.netmask))
            error(childPath(np, QStringLiteral("netmask")),
                  tr("\"%1\" is not a netmask; write it like 255.255.255.0 or 24.").arg(n.netmask));
        if (!n.mac.isEmpty() && !mac.match(n.mac).hasMatch())
            error(childPath(np, QStringLiteral("mac")),
                  tr("\"%1\" is not a MAC address; write it like 00:1a:2b:3c:4d:5e.").arg(n.mac));
    }
}

void Checker::settings(const QString& path, const Appliance& a)
{
    const ApplianceSettings& s = a.applianceSettings;
    if (!a.hasApplianceInterface())
        return; // cloud and hosted sites: the vendor manages the network; nothing to capture by hand
    if (!s.status.isComplete())
        warn(childPath(path, QStringLiteral("status")),
             tr("record the appliance version, serial, base software version and system time from the /appliance "
                "Status page: the saved screenshots are named with them."));
    for (const PageSpec& spec : appliancePageSpecs()) {
        const QString pp = childPath(path, spec.key);
        const CapturedPage page = s.page(spec.key);
        oneOf(childPath(pp, QStringLiteral("status")), page.status, kPageStatuses);
        if (page.status == QLatin1String("not_captured"))
            warn(pp, tr("not captured yet: %1 (%2), or mark it not_used.").arg(spec.guidance, spec.location));
        if (page.status == QLatin1String("captured") && page.screenshots.isEmpty() && page.fields.isEmpty() &&
            page.notes.isEmpty())
            warn(pp, tr("is marked captured but has no screenshot, value or note; attach the screenshot."));
        if (spec.key == QLatin1String("syslog") && page.status == QLatin1String("captured") &&
            page.fields.value(QStringLiteral("server")).isEmpty())
            warn(childPath(pp, QStringLiteral("server")), tr("write down the syslog server's hostname or IP."));
        for (int j = 0; j < page.screenshots.size(); ++j) {
            const QString sp = indexPath(childPath(pp, QStringLiteral("screenshots")), j);
            const QString shot = page.screenshots.at(j);
            const auto parsed = ScreenshotName::parse(shot);
            if (!parsed || !parsed->matches(s.status)) {
                const QString ext =
                    QFileInfo(shot).suffix().isEmpty() ? QStringLiteral("png") : QFileInfo(shot).suffix();
                warn(sp, tr("\"%1\" is not named as the guide asks (version, serial, base software version, "
                            "system time); rename it to %2.")
                             .arg(shot, ScreenshotName::make(spec.key, s.status, ext).toString()));
            }
            file(sp, shot, false);
        }
    }
}

void Checker::roles()
{
    int firstPrimary = -1;
    bool hasBackupRole = false;
    for (int i = 0; i < m_p.appliances.size(); ++i) {
        const QString role = m_p.appliances.at(i).failoverRole;
        hasBackupRole = hasBackupRole || role == QLatin1String("backup");
        if (role != QLatin1String("primary"))
            continue;
        if (firstPrimary >= 0)
            error(childPath(indexPath(QStringLiteral("appliances"), i), QStringLiteral("failover_role")),
                  tr("appliances[%1] is already the primary; a failover pair has one primary: record this one as "
                     "backup.")
                      .arg(firstPrimary));
        else
            firstPrimary = i;
    }
    if (hasBackupRole && firstPrimary < 0)
        warn(QStringLiteral("appliances"), tr("a backup appliance is recorded but no primary; record the primary."));
}

void Checker::atlas()
{
    if (!m_p.atlas.enabled)
        return;
    if (m_p.atlas.primaryNode.isEmpty())
        error(QStringLiteral("atlas.primary_node"), tr("is empty; name the appliance that is the primary master."));
    else if (!m_p.appliance(m_p.atlas.primaryNode))
        error(QStringLiteral("atlas.primary_node"),
              tr("\"%1\" is not the name of a recorded appliance; add it under appliances or correct the name.")
                  .arg(m_p.atlas.primaryNode));
    if (m_p.atlas.trafficNodes.isEmpty())
        warn(QStringLiteral("atlas.traffic_nodes"), tr("no traffic node is recorded; list them by appliance name."));
    for (int j = 0; j < m_p.atlas.trafficNodes.size(); ++j) {
        if (!m_p.appliance(m_p.atlas.trafficNodes.at(j)))
            error(indexPath(QStringLiteral("atlas.traffic_nodes"), j),
                  tr("\"%1\" is not the name of a recorded appliance; add it under appliances or correct the name.")
                      .arg(m_p.atlas.trafficNodes.at(j)));
    }
}

void Checker::people()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (int i = 0; i < m_p.contacts.size(); ++i) {
        const Contact& c = m_p.contacts.at(i);
        const QString cp = indexPath(QStringLiteral("contacts"), i);
        if (c.name.trimmed().isEmpty())
            error(childPath(cp, QStringLiteral("name")), tr("is empty; write who to call."));
        if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
            error(childPath(cp, QStringLiteral("email")),
                  tr("\"%1\" is not an email address; write it like name@example.com.").arg(c.email));
        if (c.email.isEmpty() && c.phone.isEmpty())
            warn(cp, tr("has neither phone nor email; add one so the contact can be reached."));
    }
    QSet<QString> ids;
    for (int i = 0; i < m_p.apiAccounts.size(); ++i) {
        const QString id = m_p.apiAccounts.at(i).clientId.trimmed();
        const QString path = childPath(indexPath(QStringLiteral("api_accounts"), i), QStringLiteral("client_id"));
        if (id.isEmpty())
            error(path, tr("is empty; copy the client ID from /login > Management > API Configuration."));
        else if (ids.contains(id))
            error(path, tr("\"%1\" is listed twice; keep one entry per API account.").arg(id));
        ids.insert(id);
    }
    const CertificateBackup& cert = m_p.certificateBackup;
    if (cert.location.isEmpty())
        warn(QStringLiteral("certificate_backup.location"),
             tr("is empty; write where the .p12 certificate backup is kept (Security > Certificates > Export)."));
    if (cert.sha256.isEmpty())
        warn(QStringLiteral("certificate_backup.sha256"),
             tr("is empty; record the certificate's SHA-256 fingerprint (drrunbook-cli cert inspect FILE.p12)."));
    else if (!isValidSha256(cert.sha256))
        error(QStringLiteral("certificate_backup.sha256"),
              tr("must be a SHA-256 fingerprint: 64 hex digits, colons allowed; copy it from drrunbook-cli cert "
                 "inspect."));
}

void Checker::backups()
{
    const BackupPolicy& b = m_p.backups;
    if (b.folder.isEmpty())
        warn(QStringLiteral("backups.folder"), tr("is empty; choose the folder scheduled .nsb backups go to."));
    if (!b.fromAppliance.isEmpty() && !m_p.appliance(b.fromAppliance))
        error(QStringLiteral("backups.from_appliance"),
              tr("\"%1\" is not the name of a recorded appliance; correct it or leave it empty for the primary.")
                  .arg(b.fromAppliance));
    if (!b.apiAccount.isEmpty() && !m_p.backupAccount())
        error(QStringLiteral("backups.api_account"),
              tr("\"%1\" is not one of api_accounts; add that account or correct the client ID.").arg(b.apiAccount));
    if (b.fromAppliance.isEmpty() && !m_p.primary() && !m_p.appliances.isEmpty())
        warn(QStringLiteral("backups.from_appliance"),
             tr("no appliance is recorded as primary; name the appliance to back up from."));
}

void Checker::secrets(const QJsonValue& v, const QString& path)
{
    static const QRegularExpression secretKey(QStringLiteral("secret|password|passphrase|passwd|token"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = childPath(path, it.key());
            if (secretKey.match(it.key()).hasMatch() && it.key() != QLatin1String("password_protected") &&
                !(it.value().isString() && it.value().toString().isEmpty()))
                error(p, tr("secrets never go in the site file: remove it and keep it in the keychain "
                            "(drrunbook-cli secret store)."));
            else
                secrets(it.value(), p);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            secrets(a.at(i), indexPath(path, i));
    }
}

} // namespace

SiteIssues validateSiteProfile(const SiteProfile& profile, const ValidationOptions& options)
{
    return Checker(profile, options).run();
}

} // namespace dr::site
