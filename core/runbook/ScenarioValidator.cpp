#include "runbook/ScenarioValidator.h"

#include "runbook/RichText.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dr::runbook {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::ScenarioValidator", s);
}

void collectVars(const QString& s, QStringList& out)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([a-z][a-z0-9_]*)\\}"));
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!out.contains(key))
            out << key;
    }
}

} // namespace

QStringList ScenarioValidator::variablesOf(const Step& step)
{
    QStringList out;
    if (step.kind == StepKind::Check) {
        for (auto it = step.check.params.begin(); it != step.check.params.end(); ++it) {
            if (it.value().isArray()) {
                for (const QJsonValue& v : it.value().toArray())
                    collectVars(v.toString(), out);
            } else {
                collectVars(it.value().toString(), out);
            }
        }
    }
    if (step.kind == StepKind::Action)
        collectVars(step.action.appliance, out);
    return out;
}

QStringList ScenarioValidator::reachable(const Scenario& sc)
{
    QSet<int> seen;
    QList<int> queue{0};
    auto push = [&](int i) {
        if (i >= 0 && i < sc.steps.size() && !seen.contains(i))
            queue.append(i);
    };
    while (!queue.isEmpty()) {
        const int i = queue.takeFirst();
        if (seen.contains(i) || i >= sc.steps.size())
            continue;
        seen.insert(i);
        const Step& st = sc.steps.at(i);
        if (st.kind == StepKind::Decision) {
            for (const DecisionOption& o : st.decision.options)
                push(o.target.isEmpty() ? i + 1 : sc.indexOf(o.target));
        } else if (!st.next.isEmpty()) {
            push(sc.indexOf(st.next));
        } else {
            push(i + 1);
        }
    }
    QStringList ids;
    for (int i = 0; i < sc.steps.size(); ++i) {
        if (seen.contains(i))
            ids << sc.steps.at(i).id;
    }
    return ids;
}

QStringList ScenarioValidator::validate(const Scenario& sc)
{
    QStringList errors;
    auto err = [&](const Step& st, const QString& what) {
        errors << tr("%1: step \"%2\": %3").arg(sc.fileName, st.id, what);
    };
    auto targetOk = [&](const QString& t) { return t.isEmpty() || t == QLatin1String("end") || sc.step(t); };

    for (int i = 0; i < sc.steps.size(); ++i) {
        const Step& st = sc.steps.at(i);
        if (!targetOk(st.next))
            err(st, tr("next \"%1\" is not a step of this file; fix the id").arg(st.next));
        if (st.next == st.id)
            err(st, tr("next points at the step itself"));
        for (const QString& text : QStringList{st.title, st.body} + st.warnings + st.notes) {
            if (!RichText::isBalanced(text))
                err(st, tr("unbalanced ** label markup in \"%1\"; close every **label**").arg(text.left(60)));
        }
        if (st.kind == StepKind::Decision) {
            if (!st.next.isEmpty())
                err(st, tr("a decision goes where its options say; remove \"next\""));
            QSet<QString> values;
            for (const DecisionOption& o : st.decision.options) {
                if (values.contains(o.value))
                    err(st, tr("option value \"%1\" appears twice").arg(o.value));
                values.insert(o.value);
                if (!targetOk(o.target))
                    err(st,
                        tr("option \"%1\" targets \"%2\", which is not a step of this file").arg(o.value, o.target));
                if (!st.decision.fact.isEmpty() && !kinds::facts().value(st.decision.fact).contains(o.value))
                    err(st, tr("option \"%1\" is not a value of fact %2").arg(o.value, st.decision.fact));
            }
            if (!st.decision.fact.isEmpty() && !kinds::facts().contains(st.decision.fact))
                err(st, tr("decision.fact \"%1\" is unknown").arg(st.decision.fact));
            if (!st.decision.fromCheck.isEmpty()) {
                const int ci = sc.indexOf(st.decision.fromCheck);
                if (ci < 0 || sc.steps.at(ci).kind != StepKind::Check || ci > i)
                    err(st,
                        tr("from_check \"%1\" must be an earlier check step of this file").arg(st.decision.fromCheck));
                if (values != QSet<QString>{QStringLiteral("passed"), QStringLiteral("failed")})
                    err(st, tr("a decision on a check has exactly the options \"passed\" and \"failed\""));
            }
        }
        if (st.kind == StepKind::Action) {
            for (const QString& p : st.action.preconditions) {
                const int pi = sc.indexOf(p);
                if (pi < 0 || sc.steps.at(pi).kind != StepKind::Check || pi > i)
                    err(st, tr("precondition \"%1\" must be an earlier check step of this file").arg(p));
            }
        }
        if (st.kind == StepKind::Check && st.check.kind == CheckKind::ConnectedCountIncreases) {
            const QString base = st.check.params.value(QLatin1String("baseline_step")).toString();
            const int bi = sc.indexOf(base);
            if (bi < 0 || bi > i || sc.steps.at(bi).check.kind != CheckKind::ConnectedCount ||
                sc.steps.at(bi).kind != StepKind::Check)
                err(st, tr("baseline_step \"%1\" must be an earlier connected_count check of this file").arg(base));
        }
    }
    const QStringList reach = reachable(sc);
    for (const Step& st : sc.steps) {
        if (!reach.contains(st.id))
            err(st, tr("no path from the first step reaches this step; add a target to it or remove it"));
    }
    return errors;
}

} // namespace dr::runbook
