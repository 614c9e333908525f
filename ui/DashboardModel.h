#pragma once

#include "ApplianceStatus.h"

#include <QAbstractTableModel>

namespace dr::ui {

// One row per appliance: health, failover role, version, last data sync age, when it was checked.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Health, Role, Version, LastSync, Checked, ColumnCount };

    explicit DashboardModel(QObject* parent = nullptr);

    void setAppliances(const QList<ApplianceStatus>& rows);
    void update(const ApplianceStatus& status);
    const ApplianceStatus* status(const QString& name) const;
    void setNow(const QDateTime& nowUtc);  // ages are shown relative to this

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString ageText(qint64 seconds);

private:
    QString healthText(const ApplianceStatus& s) const;
    QString roleText(const ApplianceStatus& s) const;
    QString syncText(const ApplianceStatus& s) const;

    QList<ApplianceStatus> m_rows;
    QDateTime m_now;
};

} // namespace dr::ui
