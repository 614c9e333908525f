#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dr::backup {

// One line of the log a scheduled backup appends to <folder>/drrunbook-backup.log (ScheduledBackup::logFileName()):
//   2026-11-25T02:15:07Z OK site="Example HQ" appliance="primary" file="Bomgar-...nsb" bytes=... sha256=...
//       version=23.2.4 kept=14 removed=1
//   2026-11-26T02:15:31Z FAILED site="Example HQ" appliance="primary" reason="download from ... failed: ..."
struct BackupLogEntry
{
    QDateTime when; // UTC
    bool ok = false;
    QString site;
    QString appliance;
    QString file;   // OK lines
    QString reason; // FAILED lines
    QString line;   // as written
};

class BackupLog
{
public:
    static std::optional<BackupLogEntry> parseLine(const QString& line);
    // The last `count` entries of the folder's log, oldest first (reads at most the last 64 KiB).
    static QList<BackupLogEntry> tail(const QString& folder, int count = 20);
    // The last entry, e.g. to show "last scheduled backup failed: <reason>"; nullopt when there is no log.
    static std::optional<BackupLogEntry> last(const QString& folder);
};

} // namespace dr::backup
