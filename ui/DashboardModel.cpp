#include "DashboardModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace dr::ui {

DashboardModel::DashboardModel(QObject* parent) : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{
}

void DashboardModel::setAppliances(const QList<ApplianceStatus>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void DashboardModel::update(const ApplianceStatus& status)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == status.name) {
            m_rows[i] = status;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(status);
    endInsertRows();
}

const ApplianceStatus* DashboardModel::status(const QString& name) const
{
    for (const ApplianceStatus& s : m_rows)
        if (s.name == name)
            return &s;
    return nullptr;
}

void DashboardModel::setNow(const QDateTime& nowUtc)
{
    m_now = nowUtc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void DashboardModel::setBackupStaleDays(int days)
{
    m_backupStaleDays = qMax(1, days);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastBackup), index(int(m_rows.size()) - 1, LastBackup));
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardModel::ageText(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 90)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 90 * 60)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 36 * 3600)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 days ago").arg(seconds / 86400);
}

DashboardModel::Cell DashboardModel::certificateCell(const std::optional<CertificateStatus>& c, const QDateTime& now)
{
    if (!c)
        return {tr("Not checked yet"), CellLevel::Neutral, {}};
    if (!c->error.isEmpty())
        return {tr("UNKNOWN: not read"), CellLevel::Warning, c->error};
    const QString tip = tr("Issued to %1, valid until %2 UTC.\nSHA-256 %3")
                            .arg(c->issuedTo, c->notAfter.toString(Qt::ISODate), c->sha256);
    if (!c->matchesHost)
        return {tr("WRONG NAME: %1").arg(c->issuedTo), CellLevel::Error,
                tip + QLatin1Char('\n') + tr("Issued to %1, not %2.").arg(c->issuedTo, c->hostName) +
                    QLatin1Char(' ') +
                    tr("Restore the site's certificate from the certificate backup (/appliance > Security > "
                       "Certificates).")};
    if (!c->matchesBackup())
        return {tr("MISMATCH with the backup"), CellLevel::Error,
                tip + QLatin1Char('\n') +
                    tr("The certificate backup has SHA-256 %1. Import the backup's .p12 on this appliance, or record "
                       "the new certificate's fingerprint in the site profile.")
                        .arg(c->expectedSha256)};
    const qint64 secs = now.secsTo(c->notAfter);
    if (secs <= 0)
        return {tr("EXPIRED %n day(s) ago", nullptr, int(-secs / 86400)), CellLevel::Error,
                tip + QLatin1Char('\n') + tr("Renew the certificate now: clients refuse to connect.")};
    const int days = int(secs / 86400);
    if (days < kCertificateWarnDays)
        return {tr("EXPIRES SOON: %n day(s)", nullptr, days), CellLevel::Warning,
                tip + QLatin1Char('\n') + tr("Renew the certificate and export a new certificate backup.")};
    return {tr("OK: %n day(s) left", nullptr, days), CellLevel::Ok, tip};
}

DashboardModel::Cell DashboardModel::backupCell(const std::optional<BackupStatus>& b, const QDateTime& now,
                                                int staleDays)
{
    if (!b)
        return {tr("Not checked yet"), CellLevel::Neutral, {}};
    if (b->folder.isEmpty())
        return {tr("No backup folder set"), CellLevel::Neutral,
                tr("Set the site's backup folder in the site profile to see the age of its last backup.")};
    if (!b->error.isEmpty())
        return {tr("UNKNOWN: no folder"), CellLevel::Warning, b->error};
    if (b->count == 0)
        return {tr("NO BACKUP"), CellLevel::Error,
                tr("No .nsb backup in %1. Download one now (Prepare > Backups) and schedule drrunbook-cli backup.")
                    .arg(b->folder)};
    const qint64 secs = b->newestAt.secsTo(now);
    const QString tip = tr("%1\nin %2 (%n backup(s) there)", nullptr, b->count).arg(b->newestFile, b->folder);
    if (secs > qint64(staleDays) * 86400)
        return {tr("STALE: %1").arg(ageText(secs)), CellLevel::Warning,
                tip + QLatin1Char('\n') +
                    tr("Older than %n day(s): download a backup now and check that the scheduled backup still runs.",
                       nullptr, staleDays)};
    return {tr("OK: %1").arg(ageText(secs)), CellLevel::Ok, tip};
}

// Short enough for the table; the whole reason and what to do are in the tooltip.
QString DashboardModel::healthText(const ApplianceStatus& s) const
{
    using K = api::ApiError::Kind;
    if (s.error.isError()) {
        switch (s.error.kind) {
        case K::Network:
            return tr("Not answering: down");
        case K::Timeout:
            return tr("Not answering: timeout");
        case K::Tls:
            return tr("Not answering: TLS");
        case K::Auth:
        case K::Permission:
            return tr("Refused: API account");
        default:
            return tr("Not answering: error");
        }
    }
    if (!s.health && !s.healthNote.isEmpty())
        return tr("Not asked");
    if (!s.health)
        return s.checking ? tr("Checking…") : tr("Not checked yet");
    if (!s.health->success)
        return tr("UNHEALTHY");
    return tr("Healthy");
}

QString DashboardModel::roleText(const ApplianceStatus& s) const
{
    if (!s.health || s.error.isError())
        return tr("unknown");
    const QString& r = s.health->failoverRole;
    if (r == QLatin1String("primary"))
        return tr("Primary");
    if (r == QLatin1String("backup"))
        return tr("Backup");
    if (r == QLatin1String("none") || r.isEmpty())
        return tr("No failover");
    return r;
}

QString DashboardModel::syncText(const ApplianceStatus& s) const
{
    if (!s.health || !s.health->lastSyncTime)
        return s.health && s.health->failoverConfigured() ? tr("never") : QStringLiteral("—");
    QString text = ageText(s.health->lastSyncTime->secsTo(m_now));
    if (!s.health->lastSyncStatus.isEmpty() && s.health->lastSyncStatus != QLatin1String("success"))
        text = tr("%1: %2").arg(s.health->lastSyncStatus.toUpper(), text);
    return text;
}

DashboardModel::Cell DashboardModel::cell(const ApplianceStatus& s, int column) const
{
    switch (column) {
    case Name: {
        QString tip = s.address;
        if (s.health && !s.error.isError() && !s.health->version.isEmpty())
            tip += QLatin1Char('\n') + tr("Version %1").arg(s.health->version);
        return {s.name, CellLevel::Neutral, tip.trimmed()};
    }
    case Health: {
        const bool bad = s.error.isError() || (s.health && !s.health->success);
        QString tip;
        if (s.error.isError())
            tip = s.error.message + (s.error.detail.isEmpty() ? QString() : QStringLiteral("\n") + s.error.detail);
        else if (s.health && !s.health->success)
            tip = s.health->errorMessage;
        else if (!s.health)
            tip = s.healthNote;
        const CellLevel none = s.healthNote.isEmpty() ? CellLevel::Neutral : CellLevel::Warning;
        return {healthText(s), bad ? CellLevel::Error : (s.health ? CellLevel::Ok : none), tip};
    }
    case Role:
        return {roleText(s), CellLevel::Neutral, {}};
    case Version:
        return {s.health && !s.error.isError() ? s.health->version : QString(), CellLevel::Neutral, {}};
    case LastSync: {
        const bool failed = s.health && !s.health->lastSyncStatus.isEmpty() &&
                            s.health->lastSyncStatus != QLatin1String("success");
        return {syncText(s), failed ? CellLevel::Warning : CellLevel::Neutral, {}};
    }
    case Certificate:
        return certificateCell(s.certificate, m_now);
    case LastBackup:
        return backupCell(s.backup, m_now, m_backupStaleDays);
    case Checked:
        return {s.checkedAt.isValid() ? ageText(s.checkedAt.secsTo(m_now)) : QString(), CellLevel::Neutral, {}};
    default:
        return {};
    }
}

CellLevel DashboardModel::rowLevel(const ApplianceStatus& s) const
{
    CellLevel worst = CellLevel::Neutral;
    for (int column : {int(Health), int(LastSync), int(Certificate), int(LastBackup)})
        worst = std::max(worst, cell(s, column).level);
    return worst;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Cell c = cell(m_rows[index.row()], index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return c.tip.isEmpty() ? QVariant() : QVariant(c.tip);
    case LevelRole:
        return int(c.level);
    case Qt::ForegroundRole:
        if (c.level == CellLevel::Error)
            return QBrush(QColor(0xa4, 0x00, 0x0f));
        if (c.level == CellLevel::Warning)
            return QBrush(QColor(0x5c, 0x3c, 0x00));
        if (c.level == CellLevel::Ok)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (c.level == CellLevel::Error)
            return QBrush(QColor(0xfd, 0xe7, 0xe9));
        if (c.level == CellLevel::Warning)
            return QBrush(QColor(0xff, 0xf4, 0xce));
        return {};
    case Qt::FontRole:
        if (c.level == CellLevel::Error || c.level == CellLevel::Warning) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        if (c.level == CellLevel::Error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (c.level == CellLevel::Warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Appliance");
    case Health:
        return tr("Health");
    case Role:
        return tr("Role");
    case Version:
        return tr("Version");
    case LastSync:
        return tr("Data sync");
    case Certificate:
        return tr("Certificate");
    case LastBackup:
        return tr("Last backup");
    case Checked:
        return tr("Checked");
    default:
        return {};
    }
}

} // namespace dr::ui
