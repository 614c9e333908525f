#pragma once

#include "runbook/ScenarioLibrary.h"
#include "site/SiteProfile.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace dr::print {

// A site's own values for the printed checklists: the checklist's key -> value map, made from the site profile
// (dr::site::SiteProfile, docs/site-profile.md). The keys are
//  - "site_name": printed in the title and the page header of every checklist;
//  - a scenario's record key ("site_fqdn", "primary_host", "backup_host", "backup_ip", "appliance_serial",
//    "rma_contact_name", ...): fills that record's blank and names the value where a check or the action uses it;
//  - a decision's fact ("routing": "shared_ip" | "dns_swing" | "nat_swing", "appliance_type", ...): ticks that
//    option on paper.
// From a version 2 profile the values are derived from its fields (site.fqdn -> site_fqdn, the primary's fqdn ->
// primary_host, its routing_method -> routing, the RMA contact -> rma_contact_*, ...), and its "checklist_values"
// add or override keys. A version 1 file (the flat {"site_name": ..., "site_fqdn": ...} object) is migrated first
// and prints exactly as before. Keys of secret records (the .p12 password) are refused: a secret is never printed.
// knownKeys() lists every accepted key with its label; unknownKeys() finds typos.
struct SiteProfile
{
    QString name;
    QMap<QString, QString> values;

    static std::optional<SiteProfile> fromJson(const QJsonObject& json, const runbook::ScenarioLibrary& library,
                                               QString* error);
    static std::optional<SiteProfile> load(const QString& path, const runbook::ScenarioLibrary& library,
                                           QString* error);
    // The adapter from a loaded site profile.
    static std::optional<SiteProfile> fromSite(const site::SiteProfile& site, const runbook::ScenarioLibrary& library,
                                               QString* error);
    // The checklist values a profile's fields give (before its checklist_values), only keys that scenarios use.
    static QMap<QString, QString> derivedValues(const site::SiteProfile& site);

    // key -> label ("Site FQDN", "Network routing method: shared_ip | dns_swing | nat_swing").
    static QMap<QString, QString> knownKeys(const runbook::ScenarioLibrary& library);
    QStringList unknownKeys(const runbook::ScenarioLibrary& library) const;
};

} // namespace dr::print
