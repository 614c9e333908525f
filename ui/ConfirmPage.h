#pragma once

#include "StepPage.h"

class QCheckBox;

namespace dr::ui {

// Something the operator does by hand (in /login, /appliance, the DNS server ...): Next is enabled once "Done" is
// ticked.
class ConfirmPage : public StepPage
{
    Q_OBJECT
public:
    ConfirmPage(Wizard* wizard, const runbook::PlanStep& step);

    bool isComplete() const override;
    void initializePage() override;

private:
    QCheckBox* m_done = nullptr;
};

} // namespace dr::ui
