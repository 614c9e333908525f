#pragma once

#include "api/ApiError.h"

#include <QList>

#include <optional>

namespace dr::api {

// One member of a failover pair or Atlas cluster, from `get_appliances`.
struct ApplianceInfo
{
    enum class ClusterRole { Unknown, Single, Primary, Traffic };

    QString id; // GUID
    QString name;
    QString publicHostname;
    ClusterRole clusterRole = ClusterRole::Unknown; // "master" (older sites) reads as Primary
    QString clusterRoleText;                        // as sent
    QString failoverRole;                           // "none" | "primary" | "backup" (lower-cased)
    bool acceptingConnections = false;
    std::optional<int> timezoneOffsetSecs; // seconds from UTC
};

using ApplianceList = QList<ApplianceInfo>;

Result<ApplianceList> parseApplianceList(const QByteArray& body);

} // namespace dr::api
