#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dr::api {

// Reply of `check_health` (root <health_check>).
struct HealthCheck
{
    QString applianceGuid;                 // <appliance id="…">
    QString hostname;                      // text of <appliance>
    QString version;                       // product version, e.g. "19.1.8"
    QString build;                         // text in parentheses after the version, e.g. "37380-749b…"
    bool success = false;                  // <success>1</success>
    QString errorMessage;                  // <error_message>, only when something is wrong
    QString failoverRole;                  // "none" | "primary" | "backup" (lower-cased; empty if absent)
    QStringList sharedIps;                 // <enabled_shared_ips><ip>…
    std::optional<QDateTime> lastSyncTime; // UTC; from the ISO text or the ts= attribute
    QString lastSyncStatus;                // e.g. "success"

    bool failoverConfigured() const
    {
        return failoverRole == QLatin1String("primary") || failoverRole == QLatin1String("backup");
    }
};

Result<HealthCheck> parseHealthCheck(const QByteArray& body);

// Accepts "2019-10-07T00:32:50.877+0000", "…+00:00", "…Z", with or without milliseconds.
std::optional<QDateTime> parseApiDateTime(const QString& text);

} // namespace dr::api
