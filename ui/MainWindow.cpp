#include "MainWindow.h"

// The first window: what it shows needs Qt Widgets only. Everything it opens or starts is reached through
// AppFeatures (see AppFeatures.h); MainWindowDrill.cpp, MainWindowSites.cpp, MainWindowSupport.cpp and
// MainWindowTools.cpp hold those parts of MainWindow.
#include "DrillBanner.h"
#include "DrillSession.h"
#include "RmaReminderBanner.h"
#include "Settings.h"
#include "StatusDashboard.h"
#include "WizardRunsPanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace dr::ui {
namespace {

// When the window has not been painted by then (started hidden, say), afterFirstPaint() runs anyway.
constexpr int kFirstPaintFallbackMs = 500;

QPushButton* entryButton(const QString& text, const QString& name, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleDescription(tip);
    b->setMinimumHeight(48);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    b->setFont(f);
    return b;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_settings(std::make_unique<AppSettings>())
{
    setWindowTitle(tr("Appliance DR Runbook"));
    resize(1100, 640);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new DrillBanner(central);
    m_banner->hide();
    layout->addWidget(m_banner);
    addRmaBanner(layout); // the defective appliances still to send back (hidden when there are none)

    auto* entries = new QHBoxLayout;
    entries->setContentsMargins(12, 12, 12, 4);
    QPushButton* down = entryButton(tr("Something is &down"), QStringLiteral("somethingIsDown"),
                                    tr("A few questions pick the recovery guide for what failed."), central);
    QPushButton* drillButton = entryButton(tr("Run a dri&ll"), QStringLiteral("runDrill"),
                                           tr("Rehearse a scenario against simulated appliances."), central);
    QPushButton* prepare = entryButton(tr("&Prepare"), QStringLiteral("prepare"),
                                       tr("Backups, certificates and settings to keep before a disaster."), central);
    entries->addWidget(down, 2);
    entries->addWidget(drillButton, 1);
    entries->addWidget(prepare, 1);
    layout->addLayout(entries);
    connect(down, &QPushButton::clicked, this, [this] { runFeature(AppFeatures::Action::Triage); });
    connect(drillButton, &QPushButton::clicked, this, [this] { runFeature(AppFeatures::Action::DrillPicker); });
    // Prepare opens its menu: the guided checklist, backups, certificates, site profiles, settings.

    // "Runs in progress" goes here, above the hint, once built (runsPanel()): it is hidden until it lists a run.

    m_hint = new QLabel(tr("No site is configured yet. Run a drill to see the simulated appliances here."), central);
    m_hint->setObjectName(QStringLiteral("dashboardHint"));
    m_hint->setContentsMargins(12, 0, 12, 0);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_splitter->setChildrenCollapsible(false);
    m_tabs->addTab(m_splitter, tr("Stat&us"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    replaceDashboard(new StatusDashboard(this), nullptr);
    buildSitesTab();
    buildMenus(prepare);
    // The runs panel (it reads every journal of the run directory) and the Sites panel are built after the first
    // paint (afterFirstPaint()), or when first asked for.
    updateHint();
    down->setFocus();
    QTimer::singleShot(kFirstPaintFallbackMs, this, &MainWindow::afterFirstPaint);
}

MainWindow::~MainWindow()
{
    // The drill's wizards go first (their runners talk to the lab); without the features there is none.
    if (AppFeatures* f = loadedAppFeatures())
        f->closeWindow(*this);
}

void MainWindow::replaceDashboard(StatusDashboard* dashboard, QWidget* side)
{
    while (m_splitter->count() > 0)
        delete m_splitter->widget(0);
    m_dashboard = dashboard;
    m_splitter->addWidget(m_dashboard);
    m_splitter->setStretchFactor(0, 3);
    if (side) {
        m_splitter->addWidget(side);
        m_splitter->setStretchFactor(1, 0);
    }
}

void MainWindow::showProblem(const QString& title, const QString& text)
{
    statusBar()->showMessage(text);
    if (!QApplication::platformName().startsWith(QLatin1String("offscreen")))
        QMessageBox::critical(this, title, text);
}

bool MainWindow::startDrillAfterFirstPaint(const QString& topologyName)
{
    if (!DrillSession::parseTopology(topologyName)) {
        showProblem(tr("Unknown drill topology"),
                    tr("'%1' is not a drill topology. Use single, pair or atlas.").arg(topologyName));
        return false;
    }
    if (m_drill && m_drillTopology == topologyName)
        return true;
    // What the drill will look like until the lab is up, a moment after the first paint.
    m_pendingDrill = topologyName;
    setWindowTitle(tr("DRILL — Appliance DR Runbook"));
    m_banner->show();
    m_dashboard->setTitle(tr("Starting the drill lab…"));
    statusBar()->showMessage(tr("Starting the drill lab…"));
    updateHint();
    if (m_firstPaintDone)
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    return true;
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // Queued: it runs once this paint (the children's too) has been flushed to the screen.
    if (!m_firstPaintDone) {
        m_firstPaintDone = true;
        QTimer::singleShot(0, this, &MainWindow::afterFirstPaint);
    }
}

void MainWindow::afterFirstPaint()
{
    m_firstPaintDone = true;
    if (AppFeatures* f = features())
        f->afterFirstPaint(*this);
    else if (!m_pendingDrill.isEmpty()) {
        m_pendingDrill.clear();
        emit drillFailed();
    }
}

AppFeatures* MainWindow::features()
{
    AppFeatures* f = appFeatures();
    if (!f)
        showProblem(tr("drrunbook is incomplete"),
                    tr("%1 Reinstall drrunbook; meanwhile use the printed checklists.").arg(appFeaturesError()));
    return f;
}

void MainWindow::runFeature(AppFeatures::Action action)
{
    if (AppFeatures* f = features())
        f->run(*this, action);
}

void MainWindow::reloadSitesIfBuilt()
{
    if (AppFeatures* f = m_sites ? features() : nullptr) // nothing to reload before the panel exists
        f->reloadSites(*this);
}

WizardRunsPanel* MainWindow::runsPanel()
{
    if (!m_runs) {
        m_runs = new WizardRunsPanel(centralWidget()); // hidden until it lists a run
        m_layout->insertWidget(m_layout->indexOf(m_hint), m_runs);
        connect(m_runs, &WizardRunsPanel::resumeRequested, this,
                [this](const QString& journal, const QString& scenario, bool drill) {
                    if (AppFeatures* f = features())
                        f->resumeRun(*this, journal, scenario, drill);
                });
        // Tab goes from the Prepare button to the runs, then on to the tabs, as the layout reads.
        QWidget* previous = findChild<QPushButton*>(QStringLiteral("prepare"));
        for (QWidget* w : {static_cast<QWidget*>(m_runs->list()),
                           static_cast<QWidget*>(m_runs->findChild<QPushButton*>(QStringLiteral("resumeRun")))}) {
            if (previous && w)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    return m_runs;
}

void MainWindow::saveScreenshotWhenReady(const QString& path)
{
    auto save = [this, path] {
        const bool ok = grab().save(path);
        if (!ok)
            std::fprintf(stderr, "drrunbook: could not save the screenshot to %s\n", qPrintable(path));
        QApplication::exit(ok ? 0 : 1);
    };
    if (!m_pendingDrill.isEmpty())
        connect(
            this, &MainWindow::drillStarted, this,
            [this, save] { connect(m_dashboard, &StatusDashboard::refreshed, this, save, Qt::SingleShotConnection); },
            Qt::SingleShotConnection);
    else if (m_drill)
        connect(m_dashboard, &StatusDashboard::refreshed, this, save, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, this, save);
}

void MainWindow::useSettingsFile(const QString& iniFile)
{
    m_settings = std::make_unique<AppSettings>(iniFile);
    reloadSitesIfBuilt();
}

QString MainWindow::drillBackupFolder() const
{
    return m_settings->drillBackupFolder();
}

void MainWindow::setRunDirectory(const QString& dir)
{
    m_runDir = dir;
    m_runsScanPending = false;
    runsPanel()->setDirectory(dir);
    reloadSitesIfBuilt();
}

QString MainWindow::runDirectory() const
{
    if (!m_runDir.isEmpty())
        return m_runDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs");
}

void MainWindow::buildSitesTab()
{
    // The tab is there from the start; its panel is built when first needed (sitesPanel()).
    m_sitesPage = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(m_sitesPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_sitesPage, tr("Si&tes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_sitesPage || m_sites)
            return;
        // Focus moved to the empty page (it was on the page left): it goes where it went before, the sites table.
        const bool focusOnPage = m_sitesPage->hasFocus();
        if (AppFeatures* f = features())
            f->showSitesPanel(*this, focusOnPage);
    });
}

void MainWindow::updateHint()
{
    if (m_drill || m_site || !m_pendingDrill.isEmpty()) {
        m_hint->hide();
        return;
    }
    m_hint->setText(m_settings->siteFiles().isEmpty()
                        ? tr("No site is configured yet: Sites > New site… records one. Run a drill to see simulated "
                             "appliances here.")
                        : tr("Open a site (Sites tab) to see its appliances here, or run a drill."));
    m_hint->show();
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentIndex(0);
}

void MainWindow::addRmaBanner(QVBoxLayout* layout)
{
    m_rmaBanner = new RmaReminderBanner(layout->parentWidget());
    layout->addWidget(m_rmaBanner);
}

} // namespace dr::ui
