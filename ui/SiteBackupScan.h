#pragma once

#include "ApplianceStatus.h"

#include <QObject>

#include <functional>

namespace dr::ui {

// The newest .nsb backup in a site's backup folder, listed on a worker thread (a network share can be slow: the GUI
// thread never waits for it).
class SiteBackupScan
{
    Q_DECLARE_TR_FUNCTIONS(SiteBackupScan)
public:
    // Blocking: lists the folder. Call it off the GUI thread.
    static BackupStatus scan(const QString& folder);
    // Lists the folder on its own thread and calls `done` on `context`'s thread, unless `context` is gone by then.
    static void start(const QString& folder, QObject* context, std::function<void(const BackupStatus&)> done);
};

} // namespace dr::ui
