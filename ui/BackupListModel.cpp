#include "BackupListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace dr::ui {

using backup::BackupEntry;

BackupListModel::BackupListModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(&clock), m_catalog(clock)
{
    connect(&m_catalog, &backup::BackupCatalog::refreshed, this, &BackupListModel::onRefreshed);
    connect(&m_catalog, &backup::BackupCatalog::entryChanged, this, &BackupListModel::onEntryChanged);
    connect(&m_catalog, &backup::BackupCatalog::verificationFinished, this, &BackupListModel::verificationFinished);
}

const BackupEntry* BackupListModel::entry(int row) const
{
    const QList<BackupEntry>& all = m_catalog.entries();
    return row >= 0 && row < all.size() ? &all[row] : nullptr;
}

int BackupListModel::rowOf(const QString& fileName) const
{
    const QList<BackupEntry>& all = m_catalog.entries();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].fileName == fileName)
            return i;
    }
    return -1;
}

void BackupListModel::setFolder(const QString& folder)
{
    m_catalog.setFolder(folder);
    m_catalog.verifyAll();
}

void BackupListModel::refresh()
{
    m_catalog.refresh();
    for (const BackupEntry& e : m_catalog.entries()) {
        if (e.verification == BackupEntry::Verification::NotVerified)
            m_catalog.verify(e.fileName);
    }
}

void BackupListModel::setStaleAfterDays(int days)
{
    m_staleDays = days;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 BackupListModel::ageSecs(const BackupEntry& e) const
{
    // The name gives only the day (BackupEntry::created is its UTC midnight): when the file was written that same
    // day, its modification time is the more precise age (a backup downloaded a minute ago is not "18 hours old").
    const bool sameDay =
        e.modified.isValid() && e.created.isValid() && e.modified.date() == e.created.date() && e.modified > e.created;
    return sameDay ? std::max<qint64>(0, e.modified.secsTo(m_clock->nowUtc())) : e.ageSecs(m_clock->nowUtc());
}

bool BackupListModel::isStale(const BackupEntry& e) const
{
    return ageSecs(e) > qint64(m_staleDays) * 86400;
}

void BackupListModel::setTargetVersion(const std::optional<support::ProductVersion>& target)
{
    m_target = target;
    if (rowCount() > 0)
        emit dataChanged(index(0, Restore), index(rowCount() - 1, Restore));
}

void BackupListModel::setSupportedUpgrades(const support::SupportedUpgrades& upgrades)
{
    m_upgrades = upgrades;
    setTargetVersion(m_target);
}

std::optional<support::RestoreAssessment> BackupListModel::assess(const BackupEntry& e) const
{
    if (!m_target || !e.name || !e.name->version.isValid())
        return std::nullopt;
    return support::assessRestore(e.name->version, *m_target, m_upgrades);
}

QString BackupListModel::ageText(const BackupEntry& e) const
{
    const qint64 secs = ageSecs(e);
    const qint64 days = secs / 86400;
    QString text = days >= 1 ? tr("%n day(s)", nullptr, int(days))
                             : (secs >= 3600 ? tr("%n hour(s)", nullptr, int(secs / 3600)) : tr("less than an hour"));
    if (isStale(e))
        text = tr("STALE: %1").arg(text);
    return text;
}

QString BackupListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString BackupListModel::verificationText(const BackupEntry& e)
{
    switch (e.verification) {
    case BackupEntry::Verification::NotVerified:
        return tr("not verified yet");
    case BackupEntry::Verification::Verifying:
        return tr("verifying…");
    case BackupEntry::Verification::Verified:
        return tr("verified %1…").arg(e.recordedSha256.left(16));
    case BackupEntry::Verification::Mismatch:
        return tr("DAMAGED: SHA-256 differs");
    case BackupEntry::Verification::NoChecksum:
        return tr("no .sha256 file");
    case BackupEntry::Verification::Unreadable:
        return tr("UNREADABLE");
    }
    return {};
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.entries().size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::display(const BackupEntry& e, int column) const
{
    switch (column) {
    case Name:
        return e.fileName;
    case Version:
        return e.version.isEmpty() ? tr("unknown") : e.version;
    case Age:
        return ageText(e);
    case Size:
        return sizeText(e.size);
    case Sha256:
        return verificationText(e);
    case Restore: {
        if (!m_target)
            return tr("type a target version");
        const auto a = assess(e);
        if (!a)
            return tr("version unknown");
        switch (a->verdict) {
        case support::RestoreVerdict::SameVersion:
            return tr("OK: same version");
        case support::RestoreVerdict::ListedUpgrade:
            return tr("OK: supported upgrade");
        case support::RestoreVerdict::UnlistedUpgrade:
            return tr("RISK: upgrade not listed");
        case support::RestoreVerdict::Downgrade:
            return tr("NO: newer than the target");
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant BackupListModel::background(const BackupEntry& e, int column) const
{
    const QColor red(0xfd, 0xe7, 0xe9);
    const QColor amber(0xff, 0xf1, 0xc2);
    const QColor green(0xe3, 0xf4, 0xe5);
    if (column == Age && isStale(e))
        return QBrush(amber);
    if (column == Sha256) {
        if (e.verification == BackupEntry::Verification::Verified)
            return QBrush(green);
        if (e.verification == BackupEntry::Verification::Mismatch ||
            e.verification == BackupEntry::Verification::Unreadable)
            return QBrush(red);
        if (e.verification == BackupEntry::Verification::NoChecksum)
            return QBrush(amber);
    }
    if (column == Restore) {
        if (const auto a = assess(e))
            return QBrush(a->compatible() ? green : (a->verdict == support::RestoreVerdict::Downgrade ? red : amber));
    }
    return {};
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    const BackupEntry* e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*e, index.column());
    case Qt::BackgroundRole:
        return background(*e, index.column());
    case Qt::ForegroundRole:
        return background(*e, index.column()).isValid() ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return e->recordedSha256.isEmpty() ? e->verifyMessage
                                               : QString(e->recordedSha256 + QLatin1Char('\n') + e->verifyMessage);
        if (index.column() == Restore) {
            if (const auto a = assess(*e))
                return a->message;
        }
        return e->path;
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StaleRole:
        return isStale(*e);
    case VerificationRole:
        return int(e->verification);
    case FileNameRole:
        return e->fileName;
    default:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Backup file");
    case Version:
        return tr("Version");
    case Age:
        return tr("Age");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case Restore:
        return tr("Restore onto target");
    default:
        break;
    }
    return {};
}

void BackupListModel::onRefreshed()
{
    beginResetModel();
    endResetModel();
}

void BackupListModel::onEntryChanged(const QString& fileName)
{
    const int row = rowOf(fileName);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace dr::ui
