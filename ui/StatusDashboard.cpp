#include "StatusDashboard.h"

#include "SiteBackupScan.h"

#include "api/ApiClient.h"
#include "cert/HostnameMatch.h"
#include "cert/ServedChainProbe.h"

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
    for (Entry& e : m_entries)
        if (e.probe)
            e.probe->abort();
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
    QStringList folders;
    for (Entry& entry : m_entries) {
        refreshHealth(entry);
        refreshCertificate(entry);
        const QString& folder = entry.config.backupFolder;
        if (!folders.contains(folder))
            folders << folder;
    }
    for (const QString& folder : std::as_const(folders))
        refreshBackups(folder);
    if (m_pending > 0)
        m_summary->setText(tr("Checking…"));
}

void StatusDashboard::refreshHealth(Entry& entry)
{
    if (entry.call || !entry.config.client) // the previous round's call is still running (it has a timeout)
        return;
    ApplianceStatus status = *m_model.status(entry.config.name);
    status.checking = true;
    m_model.update(status);

    auto* call = entry.config.client->checkHealth();
    entry.call = call;
    ++m_pending;
    const QString name = entry.config.name;
    connect(call, &api::ApiCall::finished, this, [this, call, name] {
        for (Entry& e : m_entries) // the next round may ask again at once (the call is deleted later)
            if (e.config.name == name && e.call == call)
                e.call = nullptr;
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

void StatusDashboard::refreshCertificate(Entry& entry)
{
    if (entry.probe || entry.config.tlsHost.isEmpty())
        return;
    auto* probe = new cert::ServedChainProbe(this);
    entry.probe = probe;
    ++m_pending;
    const DashboardAppliance config = entry.config;
    connect(probe, &cert::ServedChainProbe::finished, this, [this, probe, config](const cert::ServedChain& served) {
        probe->deleteLater();
        for (Entry& e : m_entries)
            if (e.config.name == config.name && e.probe == probe)
                e.probe = nullptr;
        CertificateStatus c;
        c.hostName = config.tlsName.isEmpty() ? config.tlsHost : config.tlsName;
        c.expectedSha256 = config.expectedCertificateSha256.toLower().remove(QLatin1Char(':'));
        if (!served.ok || served.certificates.empty()) {
            c.error = served.message.isEmpty() ? tr("The appliance presented no certificate.") : served.message;
        } else {
            const cert::CertInfo& leaf = served.certificates.front();
            c.notAfter = leaf.notAfter;
            c.issuedTo = leaf.issuedTo;
            c.sha256 = leaf.sha256;
            c.matchesHost = cert::certificateMatchesHost(leaf, c.hostName);
        }
        ApplianceStatus s = *m_model.status(config.name);
        s.certificate = c;
        m_model.update(s);
        finishOne();
    });
    probe->start(config.tlsHost, config.tlsPort, config.tlsName, 10'000);
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
            s.backup = BackupStatus {};
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
