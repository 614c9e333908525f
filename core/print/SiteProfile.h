#pragma once

#include "runbook/ScenarioLibrary.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace dr::print {

// A site's own values for the printed checklists (until site profiles proper exist): a JSON object whose keys are
//  - "site_name": printed in the title and the page header of every checklist;
//  - a scenario's record key ("site_fqdn", "primary_host", "backup_host", "backup_ip", "appliance_serial",
//    "rma_contact_name", ...): fills that record's blank and names the value where a check or the action uses it;
//  - a decision's fact ("routing": "shared_ip" | "dns_swing" | "nat_swing", "appliance_type", ...): ticks that
//    option on paper.
// Values are strings (numbers are accepted). Keys of secret records (the .p12 password) are refused: a secret is
// never printed. knownKeys() lists every accepted key with its label; unknownKeys() finds typos.
// Example: {"site_name": "Example HQ", "site_fqdn": "support.example.com", "routing": "dns_swing"}
struct SiteProfile
{
    QString name;
    QMap<QString, QString> values;

    static std::optional<SiteProfile> fromJson(const QJsonObject& json, const runbook::ScenarioLibrary& library,
                                               QString* error);
    static std::optional<SiteProfile> load(const QString& path, const runbook::ScenarioLibrary& library,
                                           QString* error);

    // key -> label ("Site FQDN", "Network routing method: shared_ip | dns_swing | nat_swing").
    static QMap<QString, QString> knownKeys(const runbook::ScenarioLibrary& library);
    QStringList unknownKeys(const runbook::ScenarioLibrary& library) const;
};

} // namespace dr::print
