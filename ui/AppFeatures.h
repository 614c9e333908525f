#pragma once

#include "BuildConfig.h"

#include <QString>

namespace dr::ui {

class MainWindow;
class StatusDashboard;

// What the first window hands on. The first window (MainWindow's frame, its menus, banners and the empty status
// dashboard) needs only Qt Widgets; everything it opens or starts needs TLS, networking, printing or the keychain.
// The first window reaches all of that through this interface, never by name, so that it can be shown before those
// libraries are loaded (see bench/README.md, "Cold start"). AppFeaturesImpl.cpp implements it.
class AppFeatures
{
public:
    // The menu entries and buttons of the first window.
    enum class Action {
        Triage,
        DrillPicker,
        PrepareChecklist,
        NewSite,
        Settings,
        Sites,
        Backups,
        Certificates,
        Incident,
        Rma,
        PrintChecklist,
        PrintBinder,
        PrintReport,
    };

    virtual ~AppFeatures() = default;

    // DR_APP_FEATURES_BUILD as the module was compiled: the first window uses only features of its own build.
    virtual QString build() const = 0;
    // dr::versionReport(): the versions of drrunbook, Qt and OpenSSL.
    virtual QString versionReport(const QString& programName) const = 0;

    virtual void run(MainWindow& window, Action action) = 0;
    // Just after the first paint: OpenSSL's providers, the pending drill, the runs and Sites panels.
    virtual void afterFirstPaint(MainWindow& window) = 0;
    virtual void resumeRun(MainWindow& window, const QString& journalPath, const QString& scenarioId, bool drill) = 0;
    // The Sites tab was shown: its panel, built now if it was not yet.
    virtual void showSitesPanel(MainWindow& window, bool focusTable) = 0;
    virtual void reloadSites(MainWindow& window) = 0;
    // The window is going: the drill's wizards first (their runners talk to the lab).
    virtual void closeWindow(MainWindow& window) = 0;

    // The status dashboard's health calls and certificate reads (StatusDashboardProbes.cpp).
    virtual void refreshProbes(StatusDashboard& dashboard) = 0;
    virtual void abortProbes(StatusDashboard& dashboard) = 0;
};

// The executable and the module share this interface and the layout of MainWindow and StatusDashboard: raise the
// revision whenever one of the three changes. build() names the version and the revision.
#define DR_APP_FEATURES_REVISION "1"
#define DR_APP_FEATURES_BUILD "drrunbook-features " DR_VERSION_STRING " (interface " DR_APP_FEATURES_REVISION ")"

// The features, linked in (tests) or loaded from the module beside the executable (drrunbook; see
// app/CMakeLists.txt): nullptr, with the reason in appFeaturesError(), when they cannot be had.
AppFeatures* appFeatures();
// Only when already there (never loads them): for destructors.
AppFeatures* loadedAppFeatures();
QString appFeaturesError();

} // namespace dr::ui
