#pragma once

#include "ApplianceStatus.h"

#include "site/SiteProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <functional>
#include <optional>

namespace dr::ui {

// The last drill of one scenario for a site.
struct DrillReminder
{
    QString scenarioId;
    QString title;
    QDateTime lastDrill; // invalid: never drilled
    QString outcome;     // of that run ("completed", ...), empty if never
    bool overdue = false;
};

// What the Sites list shows of one site profile: its name, its last backup, its drills. Built on a worker thread
// (the profile file, the backup folder and the run journals are read there).
struct SiteSummary
{
    QString path;
    std::optional<site::SiteProfile> profile;
    QString error;           // the file cannot be read: why and what to do
    int errors = 0;          // validation errors
    int warnings = 0;        // things still to record
    BackupStatus backup;     // of the profile's backup folder
    QList<DrillReminder> drills;

    QString name() const;
    int overdueDrills() const;
};

class SiteSummaries
{
    Q_DECLARE_TR_FUNCTIONS(SiteSummaries)
public:
    // The journal fact that ties a drill to a site: its profile's site name.
    static constexpr const char* kSiteFact = "site";

    // Blocking: reads the profile, lists its backup folder and the drills of the runs folder for this site.
    static SiteSummary summarize(const QString& profilePath, const QString& runDir, int drillReminderDays,
                                 const QDateTime& nowUtc);
    // The scenarios a site should drill, from what its profile records (a pair: failover; Atlas; virtual ...).
    static QStringList drillScenarios(const site::SiteProfile& profile);
    // On a worker thread; `done` runs on `context`'s thread unless `context` is gone.
    static void start(const QStringList& profilePaths, const QString& runDir, int drillReminderDays, QObject* context,
                      std::function<void(const QList<SiteSummary>&)> done);
};

} // namespace dr::ui
