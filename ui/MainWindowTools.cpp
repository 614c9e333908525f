// MainWindow: the windows of the Prepare menu written elsewhere (backup manager, certificate inspector).
#include "MainWindow.h"

#include "BackupManager.h"
#include "CertificateInspector.h"
#include "Settings.h"
#include "SiteSession.h"

#include <QMenu>

namespace dr::ui {

void MainWindow::addPrepareTools(QMenu* menu, bool withKeys)
{
    auto keys = [withKeys](const QKeySequence& k) { return withKeys ? k : QKeySequence(); };
    addEntry(menu, tr("&Backups…"), QStringLiteral("backups"), keys(QKeySequence(tr("Ctrl+B"))),
             [this] { openBackups(); });
    addEntry(menu, tr("C&ertificates…"), QStringLiteral("certificates"), keys(QKeySequence(tr("Ctrl+Shift+C"))),
             [this] { openCertificates(); });
}

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

} // namespace dr::ui
