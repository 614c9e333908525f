#include "InstructionPage.h"

namespace dr::ui {

InstructionPage::InstructionPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step) {}

} // namespace dr::ui
