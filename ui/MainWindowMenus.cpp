// MainWindow: the menu bar (every entry point with a keyboard shortcut) and the Prepare menu.
#include "MainWindow.h"

#include "Settings.h"
#include "SettingsDialog.h"
#include "SitesPanel.h"
#include "StatusDashboard.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

namespace dr::ui {

QAction* MainWindow::addEntry(QMenu* menu, const QString& text, const QString& name, const QKeySequence& keys,
                              std::function<void()> slot)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QStringLiteral("action:%1").arg(name));
    if (!keys.isEmpty()) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

void MainWindow::buildMenus(QPushButton* prepareButton)
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    addEntry(file, tr("&New site…"), QStringLiteral("newSite"), QKeySequence::New, [this] { newSite(); });
    addEntry(file, tr("&Settings…"), QStringLiteral("settings"), QKeySequence(tr("Ctrl+,")), [this] { showSettings(); });
    file->addSeparator();
    addEntry(file, tr("&Quit"), QStringLiteral("quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* recovery = menuBar()->addMenu(tr("&Recovery"));
    addEntry(recovery, tr("Something is &down…"), QStringLiteral("somethingIsDown"), QKeySequence(tr("Ctrl+D")),
             [this] { showTriage(); });
    addEntry(recovery, tr("Run a dri&ll…"), QStringLiteral("runDrill"), QKeySequence(tr("Ctrl+L")),
             [this] { showDrillPicker(); });

    QMenu* prepare = menuBar()->addMenu(tr("&Prepare"));
    auto fillPrepare = [this](QMenu* menu, bool withKeys) {
        auto keys = [withKeys](const QKeySequence& k) { return withKeys ? k : QKeySequence(); };
        addEntry(menu, tr("Prepare &checklist (guided)…"), QStringLiteral("prepareChecklist"),
                 keys(QKeySequence(tr("Ctrl+Shift+P"))), [this] { openPrepare(); });
        addPrepareTools(menu, withKeys);
        addEntry(menu, tr("Site &profiles"), QStringLiteral("sites"), keys(QKeySequence(tr("Ctrl+2"))),
                 [this] { showSites(); });
        addEntry(menu, tr("&Settings…"), QStringLiteral("prepareSettings"), {}, [this] { showSettings(); });
    };
    fillPrepare(prepare, true);
    auto* buttonMenu = new QMenu(prepareButton);
    fillPrepare(buttonMenu, false);
    prepareButton->setMenu(buttonMenu);

    buildSupportMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    addEntry(view, tr("&Status"), QStringLiteral("status"), QKeySequence(tr("Ctrl+1")), [this] { showDashboard(); });
    addEntry(view, tr("S&ites"), QStringLiteral("viewSites"), {}, [this] { showSites(); });
    addEntry(view, tr("&Refresh the status"), QStringLiteral("refresh"), QKeySequence::Refresh,
             [this] { m_dashboard->refresh(); });
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
