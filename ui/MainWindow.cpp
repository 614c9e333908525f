#include "MainWindow.h"

#include "DrillBanner.h"
#include "DrillSession.h"
#include "LabPanel.h"
#include "Settings.h"
#include "SiteSession.h"
#include "SiteSummary.h"
#include "StatusDashboard.h"
#include "TriageDialog.h"
#include "Wizard.h"
#include "WizardDrillPicker.h"
#include "WizardRunsPanel.h"
#include "automation/SiteDirectory.h"

#include "common/Clock.h"
#include "common/OpenSslRuntime.h"
#include "runbook/RunDirectory.h"
#include "runbook/ScenarioLibrary.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
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
    m_servicesFactory = [this](bool drill) {
        // A drill runs the live checks and the role change against the lab; a real incident on an open site runs
        // them against the site's recorded appliances. Without a site the operator verifies by hand: nothing
        // pretends to have checked or changed a real appliance.
        if (drill && m_drill)
            return WizardServices::forLab(m_drill->lab());
        if (!drill && m_siteOwner && m_siteOwner->isReady() && m_siteOwner->directory()->size() > 0)
            return WizardServices::forSite(m_siteOwner);
        return drill ? WizardServices::rehearsal() : WizardServices::manualOnly();
    };

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
    connect(down, &QPushButton::clicked, this, &MainWindow::showTriage);
    connect(drillButton, &QPushButton::clicked, this, &MainWindow::showDrillPicker);
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
    closeDrillWizards(); // their runners talk to the lab: they go first
}

void MainWindow::closeDrillWizards()
{
    for (const QPointer<Wizard>& w : std::as_const(m_drillWizards))
        delete w.data();
    m_drillWizards.clear();
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

bool MainWindow::startDrill(const QString& topologyName)
{
    const std::optional<lab::Topology> topology = DrillSession::parseTopology(topologyName);
    if (!topology) {
        showProblem(tr("Unknown drill topology"),
                    tr("'%1' is not a drill topology. Use single, pair or atlas.").arg(topologyName));
        return false;
    }
    m_pendingDrill.clear(); // this start replaces the one waiting for the first paint
    if (m_drill && m_drillTopology == topologyName)
        return true;
    auto* session = new DrillSession(this);
    if (!session->start(*topology)) {
        showProblem(tr("The drill cannot start"), session->errorString());
        delete session;
        return false;
    }
    auto* dashboard = new StatusDashboard(this);
    dashboard->setBackupStaleDays(m_settings->backupStaleDays());
    dashboard->setTitle(tr("Status of the drill lab's appliances"));
    for (lab::LabAppliance* a : session->appliances()) {
        DashboardAppliance entry;
        entry.name = a->name();
        entry.address = a->hostname();
        entry.client = session->client(a->name());
        entry.tlsHost = a->url().host();
        entry.tlsPort = a->port();
        entry.tlsName = a->hostname();
        // What the operator backed up: the lab certificate this appliance was given.
        if (!a->labChain().isEmpty())
            entry.expectedCertificateSha256 =
                QString::fromLatin1(a->labChain().first().digest(QCryptographicHash::Sha256).toHex());
        entry.backupFolder = drillBackupFolder();
        dashboard->addAppliance(entry);
    }
    auto* labPanel = new LabPanel(session->lab(), this);
    auto* labScroll = new QScrollArea(this);
    labScroll->setWidget(labPanel);
    labScroll->setWidgetResizable(true);
    labScroll->setAccessibleName(tr("Drill lab controls"));
    labScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    labScroll->setMinimumWidth(labPanel->sizeHint().width() + labScroll->verticalScrollBar()->sizeHint().width() + 4);
    connect(labPanel, &LabPanel::labChanged, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10'000);
        m_dashboard->refresh();
    });
    replaceDashboard(dashboard, labScroll); // the old dashboard goes before the old lab it polls
    closeDrillWizards();                    // so do the wizards of the old drill (their journals stay resumable)
    delete m_drill;
    m_drill = session;
    m_drillTopology = topologyName;
    showDashboard();

    setWindowTitle(tr("DRILL — Appliance DR Runbook"));
    m_banner->show();
    m_hint->hide();
    statusBar()->showMessage(tr("Drill lab started. Simulated appliances: %1").arg(m_drill->appliances().size()));
    QTimer::singleShot(0, m_dashboard, &StatusDashboard::refresh);
    emit drillStarted();
    return true;
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
    openSslRuntime(); // the providers (main() leaves them to here), before the lab's first certificate
    if (!m_pendingDrill.isEmpty()) {
        const QString topology = m_pendingDrill;
        if (!startDrill(topology)) {
            m_pendingDrill.clear();
            emit drillFailed();
        }
    }
    if (m_runsScanPending) {
        m_runsScanPending = false;
        runsPanel()->setDirectory(runDirectory());
    }
    // Once the lab's dashboard has been painted.
    QTimer::singleShot(0, this, &MainWindow::buildDeferredWidgets);
}

void MainWindow::buildDeferredWidgets()
{
    runsPanel();
    sitesPanel();
}

WizardRunsPanel* MainWindow::runsPanel()
{
    if (!m_runs) {
        m_runs = new WizardRunsPanel(centralWidget()); // hidden until it lists a run
        m_layout->insertWidget(m_layout->indexOf(m_hint), m_runs);
        connect(m_runs, &WizardRunsPanel::resumeRequested, this, &MainWindow::resumeRun);
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
    reloadSites();
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
    reloadSites();
}

Wizard* MainWindow::lastWizard() const
{
    return m_lastWizard;
}

QString MainWindow::runDirectory() const
{
    if (!m_runDir.isEmpty())
        return m_runDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs");
}

TriageDialog* MainWindow::showTriage()
{
    auto* dialog = new TriageDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TriageDialog::scenarioChosen, this,
            [this](const QString& id, const QMap<QString, QString>& facts) { openScenario(id, facts, false); });
    dialog->show();
    return dialog;
}

WizardDrillPicker* MainWindow::showDrillPicker()
{
    auto* dialog = new WizardDrillPicker(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WizardDrillPicker::drillChosen, this, &MainWindow::openDrill);
    dialog->show();
    return dialog;
}

Wizard* MainWindow::openDrill(const QString& scenarioId)
{
    if (!startDrill(WizardDrillPicker::topologyFor(scenarioId)))
        return nullptr;
    return openScenario(scenarioId, {}, true);
}

Wizard* MainWindow::openPrepare()
{
    return openScenario(QStringLiteral("prepare"), {}, m_drill != nullptr);
}

Wizard* MainWindow::openScenario(const QString& scenarioId, const QMap<QString, QString>& facts, bool drill)
{
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    QStringList errors;
    runbook::Plan plan = library.plan(scenarioId, &errors);
    if (!plan.isValid()) {
        showProblem(tr("The guide cannot open"),
                    tr("The scenario \"%1\" could not be loaded (%2). Use the printed checklist meanwhile and report "
                       "this.")
                        .arg(scenarioId, errors.join(QStringLiteral("; "))));
        return nullptr;
    }
    WizardServices services = m_servicesFactory(drill);
    auto* wizard = new Wizard(std::move(plan), std::move(services), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    Wizard::Options options;
    options.drill = drill;
    options.facts = facts;
    if (m_site && !m_site->profile().site.name.isEmpty())
        options.facts.insert(QLatin1String(SiteSummaries::kSiteFact), m_site->profile().site.name);
    options.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString dir = runDirectory();
    if (QDir().mkpath(dir))
        options.journalPath = runbook::RunDirectory::newJournalPath(dir, scenarioId, drill, SystemClock::instance());
    QString error;
    if (!wizard->start(options, &error)) {
        delete wizard;
        showProblem(tr("The run cannot start"),
                    tr("%1 Check that %2 is writable, or choose another folder.").arg(error, dir));
        return nullptr;
    }
    showWizard(wizard, drill);
    return wizard;
}

void MainWindow::showWizard(Wizard* wizard, bool drill)
{
    wizard->show();
    m_lastWizard = wizard;
    if (drill)
        m_drillWizards << wizard;
    WizardRunsPanel* runs = runsPanel();
    connect(wizard, &QObject::destroyed, runs, &WizardRunsPanel::reload);
    connect(wizard, &QDialog::finished, runs, &WizardRunsPanel::reload);
    runs->reload();
    statusBar()->showMessage(tr("Opened: %1").arg(wizard->windowTitle()), 10'000);
}

Wizard* MainWindow::resumeRun(const QString& journalPath, const QString& scenarioId, bool drill)
{
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    runbook::Plan plan = library.plan(scenarioId);
    if (!plan.isValid()) {
        showProblem(tr("The run cannot be resumed"),
                    tr("%1 is a run of \"%2\", which this version does not have. Continue it with the printed "
                       "checklist.")
                        .arg(journalPath, scenarioId));
        return nullptr;
    }
    if (drill && !startDrill(WizardDrillPicker::topologyFor(scenarioId)))
        return nullptr;
    auto* wizard = new Wizard(std::move(plan), m_servicesFactory(drill), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!wizard->resume(journalPath, &error)) {
        delete wizard;
        showProblem(tr("The run cannot be resumed"), error);
        return nullptr;
    }
    showWizard(wizard, drill);
    return wizard;
}

} // namespace dr::ui
