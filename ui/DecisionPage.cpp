#include "DecisionPage.h"

#include "runbook/RunEngine.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dr::ui {

DecisionPage::DecisionPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    const runbook::DecisionSpec& d = step.step->decision;
    auto* box = new QGroupBox(d.question, this);
    box->setObjectName(QStringLiteral("decisionBox"));
    auto* layout = new QVBoxLayout(box);
    m_group = new QButtonGroup(this);
    int n = 0;
    for (const runbook::DecisionOption& option : d.options) {
        if (!step.targets.contains(option.value))
            continue;
        ++n;
        QString label = option.label;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // Digits as mnemonics: Alt+1, Alt+2 ... pick an answer from the keyboard.
        auto* radio = new QRadioButton(n <= 9 ? QStringLiteral("&%1  %2").arg(n).arg(label) : label, box);
        radio->setObjectName(QStringLiteral("option:%1").arg(option.value));
        radio->setAccessibleName(option.label);
        m_group->addButton(radio, m_values.size());
        m_values << option.value;
        layout->addWidget(radio);
    }
    body()->addWidget(box);
    body()->addStretch(1);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            emit completeChanged();
    });
}

QString DecisionPage::selectedValue() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? m_values.value(id) : QString();
}

bool DecisionPage::isComplete() const
{
    return !selectedValue().isEmpty() || !isCurrentStep();
}

void DecisionPage::initializePage()
{
    if (!m_group->buttons().isEmpty())
        focusLater(m_group->buttons().constFirst());
}

bool DecisionPage::submit(QString* error)
{
    return engine()->choose(selectedValue(), error);
}

} // namespace dr::ui
