#include "runbook/RunDirectory.h"

#include "runbook/Run.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"

#include <QDir>

#include <algorithm>

namespace dr::runbook {

QList<RunSummary> RunDirectory::list(const QString& dirPath)
{
    QList<RunSummary> out;
    const QDir dir(dirPath);
    for (const QString& name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        const RunJournal::Replay replay = RunJournal::replay(path);
        const Run run = Run::fromEvents(replay.events);
        RunSummary s;
        s.path = path;
        s.runId = run.runId();
        s.scenarioId = run.scenarioId();
        s.scenarioVersion = run.scenarioVersion();
        s.drill = run.isDrill();
        s.operatorName = run.operatorName();
        s.currentStep = run.currentStep();
        s.startedAt = run.startedAt();
        s.lastEventAt = run.lastEventAt();
        s.finished = run.isFinished();
        s.outcome = run.outcome();
        s.problems = replay.notes + replay.errors;
        s.definitionHash = run.definitionHash();
        if (run.isStarted())
            out.append(s);
    }
    std::sort(out.begin(), out.end(),
              [](const RunSummary& a, const RunSummary& b) { return a.lastEventAt > b.lastEventAt; });
    return out;
}

QList<RunSummary> RunDirectory::unfinished(const QString& dir, const ScenarioLibrary* library)
{
    QList<RunSummary> out;
    for (RunSummary s : list(dir)) {
        if (s.finished)
            continue;
        if (library)
            compareDefinition(&s, *library);
        out.append(s);
    }
    return out;
}

void RunDirectory::compareDefinition(RunSummary* s, const ScenarioLibrary& library)
{
    // The same test RunEngine::resume makes before it continues a run.
    const Plan plan = library.plan(s->scenarioId);
    s->currentDefinitionHash = plan.definitionHash();
    s->definitionChanged = !plan.isValid() || plan.scenario().version != s->scenarioVersion ||
                           (!s->definitionHash.isEmpty() && s->definitionHash != s->currentDefinitionHash) ||
                           !plan.find(s->currentStep);
}

QString RunDirectory::newJournalPath(const QString& dir, const QString& scenarioId, bool drill, const Clock& clock)
{
    const QString stamp = clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString base = stamp + QLatin1Char('-') + scenarioId + (drill ? QStringLiteral("-drill") : QString());
    QString path = QDir(dir).filePath(base + QStringLiteral(".jsonl"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(dir).filePath(base + QStringLiteral("-%1.jsonl").arg(n));
    return path;
}

} // namespace dr::runbook
