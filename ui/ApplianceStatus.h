#pragma once

#include "api/ApiError.h"
#include "api/HealthCheck.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dr::ui {

// How bad a dashboard cell is. Every level has its own words as well as its colour (readable without colour).
enum class CellLevel { Neutral, Ok, Warning, Error };

// The certificate the appliance serves (read over TLS without trusting it), compared with its name and, when the
// site has one, with the fingerprint of the certificate backup.
struct CertificateStatus
{
    QString error;           // the probe failed: what went wrong and what to do (the other fields are empty)
    QDateTime notAfter;      // UTC
    QString issuedTo;        // the leaf's common name
    QString sha256;          // leaf SHA-256, lowercase hex
    bool matchesHost = true; // issued for the name the operator uses
    QString hostName;        // that name
    QString expectedSha256;  // from the site's certificate backup; empty = not compared
    bool matchesBackup() const { return expectedSha256.isEmpty() || expectedSha256 == sha256; }
};

// The newest complete .nsb backup in the site's backup folder.
struct BackupStatus
{
    QString folder;     // empty: the site has no backup folder set
    QString error;      // the folder cannot be read: why and what to do
    QString newestFile; // empty: no backup there
    QDateTime newestAt; // when it was downloaded (file time, UTC)
    int count = 0;
};

// What the dashboard knows of one appliance: its last check_health answer or the error that replaced it, the
// certificate it serves and the age of the site's last backup.
struct ApplianceStatus
{
    QString name;
    QString address;
    std::optional<api::HealthCheck> health;
    api::ApiError error;
    QDateTime checkedAt;
    bool checking = false;
    QString healthNote; // why health is not asked (no API account or secret): what to do
    std::optional<CertificateStatus> certificate;
    std::optional<BackupStatus> backup;
};

} // namespace dr::ui
