#pragma once

#include "StepPage.h"

class QButtonGroup;

namespace dr::ui {

// A question with one radio button per answer. The engine takes the answer and enters the step it leads to; the
// wizard's nextId() then branches to that step's page.
class DecisionPage : public StepPage
{
    Q_OBJECT
public:
    DecisionPage(Wizard* wizard, const runbook::PlanStep& step);

    bool isComplete() const override;
    void initializePage() override;
    QString selectedValue() const;

protected:
    bool submit(QString* error) override;

private:
    QButtonGroup* m_group = nullptr;
    QStringList m_values;
};

} // namespace dr::ui
