#pragma once

#include "runbook/CheckRunner.h"

#include <memory>

namespace dr {
class Clock;
}

namespace dr::runbook {
class ScriptedRunner;
}

namespace dr::lab {
class Lab;
}

namespace dr::automation {
class LiveActionRunner;
}

namespace dr::ui {

class SiteSession;

// What a scenario wizard needs from the outside world: who runs the checks and the one action, how the engine
// waits between attempts, and the clock. Shared pointers so that a test (or the main window) can keep the runner
// it scripts while the wizard owns its lifetime.
struct WizardServices
{
    std::shared_ptr<runbook::CheckRunner> checks;
    std::shared_ptr<runbook::ActionRunner> actions;
    std::shared_ptr<runbook::Scheduler> scheduler;
    const Clock* clock = nullptr;
    // Set when the action runs live: its progress ("data sync in progress ...") is shown on the action page.
    automation::LiveActionRunner* liveActions = nullptr;

    bool isComplete() const { return checks && actions && scheduler && clock; }

    // A drill against the running lab: the live check and action runners (core/automation) over real TLS to the
    // lab's appliances, with a lab directory and resolver so nothing outside the lab is contacted. The lab must
    // outlive the wizard that uses these services.
    static WizardServices forLab(lab::Lab& lab);
    // A real incident on a site opened from its profile: the same live runners over the site's recorded
    // appliances (their API clients, trust and keychain secrets in the session), the system's DNS. The services
    // share the session, so it lives as long as the wizard even when another site is opened meanwhile. An
    // appliance the profile does not record is refused by the API checks with what to do (record it, or verify by
    // hand and skip); TCP, TLS and DNS checks reach any host the operator typed.
    static WizardServices forSite(std::shared_ptr<SiteSession> session);
    // A rehearsal without appliances: every check passes with a summary that says it was simulated, the role
    // change "succeeds". Used for drills until the live runners exist.
    static WizardServices rehearsal();
    // A real incident without automated checks: each check answers with an Error that tells the operator to verify
    // by hand and skip with the reason. Nothing is pretended to have passed.
    static WizardServices manualOnly();
    // Scripted by the caller (tests): the same runner answers checks and the action.
    static WizardServices scripted(std::shared_ptr<runbook::ScriptedRunner> runner, const Clock* clock = nullptr);
};

} // namespace dr::ui
