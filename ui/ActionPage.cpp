#include "ActionPage.h"

#include "StepWidgetSkip.h"
#include "Wizard.h"

#include "automation/LiveActionRunner.h"
#include "runbook/RunEngine.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dr::ui {

ActionPage::ActionPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    setCommitPage(true);
    const runbook::ActionSpec& a = step.step->action;
    const QString appliance = engine()->actionAppliance();
    setButtonText(QWizard::CommitButton,
                  a.role == QLatin1String("primary") ? tr("&Make it primary now") : tr("&Change the role now"));

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("actionPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #000000; border: 2px solid "
                                           "#b00020; padding: 8px; }"));
    m_prompt->setText(
        tr("<b>This cannot be undone from here.</b> %1<br>Role after the change: <b>%2</b> on "
           "<b>%3</b>.")
            .arg(engine()->actionPrompt().toHtmlEscaped(), a.role.toHtmlEscaped(), appliance.toHtmlEscaped()));
    body()->addSpacing(8);
    body()->addWidget(m_prompt);

    m_blockers = new QLabel(this);
    m_blockers->setObjectName(QStringLiteral("actionBlockers"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::RichText);
    body()->addWidget(m_blockers);

    auto* form = new QFormLayout;
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("actionConfirmation"));
    m_confirm->setAccessibleName(tr("Type the appliance name to confirm"));
    m_confirm->setPlaceholderText(appliance);
    auto* caption = new QLabel(tr("&Type %1 to confirm:").arg(appliance), this);
    caption->setBuddy(m_confirm);
    form->addRow(caption, m_confirm);
    body()->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setWordWrap(true);
    body()->addWidget(m_status);

    m_skip = addSkipBox();
    body()->addStretch(1);

    connect(m_confirm, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(engine(), &runbook::RunEngine::actionFinished, this, &ActionPage::onFinished);
    if (automation::LiveActionRunner* live = wizard->services().liveActions) {
        connect(live, &automation::LiveActionRunner::progress, this, [this](const QString& id, const QString& message) {
            if (id == stepId() && isCurrentStep() && engine()->isBusy())
                m_status->setText(message.toHtmlEscaped());
        });
    }
    connect(engine(), &runbook::RunEngine::checkFinished, this, &ActionPage::refresh);
    refresh();
}

QStringList ActionPage::blockers() const
{
    return isCurrentStep() ? engine()->actionBlockers() : QStringList();
}

void ActionPage::refresh()
{
    const QStringList reasons = blockers();
    if (reasons.isEmpty()) {
        m_blockers->setText(tr("<b>Checks before the change:</b> all passed just now."));
        m_blockers->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
    } else {
        QString html = tr("<b>Not allowed yet:</b>") + QStringLiteral("<ul>");
        for (const QString& r : reasons)
            html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_blockers->setText(html);
        m_blockers->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    }
    emit completeChanged();
}

void ActionPage::initializePage()
{
    refresh();
    focusLater(m_confirm);
}

bool ActionPage::isComplete() const
{
    if (!isCurrentStep())
        return true;
    if (engine()->isBusy())
        return false;
    if (engine()->run().step(stepId()).actionOk)
        return true;
    return blockers().isEmpty() &&
           m_confirm->text().trimmed().compare(engine()->actionAppliance(), Qt::CaseInsensitive) == 0;
}

bool ActionPage::submit(QString* error)
{
    if (engine()->run().step(stepId()).actionOk)
        return engine()->acknowledge(error);
    runbook::ActionConfirmation confirmation;
    confirmation.appliance = m_confirm->text();
    // Busy first: a runner may answer before executeAction() returns (see onFinished).
    m_status->setText(
        tr("Changing the role of %1 … waiting for the appliance to answer.").arg(engine()->actionAppliance()));
    m_status->setStyleSheet(QString());
    m_confirm->setEnabled(false);
    m_skip->setEnabled(false);
    if (!engine()->executeAction(confirmation, error)) {
        m_status->clear();
        m_confirm->setEnabled(true);
        m_skip->setEnabled(true);
        refresh();
        return false;
    }
    emit completeChanged();
    if (error)
        error->clear();
    return false; // the page stays until the appliance has answered
}

void ActionPage::onFinished(const QString& stepId, bool ok)
{
    if (stepId != this->stepId() || !isCurrentStep())
        return;
    const runbook::StepState st = engine()->run().step(stepId);
    if (ok) {
        m_status->setText(tr("<b>Done.</b> %1").arg(st.actionSummary.toHtmlEscaped()));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
        emit completeChanged();
        advanceLater();
        return;
    }
    m_status->setText(tr("<b>The role was not changed.</b> %1 Find out why (the dashboard shows each appliance's "
                         "role), then confirm again, or skip the step and say why.")
                          .arg(st.actionSummary.toHtmlEscaped()));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_confirm->setEnabled(true);
    m_skip->setEnabled(true);
    refresh();
}

} // namespace dr::ui
