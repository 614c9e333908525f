#pragma once

#include "backup/BackupCatalog.h"

#include <QStringList>

#include <atomic>

namespace dr::backup {

struct RotationResult
{
    bool ok = true;
    QStringList kept;      // the newest verified backups kept (file names, newest first)
    QStringList removed;   // backups deleted (their .sha256 went with them)
    QStringList untouched; // .nsb files left alone: damaged or unverifiable ones newer than the kept set, or files
                           // whose name is not a backup name, or without a .sha256 (never deleted)
    QString error;         // a deletion that failed: what and what to do
};

// Keeps the N newest complete, verified backups of a folder:
//  - verified = the .nsb's SHA-256 equals its .sha256 sidecar (hashed newest first, only until N are found);
//  - older complete backups (a backup name, a sidecar) beyond those N are deleted with their sidecar;
//  - nothing is deleted unless at least one verified backup is kept: the only good backup is never removed;
//  - files that are not backups (other names, no sidecar, folders, the log) are never touched.
class BackupRotation
{
public:
    // Which entries (newest first, as BackupCatalog::list gives) to delete, given those already verified. Pure.
    static QStringList plan(const QList<BackupEntry>& entries, int keep);
    // Verifies as needed and deletes. Blocking (it hashes): run it off the GUI thread.
    static RotationResult rotate(const QString& folder, int keep, const std::atomic_bool* cancel = nullptr);
};

} // namespace dr::backup
