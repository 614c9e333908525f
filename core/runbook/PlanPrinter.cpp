#include "runbook/PlanPrinter.h"

#include "runbook/RichText.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>

namespace dr::runbook {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::PlanPrinter", s);
}

QString numberOf(const Plan& plan, const QString& id)
{
    if (id.isEmpty())
        return tr("the end");
    return tr("step %1").arg(plan.indexOf(id) + 1);
}

// ${key} shown as the label of the value the operator records for it: "[Backup appliance]".
// With a site value: "[Backup appliance: backup.example.com]".
QString describeVariables(const Plan& plan, QString text, const PlanPrinter::Options& options)
{
    for (const QString& key : plan.recordKeys()) {
        const PlanStep* rec = plan.recordStepFor(key);
        const QString site = rec->step->record.secret ? QString() : options.site.value(key);
        text.replace(QStringLiteral("${") + key + QLatin1Char('}'),
                     QLatin1Char('[') + rec->step->record.label +
                         (site.isEmpty() ? QString() : QStringLiteral(": ") + site) + QLatin1Char(']'));
    }
    return text;
}

struct Line
{
    enum Kind { Heading, Text, Warning, Note, Blank } kind;
    QString text;
};

QString includeTitle(const Plan& plan, int index)
{
    // The procedure an include step opens is the file of the step that follows it.
    const QList<PlanStep>& steps = plan.steps();
    return index + 1 < steps.size() ? steps.at(index + 1).file->title : QString();
}

QList<Line> linesOf(const Plan& plan, int index, const PlanPrinter::Options& options)
{
    const PlanStep& ps = plan.steps().at(index);
    const int number = index + 1;
    const Step& st = *ps.step;
    QList<Line> out;
    QString box;
    switch (st.kind) {
    case StepKind::Include:
        out.append({Line::Heading, tr("%1. Procedure: %2").arg(number).arg(includeTitle(plan, index))});
        break;
    case StepKind::Confirm:
    case StepKind::Record:
    case StepKind::Action:
        box = QStringLiteral("[ ] ");
        break;
    default:
        break;
    }
    if (st.kind != StepKind::Include)
        out.append({Line::Heading, QStringLiteral("%1%2. %3").arg(box).arg(number).arg(st.title)});
    const QString condition = PlanPrinter::conditionText(plan, st);
    if (!condition.isEmpty())
        out.append({Line::Note, condition});
    if (!st.body.isEmpty())
        out.append({Line::Text, st.body});
    for (const QString& w : st.warnings)
        out.append({Line::Warning, w});
    switch (st.kind) {
    case StepKind::Record: {
        const QString site = options.site.value(st.record.key);
        if (st.record.secret)
            out.append({Line::Blank, tr("%1: (secret, do not write it here)").arg(st.record.label)});
        else if (!site.isEmpty())
            out.append({Line::Blank, tr("%1: **%2** (site profile; cross out and correct if it changed)")
                                         .arg(st.record.label, QString(site).remove(QStringLiteral("**")))});
        else
            out.append({Line::Blank, tr("%1: ______________________________").arg(st.record.label)});
        break;
    }
    case StepKind::Check:
        out.append({Line::Note, tr("Automated check (%1); without the tool, verify it by hand. Result: ______")
                                    .arg(kinds::toString(st.check.kind))});
        break;
    case StepKind::Action: {
        QStringList pre;
        for (const QString& id : ps.preconditions)
            pre << numberOf(plan, id);
        out.append({Line::Warning, tr("Only after %1 passed. %2")
                                       .arg(pre.join(QStringLiteral(", ")),
                                            QString(st.action.confirmation)
                                                .replace(QStringLiteral("%1"),
                                                         describeVariables(plan, st.action.appliance, options)))});
        break;
    }
    case StepKind::Decision:
        out.append({Line::Text, st.decision.question});
        for (const DecisionOption& o : st.decision.options) {
            const bool ticked = !st.decision.fact.isEmpty() && options.site.value(st.decision.fact) == o.value;
            out.append({Line::Blank, (ticked ? tr("(X) %1: go to %2 (site profile)") : tr("( ) %1: go to %2"))
                                         .arg(o.label, numberOf(plan, ps.targets.value(o.value)))});
        }
        break;
    default:
        break;
    }
    for (const QString& n : st.notes)
        out.append({Line::Note, n});
    if (options.handwriting && (!box.isEmpty() || st.kind == StepKind::Check || st.kind == StepKind::Decision))
        out.append({Line::Blank, tr("Time: ____:____   Initials: ________")});
    return out;
}

} // namespace

QString PlanPrinter::conditionText(const Plan& plan, const Step& step)
{
    auto label = [&](const QString& fact, const QString& value) {
        for (const PlanStep& ps : plan.steps()) {
            if (ps.step->kind != StepKind::Decision || ps.step->decision.fact != fact)
                continue;
            for (const DecisionOption& o : ps.step->decision.options) {
                if (o.value == value)
                    return QStringLiteral("%1: %2").arg(ps.step->decision.question, o.label);
            }
        }
        return QStringLiteral("%1 = %2").arg(fact, value);
    };
    QStringList parts;
    for (auto it = step.appliesTo.begin(); it != step.appliesTo.end(); ++it) {
        QStringList values;
        for (const QString& v : it.value())
            values << label(it.key(), v);
        parts << values.join(tr(" or "));
    }
    return parts.isEmpty() ? QString() : tr("Only if %1.").arg(parts.join(tr(" and ")));
}

QString PlanPrinter::toText(const Plan& plan, const Options& options)
{
    QString out = plan.scenario().title + QLatin1Char('\n') + plan.scenario().summary + QStringLiteral("\n\n");
    for (int i = 0; i < plan.steps().size(); ++i) {
        const PlanStep& ps = plan.steps().at(i);
        const QString indent(ps.depth * 4, QLatin1Char(' '));
        for (const Line& l : linesOf(plan, i, options)) {
            QString text = RichText::toPlain(l.text);
            if (l.kind == Line::Warning)
                text = tr("WARNING: ") + text;
            else if (l.kind == Line::Note)
                text = tr("Note: ") + text;
            for (const QString& line : text.split(QLatin1Char('\n')))
                out +=
                    indent + (l.kind == Line::Heading ? QString() : QStringLiteral("    ")) + line + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString PlanPrinter::toHtml(const Plan& plan, const Options& options)
{
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(plan.scenario().title.toHtmlEscaped(), plan.scenario().summary.toHtmlEscaped());
    for (int i = 0; i < plan.steps().size(); ++i) {
        const PlanStep& ps = plan.steps().at(i);
        html += QStringLiteral("<div style=\"margin-left:%1em\">").arg(ps.depth * 2);
        for (const Line& l : linesOf(plan, i, options)) {
            const QString text = RichText::toHtml(l.text);
            switch (l.kind) {
            case Line::Heading:
                html += QStringLiteral("<h3>%1</h3>").arg(text);
                break;
            case Line::Warning:
                html += QStringLiteral("<p><b>%1</b>%2</p>").arg(tr("WARNING: ").toHtmlEscaped(), text);
                break;
            case Line::Note:
                html += QStringLiteral("<p><i>%1%2</i></p>").arg(tr("Note: ").toHtmlEscaped(), text);
                break;
            case Line::Text:
                html += QStringLiteral("<p>%1</p>").arg(text);
                break;
            case Line::Blank: // room to write by hand on paper (see print::PdfBook's style sheet)
                html += QStringLiteral("<p class=\"blank\">%1</p>").arg(text);
                break;
            }
        }
        html += QStringLiteral("</div>");
    }
    return html;
}

} // namespace dr::runbook
