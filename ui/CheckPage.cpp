#include "CheckPage.h"

#include "StepWidgetSkip.h"
#include "Wizard.h"

#include "runbook/RunEngine.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

using Status = runbook::CheckResult::Status;

CheckPage::CheckPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    m_maxAttempts = 1 + step.step->check.retries;
    for (const runbook::PlanStep& other : wizard->engine()->plan().steps())
        m_decidedByResult = m_decidedByResult || other.fromCheck == step.id;

    auto* row = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run the check"), this);
    m_run->setObjectName(QStringLiteral("runCheck"));
    m_run->setAutoDefault(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Check in progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    row->addWidget(m_run);
    row->addWidget(m_progress, 1);
    row->addStretch();
    body()->addSpacing(8);
    body()->addLayout(row);

    m_status = new QLabel(tr("Not run yet."), this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_status);

    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("checkEvidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setAccessibleName(tr("Evidence of each attempt"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setMinimumHeight(90);
    m_evidence->hide();
    body()->addWidget(m_evidence);

    m_skip = addSkipBox();
    body()->addStretch(1);

    connect(m_run, &QPushButton::clicked, this, &CheckPage::startCheck);
    connect(engine(), &runbook::RunEngine::checkAttempted, this, &CheckPage::onAttempt);
    connect(engine(), &runbook::RunEngine::checkFinished, this, &CheckPage::onFinished);
}

void CheckPage::initializePage()
{
    focusLater(m_run);
}

bool CheckPage::isComplete() const
{
    if (!isCurrentStep())
        return true;
    const runbook::StepState st = engine()->run().step(stepId());
    if (engine()->isBusy() || !st.hasResult || st.stale)
        return false;
    return st.result == Status::Passed || m_decidedByResult;
}

void CheckPage::startCheck()
{
    if (!isCurrentStep())
        return;
    showError({});
    // Busy first: a runner may answer before runCheck() returns.
    m_run->setEnabled(false);
    m_skip->setEnabled(false);
    m_progress->show();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking … attempt 1 of %1").arg(m_maxAttempts));
    emit completeChanged();
    QString error;
    if (!engine()->runCheck(&error)) {
        m_run->setEnabled(true);
        m_skip->setEnabled(true);
        m_progress->hide();
        m_status->setText(tr("Not run."));
        showError(error);
    }
}

void CheckPage::onAttempt(const QString& stepId, int attempt, bool passed)
{
    if (stepId != this->stepId() || !isCurrentStep())
        return;
    showAttempts();
    if (!passed && attempt < m_maxAttempts && engine()->isBusy()) {
        const int wait = step().check.intervalSecs;
        m_status->setText(
            wait > 0
                ? tr("Attempt %1 of %2 did not pass; trying again in %3 s …").arg(attempt).arg(m_maxAttempts).arg(wait)
                : tr("Attempt %1 of %2 did not pass; trying again …").arg(attempt).arg(m_maxAttempts));
    }
}

void CheckPage::onFinished(const QString& stepId, bool passed)
{
    if (stepId != this->stepId() || !isCurrentStep())
        return;
    m_progress->hide();
    m_skip->setEnabled(true);
    m_run->setEnabled(true);
    showAttempts();
    const runbook::StepState st = engine()->run().step(stepId);
    const QString summary = st.attempts.isEmpty() ? QString() : st.attempts.last().summary;
    if (passed) {
        m_status->setText(tr("<b>Passed.</b> %1").arg(summary.toHtmlEscaped()));
        m_run->setText(tr("&Run again"));
    } else if (m_decidedByResult) {
        m_status->setText(tr("<b>Did not pass.</b> %1 The next step depends on this result: continue with Next, or "
                             "Retry.")
                              .arg(summary.toHtmlEscaped()));
        m_run->setText(tr("&Retry"));
    } else {
        m_status->setText(tr("<b>Did not pass.</b> %1 Put it right and Retry, or skip the step and say why.")
                              .arg(summary.toHtmlEscaped()));
        m_run->setText(tr("&Retry"));
    }
    m_status->setStyleSheet(passed ? QStringLiteral("QLabel { color: #1b5e20; }")
                                   : QStringLiteral("QLabel { color: #b00020; }"));
    emit completeChanged();
    if (passed)
        runWizard()->button(QWizard::NextButton)->setFocus();
    else
        m_run->setFocus();
}

void CheckPage::showAttempts()
{
    const runbook::StepState st = engine()->run().step(stepId());
    QStringList lines;
    for (const runbook::CheckAttempt& a : st.attempts) {
        QString status;
        switch (a.status) {
        case Status::Passed:
            status = tr("passed");
            break;
        case Status::Failed:
            status = tr("did not pass");
            break;
        case Status::Error:
            status = tr("could not be made");
            break;
        }
        lines << tr("Attempt %1 (%2): %3 — %4")
                     .arg(a.attempt)
                     .arg(a.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), status, a.summary);
        if (!a.evidence.isEmpty())
            lines << QStringLiteral("    ") +
                         QString::fromUtf8(QJsonDocument(a.evidence).toJson(QJsonDocument::Compact));
    }
    m_evidence->setPlainText(lines.join(QLatin1Char('\n')));
    m_evidence->setVisible(!lines.isEmpty());
}

} // namespace dr::ui
