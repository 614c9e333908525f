#pragma once

#include "ApplianceStatus.h"

#include <QAbstractTableModel>

namespace dr::ui {

// One row per appliance: health, failover role, version, last data sync age, the served certificate's expiry, the
// age of the site's last backup, when it was checked. A cell that needs attention says so in words (WARNING,
// EXPIRED, STALE ...) and in colour, so it reads the same on a black-and-white screen or through a screen reader.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Health, Role, Version, LastSync, Certificate, LastBackup, Checked, ColumnCount };

    // Custom role: the CellLevel of a cell, as int.
    static constexpr int LevelRole = Qt::UserRole + 1;

    struct Cell
    {
        QString text;
        CellLevel level = CellLevel::Neutral;
        QString tip;
    };

    explicit DashboardModel(QObject* parent = nullptr);

    void setAppliances(const QList<ApplianceStatus>& rows);
    void update(const ApplianceStatus& status);
    const ApplianceStatus* status(const QString& name) const;
    void setNow(const QDateTime& nowUtc); // ages are shown relative to this
    QDateTime now() const { return m_now; }

    // A backup older than this is stale (default 7 days).
    void setBackupStaleDays(int days);
    int backupStaleDays() const { return m_backupStaleDays; }
    static constexpr int kCertificateWarnDays = 30;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString ageText(qint64 seconds);
    static Cell certificateCell(const std::optional<CertificateStatus>& c, const QDateTime& now);
    static Cell backupCell(const std::optional<BackupStatus>& b, const QDateTime& now, int staleDays);
    // The worst level of a row (health, certificate, backup).
    CellLevel rowLevel(const ApplianceStatus& s) const;

private:
    Cell cell(const ApplianceStatus& s, int column) const;
    QString healthText(const ApplianceStatus& s) const;
    QString roleText(const ApplianceStatus& s) const;
    QString syncText(const ApplianceStatus& s) const;

    QList<ApplianceStatus> m_rows;
    QDateTime m_now;
    int m_backupStaleDays = 7;
};

} // namespace dr::ui
