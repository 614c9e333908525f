#pragma once

#include "DashboardModel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dr::api {
class ApiClient;
class ApiCall;
}

namespace dr::ui {

// Each appliance's health, failover role, version and last sync age, refreshed in the background through
// check_health. Never blocks: each refresh is an asynchronous call per appliance.
class StatusDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit StatusDashboard(QWidget* parent = nullptr);

    void addAppliance(const QString& name, const QString& address, api::ApiClient* client);
    void setRefreshIntervalMs(int ms) { m_timer.setInterval(ms); }
    DashboardModel* model() { return &m_model; }
    bool refreshInProgress() const;

public slots:
    void refresh();

signals:
    void refreshed();  // every appliance of the round has answered or failed

private:
    struct Entry
    {
        QString name;
        api::ApiClient* client = nullptr;
        QPointer<api::ApiCall> call;
    };
    void finishOne();

    DashboardModel m_model;
    QList<Entry> m_entries;
    QTimer m_timer;
    QTableView* m_view = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_summary = nullptr;
    int m_pending = 0;
};

} // namespace dr::ui
