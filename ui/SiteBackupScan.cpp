#include "SiteBackupScan.h"

#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <memory>

namespace dr::ui {

BackupStatus SiteBackupScan::scan(const QString& folder)
{
    BackupStatus status;
    status.folder = folder;
    const QFileInfo info(folder);
    if (!info.exists()) {
        status.error = tr("The backup folder %1 does not exist. Create it, or correct the folder in the site profile.")
                           .arg(QDir::toNativeSeparators(folder));
        return status;
    }
    if (!info.isDir() || !info.isReadable()) {
        status.error = tr("The backup folder %1 cannot be read. Check its permissions, or that the share is mounted.")
                           .arg(QDir::toNativeSeparators(folder));
        return status;
    }
    // Complete backups only (the downloader writes under a temporary name and renames when verified), newest first;
    // a backup's time is the date in its name, else the file's time (backup::BackupCatalog).
    const QList<backup::BackupEntry> entries = backup::BackupCatalog::list(folder);
    status.count = int(entries.size());
    if (!entries.isEmpty()) {
        status.newestFile = entries.first().fileName;
        status.newestAt = entries.first().created;
    }
    return status;
}

void SiteBackupScan::start(const QString& folder, QObject* context, std::function<void(const BackupStatus&)> done)
{
    auto result = std::make_shared<BackupStatus>();
    QThread* thread = QThread::create([folder, result] { *result = scan(folder); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    thread->start();
}

} // namespace dr::ui
