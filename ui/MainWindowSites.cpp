// MainWindow: the Sites tab, a real site's dashboard built from its profile, and the site profile editor.
#include "MainWindow.h"

#include "DrillBanner.h"
#include "DrillSession.h"
#include "Settings.h"
#include "SiteEditor.h"
#include "SiteSession.h"
#include "SitesPanel.h"
#include "StatusDashboard.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {

SitesPanel* MainWindow::sitesPanel()
{
    if (m_sites)
        return m_sites;
    m_sites = new SitesPanel(m_sitesPage);
    m_sites->setObjectName(QStringLiteral("sitesPanel"));
    m_sitesPage->layout()->addWidget(m_sites);
    m_sites->setVisible(true); // (SitesPanel::show() is its own)
    connect(m_sites, &SitesPanel::openRequested, this, &MainWindow::openSite);
    connect(m_sites, &SitesPanel::editRequested, this, &MainWindow::editSite);
    connect(m_sites, &SitesPanel::newRequested, this, [this] { newSite(); });
    connect(m_sites, &SitesPanel::addRequested, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Add a site profile"), QString(),
                                                          tr("Site profiles (*.json);;All files (*)"));
        if (file.isEmpty())
            return;
        m_settings->addSiteFile(file);
        reloadSites();
    });
    connect(m_sites, &SitesPanel::removeRequested, this, [this](const QString& path) {
        m_settings->removeSiteFile(path);
        reloadSites();
    });
    connect(m_sites, &SitesPanel::reloaded, this, &MainWindow::updateHint);
    reloadSites();
    return m_sites;
}

void MainWindow::reloadSites()
{
    if (m_sites)
        m_sites->reload(m_settings->siteFiles(), runDirectory(), m_settings->drillReminderDays(),
                        m_settings->backupStaleDays());
}

void MainWindow::showSites()
{
    m_tabs->setCurrentWidget(m_sitesPage);
    sitesPanel()->table()->setFocus();
}

bool MainWindow::openSite(const QString& profilePath)
{
    const SiteSummary* summary = nullptr;
    for (const SiteSummary& s : sitesPanel()->summaries())
        if (s.path == profilePath)
            summary = &s;
    if (!summary || !summary->profile) {
        showProblem(tr("The site cannot open"),
                    summary ? summary->error
                            : tr("%1 is not in the Sites list yet (or is still being read). Add it, then open it.")
                                  .arg(profilePath));
        return false;
    }
    if (m_drill) { // a real site replaces the drill: its wizards close, their journals stay resumable
        closeDrillWizards();
        replaceDashboard(new StatusDashboard(this), nullptr);
        delete m_drill; // after the dashboard that polled its lab
        m_drill = nullptr;
        m_drillTopology.clear();
        m_banner->hide();
    }
    replaceDashboard(new StatusDashboard(this), nullptr); // the old dashboard polls the old session's clients
    // A wizard still running on the previous site keeps its session (and its API clients) until it closes.
    m_siteOwner = std::make_shared<SiteSession>();
    m_site = m_siteOwner.get();
    connect(m_site, &SiteSession::ready, this, [this, session = m_site] { siteReady(session); });
    m_site->start(*summary->profile, profilePath);
    setWindowTitle(tr("%1 — Appliance DR Runbook").arg(summary->name()));
    statusBar()->showMessage(tr("Opening %1: reading the API secrets from the keychain…").arg(summary->name()));
    updateHint();
    return true;
}

void MainWindow::siteReady(SiteSession* session)
{
    if (session != m_site)
        return;
    auto* dashboard = new StatusDashboard(this);
    dashboard->setBackupStaleDays(m_settings->backupStaleDays());
    dashboard->setTitle(tr("Status of %1").arg(session->profile().site.name));
    for (const DashboardAppliance& a : session->appliances())
        dashboard->addAppliance(a);
    replaceDashboard(dashboard, nullptr);
    showDashboard();
    statusBar()->showMessage(
        tr("%1: %n appliance(s).", nullptr, int(session->appliances().size())).arg(session->profile().site.name),
        10'000);
    QTimer::singleShot(0, m_dashboard, &StatusDashboard::refresh);
}

SiteEditor* MainWindow::editSite(const QString& profilePath)
{
    auto* editor = new SiteEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!editor->openFile(profilePath, &error)) {
        delete editor;
        showProblem(tr("The site profile cannot open"), error);
        return nullptr;
    }
    connect(editor, &SiteEditor::saved, this, [this](const QString& path) {
        m_settings->addSiteFile(path);
        reloadSites();
    });
    editor->show();
    return editor;
}

SiteEditor* MainWindow::newSite(const QString& profilePath)
{
    QString path = profilePath;
    if (path.isEmpty())
        path =
            QFileDialog::getSaveFileName(this, tr("New site profile"), tr("site.json"), tr("Site profiles (*.json)"));
    if (path.isEmpty())
        return nullptr;
    auto* editor = new SiteEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->newProfile(path);
    connect(editor, &SiteEditor::saved, this, [this](const QString& saved) {
        m_settings->addSiteFile(saved);
        reloadSites();
    });
    editor->show();
    return editor;
}

} // namespace dr::ui
