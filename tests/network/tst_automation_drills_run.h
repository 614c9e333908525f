#pragma once

// Runs the walks of tst_automation_drills.h as drills (played as tst_automation_drills_play.h says) and checks that
// together they ran every step.
#include "tst_automation_drills_play.h"

#include <QDir>
#include <QElapsedTimer>

namespace dr::automation::drill {

inline bool waitFor(const std::function<bool()>& done, int msecs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < msecs)
        QTest::qWait(20);
    return done();
}

// Runs one walk to its end as a drill; an empty string when it ended as expected, else what went wrong.
// `executed` receives the plan steps the walk ran.
// `change` (optional) alters the drill before it starts (a fault, an operator who does not do a step); `inspect`
// (optional) sees the engine, the pilot and the lab once the run stopped.
using Change = std::function<void(Drill&, AutoPilot::Script&)>;
using Inspect = std::function<void(Drill&, const runbook::RunEngine&, const AutoPilot&)>;
inline QString runWalk(const runbook::ScenarioLibrary& lib, const Walk& w, const QString& dir, QSet<QString>* executed,
                       const Change& change = {}, const Inspect& inspect = {})
{
    const Plan plan = lib.plan(w.scenario);
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create ") + dir;
    Drill d(dir);
    AutoPilot::Script script;
    QString error;
    if (!prepare(d, w, script, &error))
        return error;
    if (change)
        change(d, script);
    const QString journal = dir + QStringLiteral("/run.jsonl");
    runbook::RunEngine engine(plan, {d.checks.get(), d.actions.get(), &d.scheduler, &SystemClock::instance()});
    if (!engine.start({{}, QStringLiteral("drill operator"), true, w.facts, journal}, &error))
        return error;
    AutoPilot pilot(&engine, script);
    d.pilot = &pilot;
    pilot.drive();
    if (!waitFor([&] { return pilot.isStopped(); }, 200'000))
        return QStringLiteral("the drill did not end; it is at step %1").arg(engine.run().currentStep());
    if (inspect)
        inspect(d, engine, pilot);
    QStringList problems;
    if (!d.errors.isEmpty())
        problems << QStringLiteral("the lab refused a drill step: ") + d.errors.join(QStringLiteral("; "));
    if (!pilot.problem().isEmpty())
        problems << pilot.problem();
    if (engine.run().outcome() != QLatin1String("completed"))
        problems << QStringLiteral("the run did not complete (at %1)").arg(engine.run().currentStep());
    if (problems.isEmpty() && d.expectAtEnd)
        problems << d.expectAtEnd();
    problems.removeAll(QString());
    if (const PlanStep* decision = plan.find(w.decision)) {
        // The option was taken: its target was entered right after the decision.
        const QStringList history = engine.run().history();
        const QString target = decision->targets.value(w.option);
        bool taken = false;
        for (qsizetype i = 0; i < history.size(); ++i)
            taken = taken || (history.at(i) == w.decision &&
                              (i + 1 < history.size() ? history.at(i + 1) == target : target.isEmpty()));
        if (!taken)
            problems << QStringLiteral("option %1 of %2 was not taken").arg(w.option, w.decision);
    }
    // The journal on disk tells the same story: a drill, every check step that ran answered by the live runners.
    const runbook::Run replayed = runbook::Run::fromEvents(runbook::RunJournal::replay(journal).events);
    if (!replayed.isDrill() || replayed.outcome() != engine.run().outcome())
        problems << QStringLiteral("the journal does not record the run as a finished drill");
    for (auto it = replayed.steps().begin(); it != replayed.steps().end(); ++it) {
        const PlanStep* ps = plan.find(it.key());
        if (!ps || ps->step->kind != StepKind::Check || it->status != runbook::StepState::Status::Done)
            continue;
        if (it->attempts.isEmpty() || it->attempts.last().evidence.contains(QStringLiteral("scripted")))
            problems << QStringLiteral("%1 has no live evidence").arg(it.key());
        // Only the check a decision reads may end failed, on the walk that takes its "failed" option.
        const bool passed = it->hasResult && it->result == runbook::CheckResult::Status::Passed;
        const PlanStep* decision = plan.find(w.decision);
        const bool mayFail = decision && w.option == QLatin1String("failed") && decision->fromCheck == it.key();
        if (!passed && !mayFail)
            problems << QStringLiteral("%1 did not pass: %2")
                            .arg(it.key(), it->attempts.isEmpty() ? QString() : it->attempts.last().summary);
    }
    if (executed) {
        *executed += pilot.executed();
        for (auto it = engine.run().steps().begin(); it != engine.run().steps().end(); ++it) {
            if (it->status == runbook::StepState::Status::Done)
                executed->insert(it.key());
        }
    }
    return problems.join(QLatin1Char('\n'));
}

// The rows of a data-driven drill test: one per walk of each scenario in `scenarios`.
inline void addRows(const runbook::ScenarioLibrary& lib, const QStringList& scenarios)
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("walk");
    for (const QString& id : scenarios) {
        const QList<Walk> walks = walksOf(lib.plan(id));
        for (qsizetype i = 0; i < walks.size(); ++i)
            QTest::newRow(qPrintable(walks.at(i).name())) << id << static_cast<int>(i);
    }
}

// Every step of every scenario in `scenarios` ran in one of the walks; the first one missing, else empty.
inline QString uncovered(const runbook::ScenarioLibrary& lib, const QStringList& scenarios,
                         const QMap<QString, QSet<QString>>& executed)
{
    for (const QString& id : scenarios) {
        const Plan plan = lib.plan(id);
        for (const PlanStep& ps : plan.steps()) {
            if (!executed.value(id).contains(ps.id))
                return QStringLiteral("%1: step %2 never ran in a drill").arg(id, ps.id);
        }
    }
    return {};
}

} // namespace dr::automation::drill
