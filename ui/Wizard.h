#pragma once

#include "WizardServices.h"

#include "runbook/Plan.h"
#include "runbook/RunEngine.h"

#include <QMap>
#include <QTimer>
#include <QWizard>

namespace dr::ui {

class StepPage;

// One wizard per scenario, generated from the engine's plan: each time the engine enters a step, a page is made
// for it from the step model (instruction, confirm, record, check, action, decision); no page is hand-written.
// The engine decides where the run goes; nextId() branches to the page of the step it entered. Pages get fresh
// ids, so a procedure that loops back ("update the site, then check the version again") gets a new page.
// The run is forward-only and journaled, so there is no Back button; closing the wizard leaves the journal
// resumable.
class Wizard : public QWizard
{
    Q_OBJECT
public:
    struct Options
    {
        bool drill = false;
        QString operatorName;
        QString journalPath; // empty: no journal
        QMap<QString, QString> facts;
    };

    Wizard(runbook::Plan plan, WizardServices services, QWidget* parent = nullptr);
    ~Wizard() override;

    bool start(const Options& options, QString* error);
    // Continues an interrupted run from its journal at the step where it stopped; checks it relied on are stale
    // and must be run again before the guarded action.
    bool resume(const QString& journalPath, QString* error);

    runbook::RunEngine* engine() const { return m_engine; }
    const WizardServices& services() const { return m_services; }
    bool isDrill() const { return m_options.drill; }
    QString journalPath() const { return m_options.journalPath; }
    QString scenarioTitle() const;

    // The page of the engine's current step (or the summary at the end); the only page that takes input.
    int latestPageId() const { return m_latest; }
    bool isLatest(const StepPage* page) const;
    StepPage* latestPage() const;
    // The plan step ids of the pages made so far, in order (the run's path through the scenario).
    QStringList visitedSteps() const { return m_visited; }

    // Milliseconds since the run started, by the services' clock.
    qint64 totalElapsedMsecs() const;

    int nextId() const override;

signals:
    void tick(); // once a second: pages refresh their elapsed time

private:
    void onStepChanged(const QString& stepId);
    void onRunFinished(const QString& outcome);
    StepPage* createPage(const runbook::PlanStep& step);
    void addGeneratedPage(QWizardPage* page);

    WizardServices m_services;
    runbook::RunEngine* m_engine = nullptr;
    Options m_options;
    QTimer m_tick;
    int m_nextId = 1;
    int m_latest = -1;
    int m_finishId = -1;
    QStringList m_visited;
};

} // namespace dr::ui
