#include "runbook/Plan.h"

#include <QCryptographicHash>

namespace dr::runbook {

Plan::Plan(std::shared_ptr<const void> owner, const Scenario* scenario, QList<PlanStep> steps)
    : m_owner(std::move(owner)), m_scenario(scenario), m_steps(std::move(steps))
{
}

const PlanStep* Plan::find(const QString& qualifiedId) const
{
    const int i = indexOf(qualifiedId);
    return i < 0 ? nullptr : &m_steps.at(i);
}

int Plan::indexOf(const QString& qualifiedId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == qualifiedId)
            return i;
    }
    return -1;
}

QString Plan::definitionHash() const
{
    if (!m_scenario)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<const Scenario*> seen;
    const auto add = [&](const Scenario* sc) {
        if (!sc || seen.contains(sc))
            return;
        seen << sc;
        hash.addData(QStringLiteral("%1@%2:%3\n").arg(sc->id).arg(sc->version).arg(sc->sha256).toUtf8());
    };
    add(m_scenario);
    for (const PlanStep& ps : m_steps)
        add(ps.file);
    return QString::fromLatin1(hash.result().toHex());
}

QStringList Plan::recordKeys() const
{
    QStringList keys;
    for (const PlanStep& ps : m_steps) {
        if (ps.step->kind == StepKind::Record && !keys.contains(ps.step->record.key))
            keys << ps.step->record.key;
    }
    return keys;
}

const PlanStep* Plan::recordStepFor(const QString& key) const
{
    for (const PlanStep& ps : m_steps) {
        if (ps.step->kind == StepKind::Record && ps.step->record.key == key)
            return &ps;
    }
    return nullptr;
}

} // namespace dr::runbook
