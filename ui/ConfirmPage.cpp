#include "ConfirmPage.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace dr::ui {

ConfirmPage::ConfirmPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    m_done = new QCheckBox(tr("&Done: I have done this"), this);
    m_done->setObjectName(QStringLiteral("confirmDone"));
    m_done->setAccessibleName(tr("Done: %1").arg(step.step->title));
    body()->addSpacing(8);
    body()->addWidget(m_done);
    body()->addStretch(1);
    connect(m_done, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

bool ConfirmPage::isComplete() const
{
    return m_done->isChecked() || !isCurrentStep();
}

void ConfirmPage::initializePage()
{
    focusLater(m_done);
}

} // namespace dr::ui
