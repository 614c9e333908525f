#include "runbook/AutoPilot.h"

#include "runbook/RecordValidator.h"
#include "runbook/RunEngine.h"

#include <QPointer>

namespace dr::runbook {

AutoPilot::AutoPilot(RunEngine* engine, Script script, QObject* parent)
    : QObject(parent), m_engine(engine), m_script(std::move(script))
{
    auto resume = [this] {
        if (!m_waiting)
            return;
        m_waiting = false;
        if (!m_inDrive)
            drive();
    };
    connect(engine, &RunEngine::checkFinished, this, resume);
    connect(engine, &RunEngine::actionFinished, this, resume);
    connect(engine, &RunEngine::reverified, this, resume);
    m_resume = resume;
}

void AutoPilot::fail(const QString& why)
{
    m_problem = why;
    m_stopped = true;
    emit stopped();
}

void AutoPilot::drive()
{
    m_stopped = false;
    m_inDrive = true;
    while (!m_stopped && !m_waiting) {
        if (m_engine->run().isFinished()) {
            m_stopped = true;
            emit stopped();
            break;
        }
        if (++m_steps > m_script.maxSteps) {
            fail(QStringLiteral("more than %1 steps: the scenario loops").arg(m_script.maxSteps));
            break;
        }
        stepOnce();
    }
    m_inDrive = false;
}

void AutoPilot::stepOnce()
{
    const PlanStep* ps = m_engine->current();
    if (!ps) {
        fail(QStringLiteral("no current step"));
        return;
    }
    if (ps->id == m_script.stopBefore) {
        m_script.stopBefore.clear(); // stop once
        m_stopped = true;
        emit stopped();
        return;
    }
    const auto hand = m_script.operatorSteps.constFind(ps->id);
    const qsizetype visit = m_engine->run().history().size();
    if (hand != m_script.operatorSteps.constEnd() && m_operatorVisit != visit) {
        m_operatorVisit = visit;
        m_operatorDone << ps->id;
        m_waiting = true;
        auto called = std::make_shared<bool>(false);
        QPointer<AutoPilot> self(this);
        (*hand)([self, called] {
            if (*called || !self)
                return;
            *called = true;
            self->m_resume();
        });
        return;
    }
    QString error;
    bool ok = true;
    const Step& st = *ps->step;
    const StepState state = m_engine->run().step(ps->id);
    switch (st.kind) {
    case StepKind::Instruction:
    case StepKind::Confirm:
    case StepKind::Include:
        ok = m_engine->acknowledge(&error);
        break;
    case StepKind::Record:
        if (st.record.secret) {
            ok = m_engine->submitSecret(
                Secret(m_script.secrets.value(st.record.key, QByteArrayLiteral("drill-secret"))), &error);
        } else {
            QString v = m_script.values.value(st.record.key, RecordValidator::example(st.record.type));
            ok = m_engine->submitValue(v.isEmpty() ? QStringLiteral("drill") : v, &error);
        }
        break;
    case StepKind::Decision: {
        QString choice = m_script.choices.value(ps->id);
        if (choice.isEmpty())
            choice = st.decision.options.first().value;
        ok = m_engine->choose(choice, &error);
        break;
    }
    case StepKind::Check:
        if (!state.hasResult || state.stale) {
            m_executed.insert(ps->id);
            m_waiting = true;
            if (!m_engine->runCheck(&error)) {
                m_waiting = false;
                fail(error);
            }
            return;
        }
        if (!m_engine->acknowledge(nullptr)) {
            if (m_script.stopOnFailedCheck) {
                const QString summary = state.attempts.isEmpty() ? QString() : state.attempts.last().summary;
                fail(QStringLiteral("%1: the check did not pass: %2").arg(ps->id, summary));
                return;
            }
            ok = m_engine->skip(QStringLiteral("automatic drill: the check did not pass"), &error);
        }
        break;
    case StepKind::Action:
        if (state.actionDone && state.actionOk) {
            ok = m_engine->acknowledge(&error);
            break;
        }
        if (state.actionDone) {
            fail(QStringLiteral("%1: the action failed: %2").arg(ps->id, state.actionSummary));
            return;
        }
        if (!m_engine->staleChecks().isEmpty()) {
            if (m_reverifiedFor == ps->id) {
                fail(QStringLiteral("%1: refused: %2").arg(ps->id, m_engine->actionBlockers().join(QLatin1Char(' '))));
                return;
            }
            m_reverifiedFor = ps->id;
            m_waiting = true;
            if (!m_engine->reverify(&error)) {
                m_waiting = false;
                fail(error);
            }
            return;
        }
        m_executed.insert(ps->id);
        m_waiting = true;
        if (!m_engine->executeAction({m_engine->actionAppliance(), QStringLiteral("autopilot")}, &error)) {
            m_waiting = false;
            fail(QStringLiteral("%1: refused: %2").arg(ps->id, error));
        }
        return;
    }
    if (!ok)
        fail(QStringLiteral("%1: %2").arg(ps->id, error));
    else
        m_executed.insert(ps->id);
}

} // namespace dr::runbook
