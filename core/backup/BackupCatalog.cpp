#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace dr::backup {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

QString readSidecar(const QString& path)
{
    QFile f(path + QStringLiteral(".sha256"));
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4096)
        return {};
    static const QRegularExpression re(QStringLiteral("^([0-9A-Fa-f]{64})\\b"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(f.readAll()).trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

qint64 BackupEntry::ageSecs(const QDateTime& now) const
{
    const QDateTime from = created.isValid() ? created : modified;
    return std::max<qint64>(0, from.secsTo(now));
}

QString verificationName(BackupEntry::Verification v)
{
    switch (v) {
    case BackupEntry::Verification::NotVerified:
        return QStringLiteral("not_verified");
    case BackupEntry::Verification::Verifying:
        return QStringLiteral("verifying");
    case BackupEntry::Verification::Verified:
        return QStringLiteral("verified");
    case BackupEntry::Verification::Mismatch:
        return QStringLiteral("mismatch");
    case BackupEntry::Verification::NoChecksum:
        return QStringLiteral("no_checksum");
    case BackupEntry::Verification::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

BackupCatalog::BackupCatalog(const Clock& clock, QObject* parent) : QObject(parent), m_clock(&clock)
{
    m_pool.setMaxThreadCount(1);
}

BackupCatalog::~BackupCatalog()
{
    m_cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
}

BackupEntry BackupCatalog::inspect(const QString& path)
{
    const QFileInfo info(path);
    BackupEntry e;
    e.path = info.absoluteFilePath();
    e.fileName = info.fileName();
    e.size = info.size();
    e.modified = info.lastModified().toUTC();
    e.name = support::NsbFileName::parse(e.fileName);
    if (e.name) {
        e.version = e.name->version.toString();
        if (e.name->date.isValid())
            e.created = QDateTime(e.name->date, QTime(0, 0), Qt::UTC);
    }
    if (!e.created.isValid())
        e.created = e.modified;
    e.recordedSha256 = readSidecar(e.path);
    if (!e.hasChecksum()) {
        e.verification = BackupEntry::Verification::NoChecksum;
        e.verifyMessage = tr("No .sha256 file beside it, so it cannot be verified; download a fresh backup.");
    }
    return e;
}

BackupEntry BackupCatalog::verifyNow(const QString& path, const std::atomic_bool* cancel)
{
    BackupEntry e = inspect(path);
    if (!e.hasChecksum())
        return e;
    QFile f(e.path);
    if (!f.open(QIODevice::ReadOnly)) {
        e.verification = BackupEntry::Verification::Unreadable;
        e.verifyMessage = tr("Cannot read it (%1); check the permissions.").arg(f.errorString());
        return e;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!f.atEnd()) {
        if (cancel && *cancel) {
            e.verification = BackupEntry::Verification::NotVerified;
            return e;
        }
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError) {
            e.verification = BackupEntry::Verification::Unreadable;
            e.verifyMessage = tr("Reading it failed (%1); check the disk.").arg(f.errorString());
            return e;
        }
        hash.addData(chunk);
    }
    if (QString::fromLatin1(hash.result().toHex()) == e.recordedSha256) {
        e.verification = BackupEntry::Verification::Verified;
        e.verifyMessage.clear();
    } else {
        e.verification = BackupEntry::Verification::Mismatch;
        e.verifyMessage = tr("Its SHA-256 differs from the .sha256 file: the backup is damaged or was changed. Do "
                             "not restore it; download a fresh backup.");
    }
    return e;
}

QList<BackupEntry> BackupCatalog::list(const QString& folder)
{
    QList<BackupEntry> out;
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& info : files) {
        if (!info.fileName().endsWith(QStringLiteral(".nsb"), Qt::CaseInsensitive) || info.isSymLink())
            continue;
        out << inspect(info.absoluteFilePath());
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupEntry& a, const BackupEntry& b) {
        if (a.created != b.created)
            return a.created > b.created;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.fileName > b.fileName;
    });
    return out;
}

void BackupCatalog::setFolder(const QString& folder)
{
    cancelVerification();
    m_folder = folder;
    m_entries.clear();
    refresh();
}

void BackupCatalog::refresh()
{
    QList<BackupEntry> fresh = m_folder.isEmpty() ? QList<BackupEntry>() : list(m_folder);
    for (BackupEntry& e : fresh) {
        const BackupEntry* old = find(e.fileName);
        if (old && old->size == e.size && old->modified == e.modified && old->recordedSha256 == e.recordedSha256 &&
            e.hasChecksum()) {
            e.verification = old->verification;
            e.verifyMessage = old->verifyMessage;
        }
        if (m_pending.contains(e.fileName))
            e.verification = BackupEntry::Verification::Verifying;
    }
    m_entries = fresh;
    emit refreshed();
}

const BackupEntry* BackupCatalog::find(const QString& fileName) const
{
    for (const BackupEntry& e : m_entries) {
        if (e.fileName == fileName)
            return &e;
    }
    return nullptr;
}

const BackupEntry* BackupCatalog::newest() const
{
    return m_entries.isEmpty() ? nullptr : &m_entries.first();
}

const BackupEntry* BackupCatalog::newestUsable() const
{
    for (const BackupEntry& e : m_entries) {
        if (e.hasChecksum() && (e.verification == BackupEntry::Verification::Verified ||
                                e.verification == BackupEntry::Verification::NotVerified ||
                                e.verification == BackupEntry::Verification::Verifying))
            return &e;
    }
    return nullptr;
}

std::optional<qint64> BackupCatalog::newestAgeSecs() const
{
    if (m_entries.isEmpty())
        return std::nullopt;
    return m_entries.first().ageSecs(m_clock->nowUtc());
}

bool BackupCatalog::isStale(qint64 maxAgeSecs) const
{
    const auto age = newestAgeSecs();
    return !age || *age > maxAgeSecs;
}

void BackupCatalog::verify(const QString& fileName)
{
    startVerify(fileName);
}

void BackupCatalog::verifyAll()
{
    for (const BackupEntry& e : m_entries)
        startVerify(e.fileName);
    if (m_pending.isEmpty())
        emit verificationFinished();
}

void BackupCatalog::startVerify(const QString& fileName)
{
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const BackupEntry& e) { return e.fileName == fileName; });
    if (it == m_entries.end() || m_pending.contains(fileName) || !it->hasChecksum())
        return;
    m_cancel = false;
    m_pending.insert(fileName);
    it->verification = BackupEntry::Verification::Verifying;
    emit entryChanged(fileName);
    const QString path = it->path;
    m_pool.start([this, path, fileName] {
        const BackupEntry result = verifyNow(path, &m_cancel);
        // The destructor waits for this worker, so `this` outlives the call; the queued slot runs in our thread.
        QMetaObject::invokeMethod(
            this, [this, fileName, result] { onVerified(fileName, result); }, Qt::QueuedConnection);
    });
}

void BackupCatalog::onVerified(const QString& fileName, const BackupEntry& result)
{
    if (!m_pending.remove(fileName))
        return;
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const BackupEntry& e) { return e.fileName == fileName; });
    if (it != m_entries.end()) {
        if (it->size == result.size && it->modified == result.modified)
            *it = result;
        else
            it->verification = BackupEntry::Verification::NotVerified; // changed meanwhile: verify again
        emit entryChanged(fileName);
    }
    if (m_pending.isEmpty())
        emit verificationFinished();
}

void BackupCatalog::cancelVerification()
{
    if (m_pending.isEmpty())
        return;
    m_cancel = true;
    m_pool.clear();
    m_pool.waitForDone();
    for (BackupEntry& e : m_entries) {
        if (m_pending.contains(e.fileName))
            e.verification = BackupEntry::Verification::NotVerified;
    }
    m_pending.clear();
    m_cancel = false;
    emit verificationFinished();
}

} // namespace dr::backup

// Its meta-object here, not in drcore_backup's moc unit with ScheduledBackup's: the GUI's first window lists
// backups (SiteBackupScan) and must not pull in the scheduled download (TLS, keychain).
#include "moc_BackupCatalog.cpp"
