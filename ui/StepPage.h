#pragma once

#include "runbook/Plan.h"

#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace dr::runbook {
class RunEngine;
}

namespace dr::ui {

class StepWidgetClock;
class StepWidgetSkip;
class Wizard;

// The common frame of a generated page: the DRILL banner in a drill, the step's time and the run's, and a scroll
// area holding the guide's text (labels in bold), its warnings and notes, then what the step kind adds.
// validatePage() hands the operator's answer to the engine; it never opens a dialog.
class StepPage : public QWizardPage
{
    Q_OBJECT
public:
    StepPage(Wizard* wizard, const runbook::PlanStep& step);

    QString stepId() const { return m_stepId; }
    const runbook::Step& step() const { return *m_step; }
    bool isCurrentStep() const; // this page's step is the engine's current one, and this is its latest page
    int nextId() const override;
    bool validatePage() override;

    // An inline message under the page's controls (empty hides it).
    void showError(const QString& message);
    QString errorText() const;

protected:
    // Hands the answer to the engine. Returns true when the engine moved on.
    virtual bool submit(QString* error);
    QVBoxLayout* body() const { return m_body; }
    Wizard* runWizard() const { return m_wizard; }
    runbook::RunEngine* engine() const;
    // A skip-with-reason row wired to the engine.
    StepWidgetSkip* addSkipBox();
    // Moves the wizard on once an asynchronous step has been answered (after the event loop returns).
    void advanceLater();
    void freezeClock();
    // Gives w the keyboard focus once the wizard has finished showing the page (it focuses its own choice first).
    void focusLater(QWidget* w);

private:
    Wizard* m_wizard = nullptr;
    const runbook::Step* m_step = nullptr;
    QString m_stepId;
    QVBoxLayout* m_body = nullptr;
    QLabel* m_error = nullptr;
    StepWidgetClock* m_clock = nullptr;
};

} // namespace dr::ui
