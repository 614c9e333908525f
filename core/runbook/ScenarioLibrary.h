#pragma once

#include "runbook/Plan.h"

#include <memory>

namespace dr::runbook {

// All scenario and procedure files, loaded and validated together (includes resolve, no include cycles,
// every ${key} used by a check or action is recorded somewhere in the expanded plan).
class ScenarioLibrary
{
public:
    ScenarioLibrary();

    // The scenarios compiled into the program (Qt resource :/scenarios, from resources/scenarios/*.json).
    static ScenarioLibrary builtin(bool translate = true);
    static QString builtinPath();

    // Loads every *.json in a directory (resource or file system), in file-name order. Returns false on any error.
    bool loadDirectory(const QString& dir, bool translate = true);
    bool addFile(const QByteArray& json, const QString& fileName, bool translate = true);
    // Runs the cross-file checks; call after the last addFile. loadDirectory calls it.
    bool finish();

    bool isValid() const { return m_errors.isEmpty() && !m_data->all.isEmpty(); }
    QStringList errors() const { return m_errors; }

    const QList<Scenario>& all() const { return m_data->all; }
    QList<const Scenario*> scenarios() const;  // the guided scenarios, in file order
    QList<const Scenario*> procedures() const; // the shared procedures
    const Scenario* find(const QString& id) const;

    // The scenario with its includes expanded. Invalid Plan if the id is unknown or includes fail.
    Plan plan(const QString& scenarioId, QStringList* errors = nullptr) const;

private:
    struct Data
    {
        QList<Scenario> all;
    };
    bool expand(const Scenario& sc, const QString& prefix, int depth, const QString& continuation, QStringList chain,
                QList<PlanStep>& out, QStringList& errors) const;

    std::shared_ptr<Data> m_data;
    QStringList m_errors;
};

} // namespace dr::runbook
