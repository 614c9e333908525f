#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace dr::runbook {

class ScenarioLibrary;

// What the application shows when it starts: the runs in its journal folder, and which ones can be resumed.
struct RunSummary
{
    QString path;
    QString runId;
    QString scenarioId;
    int scenarioVersion = 0;
    bool drill = false;
    QString operatorName;
    QString currentStep;
    QDateTime startedAt;
    QDateTime lastEventAt;
    bool finished = false;
    QString outcome;
    QStringList problems;   // replay notes and errors (torn last line, damaged lines)
    QString definitionHash; // Plan::definitionHash() the run journaled when it started (empty in older journals)
    // Filled when a library is given: the definition of the scenario in that library (empty if it has no such
    // scenario), and whether the run's definition changed since it started (another scenario version, another
    // definition hash, its current step gone, or the scenario gone), so that RunEngine::resume would refuse it.
    QString currentDefinitionHash;
    bool definitionChanged = false;
};

class RunDirectory
{
public:
    // Every *.jsonl journal in dir, newest first.
    static QList<RunSummary> list(const QString& dir);
    // The runs that were interrupted (started, not finished): the ones to offer to resume. With a library (the
    // scenarios the program would resume them with), each says whether its definition changed since it started.
    static QList<RunSummary> unfinished(const QString& dir, const ScenarioLibrary* library = nullptr);
    // Fills currentDefinitionHash and definitionChanged of a summary against library.
    static void compareDefinition(RunSummary* summary, const ScenarioLibrary& library);
    // A new journal path: <dir>/<UTC time>-<scenario>[-drill].jsonl
    static QString newJournalPath(const QString& dir, const QString& scenarioId, bool drill, const Clock& clock);
};

} // namespace dr::runbook
