// MainWindow: the drill lab, the wizards and the triage (reached from the first window through AppFeatures).
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

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>

namespace dr::ui {

void MainWindow::closeDrillWizards()
{
    for (const QPointer<Wizard>& w : std::as_const(m_drillWizards))
        delete w.data();
    m_drillWizards.clear();
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

void MainWindow::startFeatures()
{
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

Wizard* MainWindow::lastWizard() const
{
    return m_lastWizard;
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

WizardServices MainWindow::servicesFor(bool drill)
{
    if (m_servicesFactory)
        return m_servicesFactory(drill);
    // A drill runs the live checks and the role change against the lab; a real incident on an open site runs them
    // against the site's recorded appliances. Without a site the operator verifies by hand: nothing pretends to
    // have checked or changed a real appliance.
    if (drill && m_drill)
        return WizardServices::forLab(m_drill->lab());
    if (!drill && m_siteOwner && m_siteOwner->isReady() && m_siteOwner->directory()->size() > 0)
        return WizardServices::forSite(m_siteOwner);
    return drill ? WizardServices::rehearsal() : WizardServices::manualOnly();
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
    WizardServices services = servicesFor(drill);
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
    auto* wizard = new Wizard(std::move(plan), servicesFor(drill), this);
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
