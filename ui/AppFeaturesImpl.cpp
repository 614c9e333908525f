// The features the first window hands on to (AppFeatures.h): the parts of MainWindow and StatusDashboard that need
// TLS, networking, printing or the keychain.
#include "AppFeatures.h"

#include "MainWindow.h"
#include "SitesPanel.h"
#include "StatusDashboard.h"

#include "common/BuildInfo.h"

#include <QTableWidget>

namespace dr::ui {

class AppFeaturesImpl final : public AppFeatures
{
public:
    // Compiled into the module (the executable's own copy of anything here would answer for it).
    QString build() const override { return QStringLiteral(DR_APP_FEATURES_BUILD); }

    QString versionReport(const QString& programName) const override { return dr::versionReport(programName); }

    void run(MainWindow& w, Action action) override
    {
        switch (action) {
        case Action::Triage:
            w.showTriage();
            return;
        case Action::DrillPicker:
            w.showDrillPicker();
            return;
        case Action::PrepareChecklist:
            w.openPrepare();
            return;
        case Action::NewSite:
            w.newSite();
            return;
        case Action::Settings:
            w.showSettings();
            return;
        case Action::Sites:
            w.showSites();
            return;
        case Action::Backups:
            w.openBackups();
            return;
        case Action::Certificates:
            w.openCertificates();
            return;
        case Action::Incident:
            w.composeIncident();
            return;
        case Action::Rma:
            w.openRma();
            return;
        case Action::PrintChecklist:
            w.printChecklist();
            return;
        case Action::PrintBinder:
            w.printBinder();
            return;
        case Action::PrintReport:
            w.printReport();
            return;
        }
    }

    void afterFirstPaint(MainWindow& w) override { w.startFeatures(); }

    void resumeRun(MainWindow& w, const QString& journalPath, const QString& scenarioId, bool drill) override
    {
        w.resumeRun(journalPath, scenarioId, drill);
    }

    void showSitesPanel(MainWindow& w, bool focusTable) override
    {
        SitesPanel* panel = w.sitesPanel();
        if (focusTable)
            panel->table()->setFocus();
    }

    void reloadSites(MainWindow& w) override { w.reloadSites(); }

    void closeWindow(MainWindow& w) override { w.closeDrillWizards(); }

    void refreshProbes(StatusDashboard& dashboard) override { dashboard.refreshProbes(); }

    void abortProbes(StatusDashboard& dashboard) override { dashboard.abortProbes(); }
};

} // namespace dr::ui

extern "C" Q_DECL_EXPORT dr::ui::AppFeatures* drrunbook_app_features()
{
    static dr::ui::AppFeaturesImpl features;
    return &features;
}
