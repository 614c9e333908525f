#include "Wizard.h"

#include "ActionPage.h"
#include "CheckPage.h"
#include "ConfirmPage.h"
#include "DecisionPage.h"
#include "FinishPage.h"
#include "InstructionPage.h"
#include "RecordPage.h"

#include "runbook/RunJournal.h"

namespace dr::ui {

using runbook::StepKind;

Wizard::Wizard(runbook::Plan plan, WizardServices services, QWidget* parent)
    : QWizard(parent), m_services(std::move(services))
{
    Q_ASSERT(m_services.isComplete());
    setObjectName(QStringLiteral("scenarioWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setTitleFormat(Qt::RichText);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Forward-only: every answer is journaled as it is given.
    setButtonLayout(
        {QWizard::Stretch, QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    setButtonText(QWizard::CancelButton, tr("C&lose (resume later)"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    resize(760, 620);

    runbook::RunEngine::Services es;
    es.checks = m_services.checks.get();
    es.actions = m_services.actions.get();
    es.scheduler = m_services.scheduler.get();
    es.clock = m_services.clock;
    m_engine = new runbook::RunEngine(std::move(plan), es, this);
    setWindowTitle(scenarioTitle());
    connect(m_engine, &runbook::RunEngine::stepChanged, this, &Wizard::onStepChanged);
    connect(m_engine, &runbook::RunEngine::runFinished, this, &Wizard::onRunFinished);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Wizard::tick);
}

Wizard::~Wizard() = default;

QString Wizard::scenarioTitle() const
{
    const QString title = m_engine->plan().isValid() ? m_engine->plan().scenario().title : QString();
    return m_options.drill ? tr("DRILL — %1").arg(title) : title;
}

bool Wizard::start(const Options& options, QString* error)
{
    m_options = options;
    setWindowTitle(scenarioTitle());
    runbook::RunEngine::StartOptions so;
    so.drill = options.drill;
    so.operatorName = options.operatorName;
    so.facts = options.facts;
    so.journalPath = options.journalPath;
    if (!m_engine->start(so, error))
        return false;
    m_tick.start();
    return true;
}

bool Wizard::resume(const QString& journalPath, QString* error)
{
    // Known before the engine re-enters the step, so that its page carries the DRILL banner.
    m_options.drill = runbook::Run::fromEvents(runbook::RunJournal::replay(journalPath).events).isDrill();
    QStringList messages;
    if (!m_engine->resume(journalPath, error, &messages))
        return false;
    m_options.journalPath = journalPath;
    m_options.operatorName = m_engine->run().operatorName();
    setWindowTitle(scenarioTitle());
    m_tick.start();
    return true;
}

qint64 Wizard::totalElapsedMsecs() const
{
    const QDateTime started = m_engine->run().startedAt();
    if (!started.isValid())
        return 0;
    const QDateTime end = m_engine->run().isFinished() ? m_engine->run().finishedAt() : m_services.clock->nowUtc();
    return started.msecsTo(end);
}

bool Wizard::isLatest(const StepPage* page) const
{
    return page && m_latest >= 0 && QWizard::page(m_latest) == page;
}

StepPage* Wizard::latestPage() const
{
    return qobject_cast<StepPage*>(QWizard::page(m_latest));
}

int Wizard::nextId() const
{
    // After a page's answer was taken, the engine has entered its next step and that page exists: go there.
    if (m_latest > currentId())
        return m_latest;
    if (currentId() == m_finishId)
        return -1;
    // Before the answer: the run goes on (a summary page always ends it), the page is made when the engine moves.
    return m_nextId;
}

void Wizard::addGeneratedPage(QWizardPage* page)
{
    const int id = m_nextId++;
    setPage(id, page);
    m_latest = id;
}

void Wizard::onStepChanged(const QString& stepId)
{
    const runbook::PlanStep* ps = m_engine->plan().find(stepId);
    if (!ps)
        return;
    addGeneratedPage(createPage(*ps));
    m_visited << stepId;
}

void Wizard::onRunFinished(const QString& outcome)
{
    Q_UNUSED(outcome);
    m_tick.stop();
    auto* page = new FinishPage(this);
    addGeneratedPage(page);
    m_finishId = m_latest;
}

StepPage* Wizard::createPage(const runbook::PlanStep& ps)
{
    switch (ps.step->kind) {
    case StepKind::Confirm:
        return new ConfirmPage(this, ps);
    case StepKind::Record:
        return new RecordPage(this, ps);
    case StepKind::Check:
        return new CheckPage(this, ps);
    case StepKind::Action:
        return new ActionPage(this, ps);
    case StepKind::Decision:
        return new DecisionPage(this, ps);
    case StepKind::Instruction:
    case StepKind::Include:
        break;
    }
    return new InstructionPage(this, ps);
}

} // namespace dr::ui
