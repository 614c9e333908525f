#pragma once

#include "api/ApiClient.h"
#include "api/BackupDownloader.h"
#include "backup/BackupRotation.h"
#include "site/SiteProfile.h"

#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace dr::backup {

struct ScheduledBackupResult
{
    bool ok = false;
    QString reason;    // one line: why it failed (what to do), or a summary of the success
    QString appliance; // the appliance name it was taken from
    QString filePath;
    qint64 bytes = 0;
    QString sha256;
    QString version; // product version in the file name
    RotationResult rotation;
    QString logPath; // the log file the line was appended to (empty if it could not be written)
    QString logLine;
};

// One scheduled /login backup of a site, as `drrunbook-cli backup --site FILE` runs it from cron:
//  1. the appliance: backups.from_appliance, else the recorded primary; when that one answers check_health as a
//     backup (the pair failed over since the profile was written) the other failover member that is primary now is
//     used instead (only when backups.from_appliance is not set);
//  2. download with api::BackupDownloader into backups.folder (created if missing), the product version from
//     check_health in the name (an account with only the Backup API permission cannot read it: then the name the
//     appliance sends is used);
//  3. verify: the size on disk is what was received, the SHA-256 of the file equals its .sha256 sidecar, and the
//     name carries a product version (equal to check_health's when known); a backup that fails is deleted;
//  4. rotate: keep the N newest verified backups (BackupRotation);
//  5. append one line to <folder>/drrunbook-backup.log, success or failure.
// A failed download leaves no partial file and the older backups as they were (nothing is rotated).
class ScheduledBackup : public QObject
{
    Q_OBJECT
public:
    ScheduledBackup(site::SiteProfile profile, QString profilePath, const Clock& clock, QObject* parent = nullptr);
    ~ScheduledBackup() override;

    void setCredentials(const api::Credentials& credentials);
    void setBackupPassword(const std::optional<Secret>& password);
    void setKeep(int keep); // overrides backups.keep when > 0
    // Overrides the connection timeouts (tests and impatient schedules); 0 keeps the defaults.
    void setTimeouts(int transferTimeoutMs, qint64 backupDeadlineMs);

    void start();
    bool isFinished() const { return m_finished; }
    const ScheduledBackupResult& result() const { return m_result; }

    static QString logFileName(); // "drrunbook-backup.log"
    // backups.folder resolved against the profile's folder; empty when not set.
    static QString backupFolder(const site::SiteProfile& profile, const QString& profilePath);
    // The appliance to back up from, or nullptr with a one-line reason.
    static const site::Appliance* sourceAppliance(const site::SiteProfile& profile, QString* error);

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void checkNext();
    void download(const site::Appliance& appliance, const api::ConnectionSettings& settings, const QString& version);
    void onDownloaded();
    void onVerified(const QString& failure, const RotationResult& rotation);
    void fail(const QString& reason);
    void finish();
    std::optional<api::ConnectionSettings> settingsFor(const site::Appliance& appliance, QString* error) const;

    site::SiteProfile m_profile;
    QString m_profilePath;
    const Clock* m_clock;
    api::Credentials m_credentials;
    std::optional<Secret> m_password;
    int m_keep = 0;
    int m_transferTimeoutMs = 0;
    qint64 m_deadlineMs = 0;
    QString m_folder;
    QList<const site::Appliance*> m_candidates;
    int m_next = 0;
    QString m_firstFailure;
    std::unique_ptr<api::TokenManager> m_tokens;
    QPointer<api::ApiClient> m_client;
    std::unique_ptr<api::BackupDownloader> m_downloader;
    QString m_expectedVersion;
    QThreadPool m_pool;
    std::atomic_bool m_cancel{false};
    ScheduledBackupResult m_result;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace dr::backup
