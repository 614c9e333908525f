#pragma once

#include "support/ProductVersion.h"

#include <QDate>
#include <QString>

#include <optional>

namespace dr::support {

// The name of a /login backup. The guide: "Bomgar backup file names begin with Bomgar followed by the
// Bomgar product release version of the backup, the name of the site which generated the backup, the
// date on which the backup was downloaded, and the unique ID of the backup file."
//
// The parser is tolerant: '-' or '_' between the parts; "Bomgar" in any case, optionally followed
// by "backup", or "BeyondTrust" instead; versions X.Y, X.Y.Z or X.Y.Z.B; site names containing
// dashes, underscores and dots; dates yyyy-MM-dd, yyyy_MM_dd or yyyyMMdd; a unique id of letters and
// digits; the extension .nsb in any case; the "-1", "-2", ... that api::BackupDownloader appends to a name
// already taken (a dash and a number from 1 after the unique id); a browser's " (1)" duplicate suffix.
// Neither suffix is part of uniqueId. Only the name is read, never the file (its content is opaque and usually
// password-protected).
struct NsbFileName
{
    QString fileName; // the name as given, without folders
    ProductVersion version;
    QString site;
    QDate date;
    QString uniqueId;

    // Names are built by api::buildBackupName (core/api/BackupName.h); tst_api_backupname parses what it builds.
    static std::optional<NsbFileName> parse(const QString& pathOrName);
};

} // namespace dr::support
