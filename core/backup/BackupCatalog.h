#pragma once

#include "common/Clock.h"
#include "support/NsbFileName.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace dr::backup {

// One /login backup (.nsb) in a backup folder.
struct BackupEntry
{
    enum class Verification {
        NotVerified, // not hashed yet (listing never reads the contents)
        Verifying,   // a worker thread is hashing it
        Verified,    // the file's SHA-256 equals the .sha256 sidecar
        Mismatch,    // the file's SHA-256 differs from the sidecar: damaged or altered
        NoChecksum,  // no usable .sha256 sidecar beside it
        Unreadable   // the file cannot be read
    };

    QString path; // absolute
    QString fileName;
    qint64 size = 0;
    std::optional<support::NsbFileName> name; // parsed (support::NsbFileName); nullopt: not a backup-style name
    QString version;                          // product version from the name ("23.2.4"), empty if unknown
    QDateTime created;                        // date from the name (UTC midnight), else the file's modification time
    QDateTime modified;                       // file modification time (UTC)
    QString recordedSha256; // lower-case hex from "<file>.sha256" (api::BackupDownloader writes it), or empty
    Verification verification = Verification::NotVerified;
    QString verifyMessage; // for Mismatch / Unreadable / NoChecksum: what is wrong and what to do

    bool hasChecksum() const { return !recordedSha256.isEmpty(); }
    bool isGood() const { return verification == Verification::Verified; }
    // Seconds since `created` (or modified), at `now`.
    qint64 ageSecs(const QDateTime& now) const;
};

QString verificationName(BackupEntry::Verification v); // "verified", "mismatch", ... (for logs and JSON)

// The backups in one folder, newest first. Listing is cheap and synchronous (names, sizes, sidecars: no hashing);
// verification hashes files in a worker thread and reports through signals, never blocking the caller's thread.
// Only files ending in .nsb are listed; everything else in the folder is ignored.
class BackupCatalog : public QObject
{
    Q_OBJECT
public:
    explicit BackupCatalog(const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);
    ~BackupCatalog() override; // stops hashing and waits for the worker

    void setFolder(const QString& folder); // lists it (refresh())
    QString folder() const { return m_folder; }
    // Lists the folder again. Verification results of files that did not change (size, mtime) are kept.
    void refresh();

    const QList<BackupEntry>& entries() const { return m_entries; } // newest first
    const BackupEntry* find(const QString& fileName) const;
    const BackupEntry* newest() const; // nullptr when there is none
    // The newest backup that is not known to be bad (NotVerified or Verified, with a checksum).
    const BackupEntry* newestUsable() const;
    // Age of the newest backup in seconds; nullopt when there is none.
    std::optional<qint64> newestAgeSecs() const;
    // True when there is no backup, or the newest is older than maxAgeSecs.
    bool isStale(qint64 maxAgeSecs) const;

    // Hashes the file(s) in a worker thread; entryChanged() for each, then verificationFinished().
    void verify(const QString& fileName);
    void verifyAll();
    bool isVerifying() const { return !m_pending.isEmpty(); }
    void cancelVerification();

    // Blocking, for tools and rotation: inspects one file (no hashing) / hashes it against its sidecar.
    static BackupEntry inspect(const QString& path);
    static BackupEntry verifyNow(const QString& path, const std::atomic_bool* cancel = nullptr);
    // Lists a folder synchronously, newest first (no hashing).
    static QList<BackupEntry> list(const QString& folder);

signals:
    void refreshed();
    void entryChanged(const QString& fileName);
    void verificationFinished();

private:
    void startVerify(const QString& fileName);
    void onVerified(const QString& fileName, const dr::backup::BackupEntry& result);

    const Clock* m_clock;
    QString m_folder;
    QList<BackupEntry> m_entries;
    QSet<QString> m_pending;
    QThreadPool m_pool;
    std::atomic_bool m_cancel{false};
};

} // namespace dr::backup
