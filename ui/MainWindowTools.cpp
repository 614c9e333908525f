// MainWindow: the windows of the Prepare menu written elsewhere (backup manager, certificate inspector).
#include "MainWindow.h"

#include "BackupManager.h"
#include "CertificateInspector.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SiteSession.h"
#include "StatusDashboard.h"

#include <QMenu>

namespace dr::ui {

QString MainWindow::currentBackupFolder() const
{
    if (m_site && !m_site->profile().backups.folder.isEmpty())
        return site::resolveProfilePath(m_site->profilePath(), m_site->profile().backups.folder);
    return m_drill ? drillBackupFolder() : QString();
}

QWidget* MainWindow::openBackups()
{
    auto* manager = new BackupManager(this);
    manager->setWindowFlag(Qt::Window);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->setWindowTitle(tr("Backups"));
    manager->setStaleAfterDays(m_settings->backupStaleDays());
    const QString folder = currentBackupFolder();
    if (!folder.isEmpty())
        manager->setFolder(folder);
    manager->resize(900, 520);
    manager->show();
    return manager;
}

QDialog* MainWindow::openCertificates()
{
    auto* inspector = new CertificateInspector(this);
    inspector->setAttribute(Qt::WA_DeleteOnClose);
    if (m_site && !m_site->profile().site.fqdn.isEmpty())
        inspector->setFqdn(m_site->profile().site.fqdn);
    inspector->show();
    return inspector;
}

SettingsDialog* MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(*m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        m_dashboard->setBackupStaleDays(m_settings->backupStaleDays());
        reloadSites();
    });
    dialog->show();
    return dialog;
}

} // namespace dr::ui
