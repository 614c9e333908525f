#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QMap>

#include <optional>

namespace dr::api {

// What the operator is about to do, for the pre-flight permission check.
enum class Operation {
    ReadStatus,    // check_health, get_appliances, connected clients (perm_command read_only or full_access)
    ChangeRole,    // set_failover_role (perm_command = full_access)
    DownloadBackup // /api/backup (perm_backup = 1)
};

// Reply of `get_api_info` (root <api_information>).
struct ApiInfo
{
    QString apiVersion;                 // e.g. "1.19.0"
    QString companyName;                // gone since API 1.24.1 (may be empty)
    std::optional<QDateTime> timestamp; // UTC
    QMap<QString, QString> permissions; // "perm_command" -> "full_access", "perm_backup" -> "1", …

    bool canReadCommands() const; // perm_command is read_only or full_access
    bool canChangeRoles() const;  // perm_command is full_access
    bool canBackup() const;       // perm_backup is 1

    // Pre-flight: std::nullopt when the account may do `op`; otherwise a Permission error whose
    // missingPermission names the permission and whose message says, in words, what to change.
    std::optional<ApiError> checkPermissionFor(Operation op) const;
};

Result<ApiInfo> parseApiInfo(const QByteArray& body);

} // namespace dr::api
