#include "backup/BackupRotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dr::backup {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::backup::BackupRotation", s);
}

// A complete download of a backup: a backup-style name and the checksum sidecar the downloader writes last.
bool isCompleteBackup(const BackupEntry& e)
{
    return e.name.has_value() && e.hasChecksum();
}

} // namespace

QStringList BackupRotation::plan(const QList<BackupEntry>& entries, int keep)
{
    keep = std::max(1, keep);
    int good = 0;
    QStringList remove;
    for (const BackupEntry& e : entries) {
        if (good < keep) {
            if (e.isGood() && e.name)
                ++good;
            continue;
        }
        if (isCompleteBackup(e))
            remove << e.fileName;
    }
    return good == 0 ? QStringList() : remove;
}

RotationResult BackupRotation::rotate(const QString& folder, int keep, const std::atomic_bool* cancel)
{
    keep = std::max(1, keep);
    RotationResult r;
    QList<BackupEntry> entries = BackupCatalog::list(folder);
    int good = 0;
    for (BackupEntry& e : entries) {
        if (good >= keep)
            break;
        if (!isCompleteBackup(e))
            continue;
        e = BackupCatalog::verifyNow(e.path, cancel);
        if (cancel && *cancel) {
            r.ok = false;
            r.error = tr("Rotation was cancelled; nothing was deleted.");
            return r;
        }
        if (e.isGood())
            ++good;
    }
    const QStringList remove = plan(entries, keep);
    for (const BackupEntry& e : entries) {
        if (remove.contains(e.fileName))
            continue;
        if (e.isGood() && r.kept.size() < keep)
            r.kept << e.fileName;
        else
            r.untouched << e.fileName;
    }
    const QDir dir(folder);
    for (const QString& name : remove) {
        if (!QFile::remove(dir.filePath(name)) && QFile::exists(dir.filePath(name))) {
            r.ok = false;
            r.error = tr("Could not delete the old backup %1; check the folder's permissions.").arg(dir.filePath(name));
            r.untouched << name;
            continue;
        }
        QFile::remove(dir.filePath(name + QStringLiteral(".sha256")));
        r.removed << name;
    }
    return r;
}

} // namespace dr::backup
