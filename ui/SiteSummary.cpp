#include "SiteSummary.h"

#include "SiteBackupScan.h"

#include "runbook/Run.h"
#include "runbook/RunDirectory.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"
#include "site/SiteFile.h"
#include "site/SiteValidator.h"

#include <QFileInfo>
#include <QThread>

#include <memory>

namespace dr::ui {

QString SiteSummary::name() const
{
    if (profile && !profile->site.name.isEmpty())
        return profile->site.name;
    return QFileInfo(path).completeBaseName();
}

int SiteSummary::overdueDrills() const
{
    int n = 0;
    for (const DrillReminder& d : drills)
        n += d.overdue ? 1 : 0;
    return n;
}

QStringList SiteSummaries::drillScenarios(const site::SiteProfile& p)
{
    QStringList out;
    bool pair = false, isVirtual = false, hardware = false, cloud = false;
    for (const site::Appliance& a : p.appliances) {
        pair = pair || a.failoverRole == QLatin1String("backup");
        isVirtual = isVirtual || a.model.endsWith(QLatin1String("_virtual"));
        hardware = hardware || a.model.startsWith(QLatin1Char('B'));
        cloud = cloud || a.model == QLatin1String("cloud") || a.model == QLatin1String("hosted");
    }
    if (pair)
        out << QStringLiteral("failover_primary_failed");
    if (p.atlas.enabled)
        out << QStringLiteral("atlas_cluster");
    if (isVirtual)
        out << QStringLiteral("virtual_appliance");
    if (hardware)
        out << QStringLiteral("hardware_appliance");
    if (cloud)
        out << QStringLiteral("cloud_site_down");
    if (out.isEmpty())
        out << QStringLiteral("failover_primary_failed");
    return out;
}

SiteSummary SiteSummaries::summarize(const QString& profilePath, const QString& runDir, int drillReminderDays,
                                     const QDateTime& nowUtc)
{
    SiteSummary s;
    s.path = profilePath;
    const site::SiteLoadResult loaded = site::loadSiteProfile(profilePath);
    if (!loaded.profile) {
        s.error = loaded.error;
        return s;
    }
    s.profile = loaded.profile;
    for (const site::SiteIssue& i : site::validateSiteProfile(*s.profile, {profilePath, false}))
        (i.isError() ? s.errors : s.warnings)++;
    if (!s.profile->backups.folder.isEmpty())
        s.backup = SiteBackupScan::scan(site::resolveProfilePath(profilePath, s.profile->backups.folder));

    // The last drill per scenario: runs in drill mode whose journal names this site.
    QMap<QString, runbook::RunSummary> last;
    for (const runbook::RunSummary& run : runbook::RunDirectory::list(runDir)) {
        if (!run.drill || (last.contains(run.scenarioId) && last[run.scenarioId].startedAt >= run.startedAt))
            continue;
        const runbook::Run replayed = runbook::Run::fromEvents(runbook::RunJournal::replay(run.path).events);
        if (replayed.facts().value(QLatin1String(kSiteFact)) == s.profile->site.name)
            last.insert(run.scenarioId, run);
    }
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    for (const QString& id : drillScenarios(*s.profile)) {
        DrillReminder d;
        d.scenarioId = id;
        const runbook::Scenario* sc = library.find(id);
        d.title = sc ? sc->title : id;
        if (last.contains(id)) {
            d.lastDrill = last[id].startedAt;
            d.outcome = last[id].finished ? last[id].outcome : tr("not finished");
        }
        d.overdue = !d.lastDrill.isValid() || d.lastDrill.daysTo(nowUtc) > drillReminderDays;
        s.drills << d;
    }
    return s;
}

void SiteSummaries::start(const QStringList& profilePaths, const QString& runDir, int drillReminderDays,
                          QObject* context, std::function<void(const QList<SiteSummary>&)> done)
{
    auto result = std::make_shared<QList<SiteSummary>>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QThread* thread = QThread::create([=] {
        for (const QString& path : profilePaths)
            result->append(summarize(path, runDir, drillReminderDays, now));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    thread->start();
}

} // namespace dr::ui
