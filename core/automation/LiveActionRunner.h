#pragma once

#include "automation/ApplianceDirectory.h"
#include "common/Clock.h"
#include "runbook/CheckRunner.h"

#include <QObject>

namespace dr::automation {

// The one state change, set_failover_role, with real I/O. For each request it
//  1. reads a fresh pre-check of that appliance (get_api_info + check_health);
//  2. if the appliance already has the requested role (the automatic-failover case: the backup became primary by
//     itself) it reports that it observed it and sends nothing (ok, evidence "acted": false);
//  3. builds the api::RoleChangeConfirmation from that pre-check, confirmed with the appliance the engine's
//     operator confirmed (its hostname, the host it is reached at, or a directory alias of that appliance),
//     and calls setFailoverRole (never `force`);
//  4. polls check_health (the appliance, and with data_sync_first its failover peer too) every pollIntervalMs
//     until the role changed, for at most pollDeadlineMs: both peers reading "backup" during a data sync is
//     reported through progress() as in progress, not as a failure.
// Polling stays far below the API rate limit (two check_health per interval).
class LiveActionRunner final : public QObject, public runbook::ActionRunner
{
    Q_OBJECT
public:
    struct Options
    {
        int pollIntervalMs = 2'000;
        int pollDeadlineMs = 180'000;
    };

    LiveActionRunner(ApplianceDirectory& directory, const Clock& clock, QObject* parent = nullptr);
    LiveActionRunner(ApplianceDirectory& directory, const Clock& clock, Options options, QObject* parent = nullptr);
    ~LiveActionRunner() override;

    void run(const runbook::ActionRequest& request, std::function<void(runbook::ActionResult)> done) override;

signals:
    // Operator-facing progress of a running action ("data sync in progress: both read backup" ...).
    void progress(const QString& stepId, const QString& message);

private:
    ApplianceDirectory& m_directory;
    const Clock& m_clock;
    Options m_options;
};

} // namespace dr::automation
