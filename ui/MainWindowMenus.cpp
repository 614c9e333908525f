// MainWindow: the menu bar (every entry point with a keyboard shortcut) and the Prepare menu. Each entry runs its
// feature through AppFeatures.
#include "MainWindow.h"

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
    addEntry(file, tr("&New site…"), QStringLiteral("newSite"), QKeySequence::New,
             [this] { runFeature(AppFeatures::Action::NewSite); });
    addEntry(file, tr("&Settings…"), QStringLiteral("settings"), QKeySequence(tr("Ctrl+,")),
             [this] { runFeature(AppFeatures::Action::Settings); });
    file->addSeparator();
    addEntry(file, tr("&Quit"), QStringLiteral("quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* recovery = menuBar()->addMenu(tr("&Recovery"));
    addEntry(recovery, tr("Something is &down…"), QStringLiteral("somethingIsDown"), QKeySequence(tr("Ctrl+D")),
             [this] { runFeature(AppFeatures::Action::Triage); });
    addEntry(recovery, tr("Run a dri&ll…"), QStringLiteral("runDrill"), QKeySequence(tr("Ctrl+L")),
             [this] { runFeature(AppFeatures::Action::DrillPicker); });

    QMenu* prepare = menuBar()->addMenu(tr("&Prepare"));
    auto fillPrepare = [this](QMenu* menu, bool withKeys) {
        auto keys = [withKeys](const QKeySequence& k) { return withKeys ? k : QKeySequence(); };
        addEntry(menu, tr("Prepare &checklist (guided)…"), QStringLiteral("prepareChecklist"),
                 keys(QKeySequence(tr("Ctrl+Shift+P"))), [this] { runFeature(AppFeatures::Action::PrepareChecklist); });
        addPrepareTools(menu, withKeys);
        addEntry(menu, tr("Site &profiles"), QStringLiteral("sites"), keys(QKeySequence(tr("Ctrl+2"))),
                 [this] { runFeature(AppFeatures::Action::Sites); });
        addEntry(menu, tr("&Settings…"), QStringLiteral("prepareSettings"), {},
                 [this] { runFeature(AppFeatures::Action::Settings); });
    };
    fillPrepare(prepare, true);
    auto* buttonMenu = new QMenu(prepareButton);
    fillPrepare(buttonMenu, false);
    prepareButton->setMenu(buttonMenu);

    buildSupportMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    addEntry(view, tr("&Status"), QStringLiteral("status"), QKeySequence(tr("Ctrl+1")), [this] { showDashboard(); });
    addEntry(view, tr("S&ites"), QStringLiteral("viewSites"), {}, [this] { runFeature(AppFeatures::Action::Sites); });
    addEntry(view, tr("&Refresh the status"), QStringLiteral("refresh"), QKeySequence::Refresh,
             [this] { m_dashboard->refresh(); });
}

void MainWindow::buildSupportMenu()
{
    QMenu* support = menuBar()->addMenu(tr("&Support"));
    addEntry(support, tr("Compose the &incident for the vendor…"), QStringLiteral("incident"),
             QKeySequence(tr("Ctrl+I")), [this] { runFeature(AppFeatures::Action::Incident); });
    addEntry(support, tr("&RMA request…"), QStringLiteral("rma"), {}, [this] { runFeature(AppFeatures::Action::Rma); });
    support->addSeparator();
    addEntry(support, tr("Print a &checklist…"), QStringLiteral("printChecklist"), QKeySequence::Print,
             [this] { runFeature(AppFeatures::Action::PrintChecklist); });
    addEntry(support, tr("Print the DR &binder…"), QStringLiteral("printBinder"), {},
             [this] { runFeature(AppFeatures::Action::PrintBinder); });
    addEntry(support, tr("Print the run &report…"), QStringLiteral("printReport"), {},
             [this] { runFeature(AppFeatures::Action::PrintReport); });
}

void MainWindow::addPrepareTools(QMenu* menu, bool withKeys)
{
    auto keys = [withKeys](const QKeySequence& k) { return withKeys ? k : QKeySequence(); };
    addEntry(menu, tr("&Backups…"), QStringLiteral("backups"), keys(QKeySequence(tr("Ctrl+B"))),
             [this] { runFeature(AppFeatures::Action::Backups); });
    addEntry(menu, tr("C&ertificates…"), QStringLiteral("certificates"), keys(QKeySequence(tr("Ctrl+Shift+C"))),
             [this] { runFeature(AppFeatures::Action::Certificates); });
}

} // namespace dr::ui
