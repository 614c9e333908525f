#include "FinishPage.h"

#include "DrillBanner.h"
#include "StepWidgetClock.h"
#include "Wizard.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dr::ui {

FinishPage::FinishPage(Wizard* wizard) : QWizardPage(wizard)
{
    setObjectName(QStringLiteral("page:finished"));
    const runbook::Run& run = wizard->engine()->run();
    const bool completed = run.outcome() == QLatin1String("completed");
    setTitle(QStringLiteral("<span style=\"font-size:14pt\">%1</span>")
                 .arg(completed ? tr("The scenario is complete") : tr("The run was stopped")));
    setSubTitle(wizard->engine()->plan().scenario().title);
    setFinalPage(true);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (wizard->isDrill())
        outer->addWidget(new DrillBanner(this));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    int done = 0, skipped = 0;
    for (const QString& id : wizard->visitedSteps()) {
        const runbook::StepState st = run.step(id);
        if (st.status == runbook::StepState::Status::Skipped && !st.notApplicable)
            ++skipped;
        else if (st.status == runbook::StepState::Status::Done)
            ++done;
    }
    QString html =
        tr("<p>Outcome: <b>%1</b>%2</p>")
            .arg(run.outcome().toHtmlEscaped(), run.outcomeReason().isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(" — ") + run.outcomeReason().toHtmlEscaped());
    html += tr("<p>Total time: <b>%1</b>. Steps done: %2. Steps skipped with a reason: %3.</p>")
                .arg(StepWidgetClock::duration(wizard->totalElapsedMsecs()))
                .arg(done)
                .arg(skipped);
    if (!wizard->journalPath().isEmpty())
        html += tr("<p>Everything that happened is in the journal:<br><tt>%1</tt></p>")
                    .arg(wizard->journalPath().toHtmlEscaped());
    auto* summary = new QLabel(html, content);
    summary->setObjectName(QStringLiteral("finishSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);
    layout->addStretch(1);
}

} // namespace dr::ui
