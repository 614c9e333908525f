#pragma once

#include "AppFeatures.h"
#include "WizardServices.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QDialog;
class QKeySequence;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace dr::print {
struct SiteProfile;
}

namespace dr::ui {

class AppSettings;
class DrillBanner;
class DrillSession;
class RmaReminderBanner;
class SettingsDialog;
class SiteEditor;
class SiteSession;
class SitesPanel;
class StatusDashboard;
class WizardRunsPanel;
class TriageDialog;
class Wizard;
class WizardDrillPicker;

// The start screen: "Something is down" (triage that picks the scenario), "Run a drill" (the lab with the
// scenario's topology and the wizard in drill mode), "Prepare" (backups, certificates, settings), above the status
// dashboard, which stays visible while wizards run in their own windows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a drill against the built-in lab ("single", "pair" or "atlas"); shows why when it cannot.
    // A drill already running on the same topology is kept.
    bool startDrill(const QString& topology);
    // The application's start: the window shows the drill as starting (banner, title, "Starting the drill lab…"),
    // and the lab (certificates, listeners, API clients) starts just after the window's first paint, so the first
    // window does not wait for it. An unknown topology is refused here, with the reason shown. Then drillStarted()
    // or, with the reason shown, drillFailed(). A startDrill() before that replaces the pending start.
    bool startDrillAfterFirstPaint(const QString& topology);
    // Saves a PNG of the window once the dashboard has answered for the first time, then quits.
    void saveScreenshotWhenReady(const QString& path);

    // Entry points (the buttons call these). Each returns the window it opened, or nullptr with a message shown.
    TriageDialog* showTriage();
    WizardDrillPicker* showDrillPicker();
    // "Runs in progress" (hidden while there are none): built after the first paint, or here when asked first.
    WizardRunsPanel* runsPanel();
    Wizard* openScenario(const QString& scenarioId, const QMap<QString, QString>& facts = {}, bool drill = false);
    Wizard* openDrill(const QString& scenarioId);
    Wizard* openPrepare();
    Wizard* resumeRun(const QString& journalPath, const QString& scenarioId, bool drill);

    // Where run journals go (default: the application data folder, "runs").
    void setRunDirectory(const QString& dir);
    QString runDirectory() const;
    // Who runs checks and the action for a new wizard (drill or not). Tests inject scripted runners here.
    void setServicesFactory(std::function<WizardServices(bool drill)> factory)
    {
        m_servicesFactory = std::move(factory);
    }

    // The application settings (the user's QSettings unless a test gives an INI file).
    AppSettings& settings() { return *m_settings; }
    void useSettingsFile(const QString& iniFile);
    // Where a drill's dashboard looks for .nsb backups (settings; default <application data>/drill-backups).
    QString drillBackupFolder() const;

    // Sites (MainWindowSites.cpp): the list of site profiles, a real site's dashboard, the profile editor.
    // The Sites tab's panel: built when the tab is first shown, just after the window's first paint, or here when
    // asked first (it is not in the first window).
    SitesPanel* sitesPanel();
    void reloadSites();
    // Shows the site's dashboard (built from its profile; API secrets from the keychain). The drills started while
    // a site is open are recorded for it (drill reminders). Returns false with the reason shown.
    bool openSite(const QString& profilePath);
    SiteSession* site() const { return m_site; }
    SiteEditor* editSite(const QString& profilePath);
    // A new profile saved as `profilePath` (asks where when empty); it joins the Sites list when saved.
    SiteEditor* newSite(const QString& profilePath = {});
    void showSites();
    SettingsDialog* showSettings();
    // Prepare (MainWindowTools.cpp): the backup manager on the open site's (or the drill's) backup folder, and the
    // certificate inspector with the site's FQDN.
    QWidget* openBackups();
    QDialog* openCertificates();
    QString currentBackupFolder() const;
    // Support (MainWindowSupport.cpp): the incident composer pre-filled from the current run (the last wizard's
    // journal, else the newest journal of the runs folder), the RMA form, and print previews (a checklist with the
    // open site's values: the last wizard's scenario, else the one the operator picks).
    QDialog* composeIncident();
    QDialog* openRma();
    QDialog* printChecklist(const QString& scenarioId = {});
    QString currentJournal() const;
    void showDashboard();

    StatusDashboard* dashboard() const { return m_dashboard; }
    DrillSession* drill() const { return m_drill; }
    QString drillTopology() const { return m_drillTopology; }
    Wizard* lastWizard() const;

signals:
    void drillStarted(); // startDrill() started a lab (not emitted when it kept the running one)
    void drillFailed();  // the start after the first paint failed; the reason was shown

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    friend class AppFeaturesImpl;
    // The features (AppFeatures.h), or nullptr with the reason shown.
    AppFeatures* features();
    void runFeature(AppFeatures::Action action);
    // What afterFirstPaint() hands to the features (MainWindowDrill.cpp).
    void startFeatures();
    // Who runs checks and the action for a new wizard: the test's factory, else the lab, the open site or a person.
    WizardServices servicesFor(bool drill);
    void printBinder();
    void printReport();
    void reloadSitesIfBuilt();
    // What the first paint does not need, run once just after it (or after kFirstPaintFallbackMs when the window
    // is not painted): it loads the features (AppFeatures.h), whose startFeatures() does the rest: OpenSSL's
    // providers, the pending drill's lab, the list of unfinished runs (it reads every journal), then (queued, once
    // the lab's dashboard is painted) the Sites panel.
    void afterFirstPaint();
    void showProblem(const QString& title, const QString& text);
    void replaceDashboard(StatusDashboard* dashboard, QWidget* side);
    void closeDrillWizards();
    void showWizard(Wizard* wizard, bool drill);
    void buildSitesTab();
    // What the first window does not show, built after its first paint (afterFirstPaint()) or on first use.
    void buildDeferredWidgets();
    void buildMenus(QPushButton* prepareButton);
    void buildSupportMenu();
    void addRmaBanner(QVBoxLayout* layout);
    print::SiteProfile printSite() const;
    void addPrepareTools(QMenu* menu, bool withKeys);
    QAction* addEntry(QMenu* menu, const QString& text, const QString& name, const QKeySequence& keys,
                      std::function<void()> slot);
    void siteReady(SiteSession* session);
    void updateHint();

    std::unique_ptr<AppSettings> m_settings;
    DrillBanner* m_banner = nullptr;
    DrillSession* m_drill = nullptr;
    QString m_drillTopology;
    QString m_pendingDrill;        // the topology startDrillAfterFirstPaint() starts after the first paint
    bool m_firstPaintDone = false; // afterFirstPaint() is queued or ran
    bool m_runsScanPending = true; // the runs panel has not read the run directory yet
    StatusDashboard* m_dashboard = nullptr;
    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    RmaReminderBanner* m_rmaBanner = nullptr;
    QVBoxLayout* m_layout = nullptr; // the central widget's: the runs panel goes in above the hint
    QWidget* m_sitesPage = nullptr;  // the Sites tab's page; the panel goes in when first needed
    SitesPanel* m_sites = nullptr;
    SiteSession* m_site = nullptr;            // the open site (owned by m_siteOwner)
    std::shared_ptr<SiteSession> m_siteOwner; // shared with the wizards running on it
    QLabel* m_hint = nullptr;
    WizardRunsPanel* m_runs = nullptr;
    QString m_runDir;
    std::function<WizardServices(bool)> m_servicesFactory;
    QPointer<Wizard> m_lastWizard;
    QList<QPointer<Wizard>> m_drillWizards;
};

} // namespace dr::ui
