#pragma once

#include "StepPage.h"

namespace dr::ui {

// An instruction of the guide: read it, then Next.
class InstructionPage : public StepPage
{
    Q_OBJECT
public:
    InstructionPage(Wizard* wizard, const runbook::PlanStep& step);
};

} // namespace dr::ui
