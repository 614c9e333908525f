#pragma once

#include "backup/BackupCatalog.h"
#include "support/ProductVersion.h"
#include "support/RestoreCompatibility.h"
#include "support/SupportedUpgrades.h"

#include <QAbstractTableModel>

#include <optional>

namespace dr::ui {

// The .nsb backups of one folder as a table, on top of core/backup BackupCatalog (listing, .sha256 sidecars,
// background hashing): name, product version (from the name), age (stale ones highlighted), size, SHA-256 state,
// and whether the backup can be restored onto a target version (core/support RestoreCompatibility).
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Version, Age, Size, Sha256, Restore, ColumnCount };
    enum Role { StaleRole = Qt::UserRole + 1, VerificationRole, FileNameRole };

    explicit BackupListModel(const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);

    backup::BackupCatalog* catalog() { return &m_catalog; }
    const backup::BackupEntry* entry(int row) const;
    int rowOf(const QString& fileName) const;

    void setFolder(const QString& folder); // lists it and verifies every backup in the background
    void refresh();                        // lists again; new or changed files are verified
    void setStaleAfterDays(int days);
    int staleAfterDays() const { return m_staleDays; }
    qint64 ageSecs(const backup::BackupEntry& e) const;
    bool isStale(const backup::BackupEntry& e) const;
    void setTargetVersion(const std::optional<support::ProductVersion>& target);
    void setSupportedUpgrades(const support::SupportedUpgrades& upgrades);
    // nullopt when no target version is set or the backup's version is unknown.
    std::optional<support::RestoreAssessment> assess(const backup::BackupEntry& e) const;

    QString ageText(const backup::BackupEntry& e) const;
    static QString sizeText(qint64 bytes);
    static QString verificationText(const backup::BackupEntry& e);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void verificationFinished();

private:
    void onRefreshed();
    void onEntryChanged(const QString& fileName);
    QVariant display(const backup::BackupEntry& e, int column) const;
    QVariant background(const backup::BackupEntry& e, int column) const;

    const Clock* m_clock;
    backup::BackupCatalog m_catalog;
    int m_staleDays = 7;
    std::optional<support::ProductVersion> m_target;
    support::SupportedUpgrades m_upgrades;
};

} // namespace dr::ui
