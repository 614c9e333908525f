#include "StatusDashboard.h"

#include "AppFeatures.h"
#include "SiteBackupScan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

StatusDashboard::StatusDashboard(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel(tr("<b>Status of the site's appliances</b>"), this);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_refreshButton = new QPushButton(tr("&Refresh now"), this);
    m_refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the status of every appliance now"));
    connect(m_refreshButton, &QPushButton::clicked, this, &StatusDashboard::refresh);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dashboardTable"));
    m_view->setAccessibleName(tr("Appliance status"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // The summary line says when it was checked; the version is in the name's tooltip.
    m_view->setColumnHidden(DashboardModel::Checked, true);
    m_view->setColumnHidden(DashboardModel::Version, true);
    m_view->setWordWrap(false);

    m_summary->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &StatusDashboard::refresh);
    m_timer.start();
}

StatusDashboard::~StatusDashboard()
{
    // Appliances are added by the features (or a test linking them): no entry, no probe.
    if (AppFeatures* features = m_entries.isEmpty() ? nullptr : loadedAppFeatures())
        features->abortProbes(*this);
}

void StatusDashboard::setTitle(const QString& title)
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
}

void StatusDashboard::addAppliance(const QString& name, const QString& address, api::ApiClient* client)
{
    DashboardAppliance a;
    a.name = name;
    a.address = address;
    a.client = client;
    addAppliance(a);
}

void StatusDashboard::addAppliance(const DashboardAppliance& appliance)
{
    m_entries.append({appliance, {}, {}});
    ApplianceStatus status;
    status.name = appliance.name;
    status.address = appliance.address;
    status.healthNote = appliance.client ? QString() : appliance.healthNote;
    m_model.update(status);
}

bool StatusDashboard::refreshInProgress() const
{
    return m_pending > 0;
}

void StatusDashboard::refresh()
{
    m_model.setNow(QDateTime::currentDateTimeUtc());
    if (m_entries.isEmpty())
        return;
    if (AppFeatures* features = appFeatures())
        features->refreshProbes(*this); // health calls and certificate reads
    QStringList folders;
    for (const Entry& entry : std::as_const(m_entries)) {
        const QString& folder = entry.config.backupFolder;
        if (!folders.contains(folder))
            folders << folder;
    }
    for (const QString& folder : std::as_const(folders))
        refreshBackups(folder);
    if (m_pending > 0)
        m_summary->setText(tr("Checking…"));
}

void StatusDashboard::refreshBackups(const QString& folder)
{
    if (m_scanning.contains(folder))
        return;
    if (folder.isEmpty()) { // nothing to list: say so on every row of that site
        for (const Entry& e : std::as_const(m_entries)) {
            if (!e.config.backupFolder.isEmpty())
                continue;
            ApplianceStatus s = *m_model.status(e.config.name);
            s.backup = BackupStatus{};
            m_model.update(s);
        }
        return;
    }
    m_scanning << folder;
    ++m_pending;
    SiteBackupScan::start(folder, this, [this, folder](const BackupStatus& result) {
        m_scanning.removeAll(folder);
        for (const Entry& e : std::as_const(m_entries)) {
            if (e.config.backupFolder != folder)
                continue;
            ApplianceStatus s = *m_model.status(e.config.name);
            s.backup = result;
            m_model.update(s);
        }
        finishOne();
    });
}

void StatusDashboard::finishOne()
{
    if (--m_pending > 0)
        return;
    int errors = 0;
    int warnings = 0;
    for (const Entry& e : std::as_const(m_entries)) {
        const ApplianceStatus* s = m_model.status(e.config.name);
        const CellLevel level = s ? m_model.rowLevel(*s) : CellLevel::Neutral;
        errors += level == CellLevel::Error ? 1 : 0;
        warnings += level == CellLevel::Warning ? 1 : 0;
    }
    m_model.setNow(QDateTime::currentDateTimeUtc());
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("All appliances answer; nothing needs attention (checked at %1).").arg(when));
    else
        m_summary->setText(tr("Need attention: %1 with errors, %2 with warnings (checked at %3). Point at a cell "
                              "for what to do.")
                               .arg(errors)
                               .arg(warnings)
                               .arg(when));
    emit refreshed();
}

} // namespace dr::ui
