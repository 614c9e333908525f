#pragma once

#include "site/AppliancePages.h"
#include "site/SiteIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dr::site {

// The current schema of a site profile file (docs/site-profile.md). Version 1 is the flat
// {"site_name": ..., "site_fqdn": ...} object that printed checklists read before profiles existed; it is migrated on
// load (SiteMigration.h).
inline constexpr int kSchemaVersion = 2;

// Every struct keeps the keys it does not know in `extra`, and writes them back on save: a file written by a newer
// version, or a note an administrator added by hand, survives an edit here. Validation reports them as warnings
// (a typo is the likeliest cause). Enumerated values are kept as the text of the file (see the k* lists below) so
// that a wrong value is reported, never silently replaced.

struct Nic
{
    QString name;    // "eth0"
    QString address; // IPv4 or IPv6
    QString netmask; // "255.255.255.0" or a prefix length "24"
    QString gateway;
    QString mac;
    QJsonObject extra;
};

// The failover settings as recorded from /login > Management > Failover (they are not included in the failover
// sync, so each appliance's are written down).
struct FailoverSettings
{
    std::optional<bool> automaticFailover; // "Enable automatic failover"
    std::optional<int> primaryTimeoutSecs; // primary timeout before the backup takes over
    QStringList connectivityTestIps;       // Network Connectivity Test IP addresses
    QJsonObject extra;
};

// How this program reaches the appliance's API (optional: default https://<fqdn> with the system's CAs).
struct ApiEndpoint
{
    QString url;       // "https://host[:port]"; empty = https://<fqdn>
    QString caFile;    // PEM/DER CA file, relative to the profile's folder
    QString pinSha256; // leaf certificate SHA-256 (self-signed appliances)
    QJsonObject extra;
};

struct Appliance
{
    QString name;  // unique in the profile: "primary", "backup", "master-a", "traffic-1"
    QString model; // kModels
    QString serial;
    QString fqdn;
    QStringList addresses;
    QList<Nic> nics;
    QString failoverRole;  // kFailoverRoles; empty = not recorded
    QString routingMethod; // kRoutingMethods; empty = not recorded
    FailoverSettings failover;
    ApiEndpoint api;
    ApplianceSettings applianceSettings; // the /appliance pages recorded by hand (AppliancePages.h)
    QString notes;
    QJsonObject extra;

    // api.url, or https://<fqdn>; invalid when neither is set.
    QUrl apiUrl() const;
    // B200/B300/B400 and the virtual appliances have an /appliance interface to record; cloud and hosted do not.
    bool hasApplianceInterface() const;
};

// Atlas: one primary node (a master) and traffic nodes, by appliance name.
struct AtlasTopology
{
    bool enabled = false;
    QString primaryNode;
    QStringList trafficNodes;
    QJsonObject extra;
};

struct Contact
{
    QString name;
    QString role; // free text; "rma" marks the RMA contact used on the RMA form
    QString phone;
    QString email;
    QString notes;
    QJsonObject extra;
};

// An API account from /login > Management > API Configuration. The client secret is NOT here: it lives in the OS
// keychain (site/SiteSecrets.h gives the entry's name).
struct ApiAccount
{
    QString clientId;
    QString label;
    QString permissions; // what it was given, as recorded: "backup", "read_only", "full_access", "full_access+backup"
    QJsonObject extra;
};

struct CertificateBackup
{
    QString location; // where the .p12 is kept (path relative to the profile's folder, or a description)
    QString sha256;   // fingerprint of the appliance certificate inside it, 64 hex digits (colons allowed)
    QString notes;
    QJsonObject extra;
};

struct BackupPolicy
{
    QString folder;        // where scheduled .nsb backups go (relative to the profile's folder, or absolute)
    int keep = 7;          // complete, verified backups kept (at least 1)
    QString fromAppliance; // appliance name; empty = the recorded primary
    QString apiAccount;    // client id of the account with "Allow Access to the Backup API"; empty = first account
    bool passwordProtected = false; // a backup password is kept in the keychain (SiteSecrets.h)
    QJsonObject extra;
};

struct SiteInfo
{
    QString name;    // printed on every checklist page
    QString fqdn;    // the public site address ("support.example.com")
    QString product; // kProducts
    QString notes;
    QJsonObject extra;
};

class SiteProfile
{
public:
    int schemaVersion = kSchemaVersion;
    SiteInfo site;
    QList<Appliance> appliances;
    AtlasTopology atlas;
    QList<Contact> contacts;
    QList<ApiAccount> apiAccounts;
    CertificateBackup certificateBackup;
    BackupPolicy backups;
    // Extra values for printed checklists, by a scenario's record key or decision fact (drrunbook-cli print
    // --list-site-keys). Values derived from the fields above are used where a key is missing here.
    QMap<QString, QString> checklistValues;
    QJsonObject extra;

    // Lookups (nullptr / -1 when absent).
    const Appliance* appliance(const QString& name) const;
    int applianceIndex(const QString& name) const;
    // The appliance whose recorded role is primary; else Atlas's primary node; else the only appliance unless it is
    // recorded as a backup; else nullptr.
    const Appliance* primary() const;
    // The appliance backups are taken from: backups.fromAppliance, else primary().
    const Appliance* backupSource() const;
    // backups.apiAccount, else the first account; nullptr when there is none.
    const ApiAccount* backupAccount() const;

    // The v2 JSON object (schema_version first in the written file). Unknown keys are written back.
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented UTF-8
    // Reads a v2 object. Wrong types are reported in `issues` (with the field's path) and leave the default in the
    // model; the rest of the file is still read. Does not validate meaning: see SiteValidator.
    static SiteProfile fromJson(const QJsonObject& json, SiteIssues* issues);
};

// Allowed values of the enumerated fields, in the order a form shows them.
extern const QStringList kModels;         // B200 B300 B400 vmware_virtual hyperv_virtual cloud hosted
extern const QStringList kFailoverRoles;  // primary backup none
extern const QStringList kRoutingMethods; // shared_ip dns_swing nat_swing
extern const QStringList kProducts;       // remote_support privileged_remote_access
// A human label for an enumerated value ("dns_swing" -> "DNS swing"), translated.
QString valueLabel(const QString& value);

// A path from the profile (screenshots, certificate, backup folder, CA file) made absolute against the folder of the
// profile file; absolute paths are returned cleaned.
QString resolveProfilePath(const QString& profileFilePath, const QString& path);

} // namespace dr::site
