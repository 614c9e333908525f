#include "runbook/RunReport.h"

#include "runbook/RichText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dr::runbook {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::RunReport", s);
}

} // namespace

QString stepStatusText(const StepState& st)
{
    switch (st.status) {
    case StepState::Status::Pending:
        return tr("not reached");
    case StepState::Status::Active:
        return tr("in progress");
    case StepState::Status::Done:
        return tr("done");
    case StepState::Status::Skipped:
        return st.notApplicable ? tr("not applicable") : tr("skipped");
    }
    return {};
}

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : tr("-");
}

// One report as a list of (heading?, line) pairs, rendered as text or HTML.
struct Entry
{
    bool heading = false;
    QString text;
    bool step = false; // part of the per-step details
};

QList<Entry> entries(const Plan& plan, const Run& run)
{
    QList<Entry> out;
    const QString drill = run.isDrill() ? tr("DRILL: ") : QString();
    out.append({true, drill + plan.scenario().title});
    out.append(
        {false, tr("Run %1, scenario %2 version %3").arg(run.runId(), run.scenarioId()).arg(run.scenarioVersion())});
    out.append({false, tr("Operator: %1").arg(run.operatorName())});
    out.append({false, tr("Started: %1; finished: %2; outcome: %3")
                           .arg(when(run.startedAt()), when(run.finishedAt()),
                                run.outcome().isEmpty() ? tr("unfinished") : run.outcome())});
    if (!run.outcomeReason().isEmpty())
        out.append({false, tr("Reason: %1").arg(run.outcomeReason())});
    out.append({false, tr("Time to recovery: %1").arg(RunReport::duration(run.totalMsecs()))});
    if (run.resumeCount() > 0)
        out.append(
            {false, QCoreApplication::translate("dr::runbook::RunReport", "Resumed %n time(s) after an interruption.",
                                                nullptr, run.resumeCount())});
    for (const QString& n : run.notes())
        out.append({false, tr("Note: %1").arg(n)});
    for (int i = 0; i < plan.steps().size(); ++i) {
        const PlanStep& ps = plan.steps().at(i);
        if (!run.steps().contains(ps.id) || ps.step->kind == StepKind::Include)
            continue;
        const StepState st = run.step(ps.id);
        const qsizetype firstOfStep = out.size();
        out.append(
            {true, tr("%1. %2: %3 (%4)")
                       .arg(i + 1)
                       .arg(RichText::toPlain(ps.step->title), stepStatusText(st), RunReport::duration(st.activeMsecs))});
        if (!st.answer.isEmpty())
            out.append({false, tr("Answer: %1").arg(st.answer)});
        if (st.secretRecorded)
            out.append({false, tr("A secret value was entered (not recorded).")});
        if (!st.skipReason.isEmpty())
            out.append({false, tr("Skipped: %1").arg(st.skipReason)});
        for (const CheckAttempt& a : st.attempts)
            out.append({false, tr("Attempt %1 at %2: %3. %4 Evidence: %5")
                                   .arg(a.attempt)
                                   .arg(when(a.at), toString(a.status), a.summary,
                                        QString::fromUtf8(QJsonDocument(a.evidence).toJson(QJsonDocument::Compact)))});
        if (st.stale)
            out.append({false, tr("Checked before an interruption: re-verify.")});
        for (const QString& r : st.refusals)
            out.append({false, tr("Refused: %1").arg(r)});
        if (st.actionDone)
            out.append(
                {false, tr("Action %1: %2").arg(st.actionOk ? tr("succeeded") : tr("failed"), st.actionSummary)});
        for (const QString& n : st.notes)
            out.append({false, tr("Note: %1").arg(n)});
        for (qsizetype k = firstOfStep; k < out.size(); ++k)
            out[k].step = true;
    }
    return out;
}

QString htmlOf(const QList<Entry>& all, bool steps)
{
    QString html;
    bool first = true;
    for (const Entry& e : all) {
        if (e.step == steps) {
            if (e.heading)
                html += QStringLiteral("<h%1>%2</h%1>").arg(first ? 1 : 3).arg(e.text.toHtmlEscaped());
            else
                html += QStringLiteral("<p>%1</p>").arg(e.text.toHtmlEscaped());
        }
        first = false;
    }
    return html;
}

} // namespace

QString RunReport::duration(qint64 msecs)
{
    const qint64 s = msecs / 1000;
    if (s >= 3600)
        return tr("%1 h %2 min %3 s")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

QString RunReport::toText(const Plan& plan, const Run& run)
{
    QString out;
    for (const Entry& e : entries(plan, run))
        out += (e.heading ? QString() : QStringLiteral("    ")) + e.text + QLatin1Char('\n');
    return out;
}

QString RunReport::toHtml(const Plan& plan, const Run& run)
{
    return summaryHtml(plan, run) + stepsHtml(plan, run);
}

QString RunReport::summaryHtml(const Plan& plan, const Run& run)
{
    return htmlOf(entries(plan, run), false);
}

QString RunReport::stepsHtml(const Plan& plan, const Run& run)
{
    return htmlOf(entries(plan, run), true);
}

} // namespace dr::runbook
