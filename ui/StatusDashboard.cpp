#include "StatusDashboard.h"

#include "api/ApiClient.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

StatusDashboard::StatusDashboard(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("<b>Status of the site's appliances</b>"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setMinimumWidth(m_summary->fontMetrics().horizontalAdvance(tr("All appliances answer.")) + 8);
    m_refreshButton = new QPushButton(tr("&Refresh now"), this);
    m_refreshButton->setAccessibleName(tr("Refresh the status of every appliance now"));
    connect(m_refreshButton, &QPushButton::clicked, this, &StatusDashboard::refresh);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dashboardTable"));
    m_view->setAccessibleName(tr("Appliance status"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DashboardModel::Health, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DashboardModel::Name, QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_summary);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);

    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &StatusDashboard::refresh);
    m_timer.start();
}

void StatusDashboard::addAppliance(const QString& name, const QString& address, api::ApiClient* client)
{
    m_entries.append({name, client, {}});
    ApplianceStatus status;
    status.name = name;
    status.address = address;
    m_model.update(status);
}

bool StatusDashboard::refreshInProgress() const
{
    return m_pending > 0;
}

void StatusDashboard::refresh()
{
    m_model.setNow(QDateTime::currentDateTimeUtc());
    for (Entry& entry : m_entries) {
        if (entry.call)  // the previous round's call to this appliance is still running (it has a timeout)
            continue;
        ApplianceStatus status = *m_model.status(entry.name);
        status.checking = true;
        m_model.update(status);

        auto* call = entry.client->checkHealth();
        entry.call = call;
        ++m_pending;
        const QString name = entry.name;
        connect(call, &api::ApiCall::finished, this, [this, call, name] {
            ApplianceStatus s = *m_model.status(name);
            s.checking = false;
            s.checkedAt = QDateTime::currentDateTimeUtc();
            if (call->ok()) {
                s.health = call->value();
                s.error = {};
            } else {
                s.error = call->error();
            }
            m_model.update(s);
            finishOne();
        });
    }
    m_summary->setText(tr("Checking…"));
}

void StatusDashboard::finishOne()
{
    if (--m_pending > 0)
        return;
    int bad = 0;
    for (const Entry& e : m_entries) {
        const ApplianceStatus* s = m_model.status(e.name);
        if (s && (s->error.isError() || (s->health && !s->health->success)))
            ++bad;
    }
    m_model.setNow(QDateTime::currentDateTimeUtc());
    m_summary->setText(bad == 0 ? tr("All appliances answer.")
                                : tr("Appliances that need attention: %1").arg(bad));
    emit refreshed();
}

} // namespace dr::ui
