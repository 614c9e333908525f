#include "WizardServices.h"

#include "SiteSession.h"

#include "automation/HostResolver.h"
#include "automation/LabDirectory.h"
#include "automation/LiveActionRunner.h"
#include "automation/LiveCheckRunner.h"
#include "automation/SiteDirectory.h"
#include "common/Clock.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QCoreApplication>

namespace dr::ui {
namespace {

// Refuses the role change honestly where no live runner exists: the operator uses the web interface instead.
class ManualActionRunner final : public runbook::ActionRunner
{
public:
    void run(const runbook::ActionRequest& request, std::function<void(runbook::ActionResult)> done) override
    {
        runbook::ActionResult r;
        r.ok = false;
        r.summary = QCoreApplication::translate("WizardServices",
                                                "The role of %1 was NOT changed: this program cannot reach the "
                                                "appliance API here. Use Become Primary in its /appliance "
                                                "interface, then skip this step and say so.")
                        .arg(request.appliance);
        done(r);
    }
};

// The live runners and what they refer to, destroyed in reverse order: the runners first, then the resolver, then
// what holds the directory (the lab's own directory, or the site's session with its directory, API clients and
// tokens). Exactly one of `session` and `labDirectory` is set.
struct LiveRunners
{
    std::shared_ptr<SiteSession> session;
    std::unique_ptr<automation::LabDirectory> labDirectory;
    std::unique_ptr<automation::HostResolver> resolver;
    std::unique_ptr<automation::LiveCheckRunner> checks;
    std::unique_ptr<automation::LiveActionRunner> actions;
};

// Services whose checks and action run live over `directory`, resolving through `runners->resolver`; `runners`
// holds the directory and lives as long as the services do.
WizardServices liveServices(std::shared_ptr<LiveRunners> runners, automation::ApplianceDirectory& directory)
{
    runners->checks =
        std::make_unique<automation::LiveCheckRunner>(directory, *runners->resolver, SystemClock::instance());
    runners->actions = std::make_unique<automation::LiveActionRunner>(directory, SystemClock::instance());
    WizardServices s;
    s.checks = std::shared_ptr<runbook::CheckRunner>(runners, runners->checks.get());
    s.actions = std::shared_ptr<runbook::ActionRunner>(runners, runners->actions.get());
    s.scheduler = std::make_shared<runbook::QtScheduler>();
    s.clock = &SystemClock::instance();
    s.liveActions = runners->actions.get();
    return s;
}

} // namespace

WizardServices WizardServices::forSite(std::shared_ptr<SiteSession> session)
{
    auto runners = std::make_shared<LiveRunners>();
    runners->session = std::move(session);
    runners->resolver = std::make_unique<automation::SystemResolver>();
    return liveServices(runners, *runners->session->directory());
}

WizardServices WizardServices::forLab(lab::Lab& lab)
{
    auto runners = std::make_shared<LiveRunners>();
    runners->labDirectory = std::make_unique<automation::LabDirectory>(lab);
    runners->resolver = std::make_unique<automation::LabResolver>(*runners->labDirectory);
    return liveServices(runners, *runners->labDirectory);
}

WizardServices WizardServices::scripted(std::shared_ptr<runbook::ScriptedRunner> runner, const Clock* clock)
{
    WizardServices s;
    s.checks = runner;
    s.actions = runner;
    s.scheduler = std::make_shared<runbook::QtScheduler>();
    s.clock = clock ? clock : &SystemClock::instance();
    return s;
}

WizardServices WizardServices::rehearsal()
{
    auto runner = std::make_shared<runbook::ScriptedRunner>();
    runbook::CheckResult passed;
    passed.status = runbook::CheckResult::Status::Passed;
    passed.summary =
        QCoreApplication::translate("WizardServices", "Rehearsal: simulated as passed; no appliance was contacted.");
    passed.evidence = QJsonObject{{QStringLiteral("simulated"), true}};
    runner->setDefaultCheck(passed);
    return scripted(runner);
}

WizardServices WizardServices::manualOnly()
{
    auto runner = std::make_shared<runbook::ScriptedRunner>();
    runbook::CheckResult manual;
    manual.status = runbook::CheckResult::Status::Error;
    manual.summary = QCoreApplication::translate(
        "WizardServices", "Automated checks are not available here. Verify this by hand, then skip the step and "
                          "write what you saw as the reason.");
    runner->setDefaultCheck(manual);
    WizardServices s = scripted(runner);
    s.actions = std::make_shared<ManualActionRunner>();
    return s;
}

} // namespace dr::ui
