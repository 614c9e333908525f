#include "DashboardModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

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
        emit dataChanged(index(0, LastSync), index(int(m_rows.size()) - 1, Checked));
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

QString DashboardModel::healthText(const ApplianceStatus& s) const
{
    if (s.error.isError())
        return tr("Not answering: %1").arg(s.error.oneLine());
    if (!s.health)
        return s.checking ? tr("Checking…") : tr("Not checked yet");
    if (!s.health->success)
        return s.health->errorMessage.isEmpty() ? tr("Unhealthy") : tr("Unhealthy: %1").arg(s.health->errorMessage);
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
    if (!s.health->lastSyncStatus.isEmpty())
        text += QStringLiteral(" (%1)").arg(s.health->lastSyncStatus);
    return text;
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ApplianceStatus& s = m_rows[index.row()];
    const bool bad = s.error.isError() || (s.health && !s.health->success);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return s.address.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.address);
        case Health:
            return healthText(s);
        case Role:
            return roleText(s);
        case Version:
            return s.health && !s.error.isError() ? s.health->version : QString();
        case LastSync:
            return syncText(s);
        case Checked:
            return s.checkedAt.isValid() ? ageText(s.checkedAt.secsTo(m_now)) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Health && bad)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && index.column() == Health && bad) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Health && s.error.isError())
        return QString(s.error.message + (s.error.detail.isEmpty() ? QString() : QStringLiteral("\n") + s.error.detail));
    return {};
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
        return tr("Failover role");
    case Version:
        return tr("Version");
    case LastSync:
        return tr("Last data sync");
    case Checked:
        return tr("Checked");
    default:
        return {};
    }
}

} // namespace dr::ui
