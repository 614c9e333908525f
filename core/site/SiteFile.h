#pragma once

#include "site/SiteProfile.h"

#include <optional>

namespace dr::site {

// Reading and writing a site profile file.
struct SiteLoadResult
{
    // Set unless the file cannot be read, is not a JSON object, or has a schema newer than this program.
    std::optional<SiteProfile> profile;
    SiteIssues issues;   // reading problems (wrong types, unknown keys), each with the field's path
    int fromVersion = 0; // the schema version in the file (1 = migrated from the flat checklist file)
    QString error;       // why there is no profile: one sentence saying what to do

    bool migrated() const { return profile && fromVersion < kSchemaVersion; }
};

// Parses file contents. `shownName` names the file in messages.
SiteLoadResult parseSiteProfile(const QByteArray& bytes, const QString& shownName = QString());
SiteLoadResult loadSiteProfile(const QString& path);

// The file that keeps the previous version on save: "<path>.bak".
QString siteBackupPath(const QString& path);

// Saves all or nothing (QSaveFile: the file is replaced only when every byte is written, a failure leaves it
// untouched). When the file exists and its contents differ, the previous contents are first copied, also all or
// nothing, to siteBackupPath(path) — so the version before the last save is always there. Refuses to overwrite a
// file whose schema is newer than this program (it would lose what it does not understand).
bool saveSiteProfile(const QString& path, const SiteProfile& profile, QString* error);

} // namespace dr::site
