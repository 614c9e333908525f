#include "InstructionPage.h"

#include <QVBoxLayout>

namespace dr::ui {

InstructionPage::InstructionPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    body()->addStretch(1);
}

} // namespace dr::ui
