#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace dr::runbook {

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
    QStringList problems; // replay notes and errors (torn last line, damaged lines)
};

class RunDirectory
{
public:
    // Every *.jsonl journal in dir, newest first.
    static QList<RunSummary> list(const QString& dir);
    // The runs that were interrupted (started, not finished): the ones to offer to resume.
    static QList<RunSummary> unfinished(const QString& dir);
    // A new journal path: <dir>/<UTC time>-<scenario>[-drill].jsonl
    static QString newJournalPath(const QString& dir, const QString& scenarioId, bool drill, const Clock& clock);
};

} // namespace dr::runbook
