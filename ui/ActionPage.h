#pragma once

#include "StepPage.h"

class QLabel;
class QLineEdit;

namespace dr::ui {

class StepWidgetSkip;

// The one irreversible step, set_failover_role, as a commit page: it lists what the engine's guard still
// objects to, and the commit button stays disabled until the operator has typed the name of the appliance the
// action changes. Committing starts the action without blocking; the wizard moves on once it succeeded.
class ActionPage : public StepPage
{
    Q_OBJECT
public:
    ActionPage(Wizard* wizard, const runbook::PlanStep& step);

    bool isComplete() const override;
    void initializePage() override;
    QLineEdit* confirmationEdit() const { return m_confirm; }
    QStringList blockers() const;

protected:
    bool submit(QString* error) override;

private:
    void refresh();
    void onFinished(const QString& stepId, bool ok);

    QLabel* m_prompt = nullptr;
    QLabel* m_blockers = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_confirm = nullptr;
    StepWidgetSkip* m_skip = nullptr;
};

} // namespace dr::ui
