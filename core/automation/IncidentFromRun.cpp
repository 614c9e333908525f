// The vendor incident report, pre-filled from a run: versions and roles from check_health evidence, errors and
// steps from the journal's state, the duration from the run's start.
#include "automation/IncidentFromRun.h"

#include "runbook/RichText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dr::automation {

namespace {

using runbook::CheckKind;
using runbook::CheckResult;
using runbook::StepKind;
using runbook::StepState;

QString trI(const char* text)
{
    return QCoreApplication::translate("IncidentFromRun", text);
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// Appends once, keeping the first position.
void addOnce(QStringList* list, const QString& value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list->contains(v))
        list->append(v);
}

// Appliance label -> role, in the order first seen; the last role seen wins.
struct Roles
{
    QStringList order;
    QMap<QString, QString> role;
    void see(const QString& appliance, const QString& r)
    {
        if (appliance.isEmpty() || r.isEmpty())
            return;
        if (!role.contains(appliance))
            order.append(appliance);
        role.insert(appliance, r);
    }
    QString text() const
    {
        QStringList lines;
        for (const QString& a : order)
            lines << QStringLiteral("%1: %2").arg(a, role.value(a));
        return lines.join(QLatin1Char('\n'));
    }
};

// One check_health reply ("reply" or "same_as_reply"), as LiveCheckRunner's healthEvidence writes it.
void readHealthReply(const QJsonObject& reply, const QString& appliance, QStringList* versions, Roles* roles)
{
    if (reply.isEmpty())
        return;
    addOnce(versions, reply.value(QStringLiteral("version")).toString());
    const QString label = appliance.isEmpty() ? reply.value(QStringLiteral("hostname")).toString() : appliance;
    roles->see(label, reply.value(QStringLiteral("failover_role")).toString());
}

void readEvidence(CheckKind kind, const QJsonObject& ev, QStringList* versions, Roles* roles)
{
    if (kind == CheckKind::ApiHealth || kind == CheckKind::ApiRole) {
        readHealthReply(ev.value(QStringLiteral("reply")).toObject(), ev.value(QStringLiteral("appliance")).toString(),
                        versions, roles);
        readHealthReply(ev.value(QStringLiteral("same_as_reply")).toObject(),
                        ev.value(QStringLiteral("same_as")).toString(), versions, roles);
    } else if (kind == CheckKind::ApiAppliances) {
        const QJsonArray members = ev.value(QStringLiteral("appliances")).toArray();
        for (const QJsonValue& v : members) {
            const QJsonObject m = v.toObject();
            QString label = m.value(QStringLiteral("public_hostname")).toString();
            if (label.isEmpty())
                label = m.value(QStringLiteral("name")).toString();
            roles->see(label, m.value(QStringLiteral("failover_role")).toString());
        }
    }
}

QStringList uniqueHistory(const runbook::Run& run)
{
    QStringList ids;
    for (const QString& id : run.history())
        addOnce(&ids, id);
    return ids;
}

} // namespace

support::IncidentReport incidentFromRun(const runbook::Plan& plan, const runbook::Run& run, const QDateTime& nowUtc,
                                        const IncidentFromRunOptions& options)
{
    support::IncidentReport r;
    r.severity = options.severity;
    r.incidentNumber = support::normalizeIncidentNumber(options.incidentNumber);
    r.inquirerName = options.inquirerName.isEmpty() ? run.operatorName() : options.inquirerName;
    r.organization = options.organization;

    QStringList versions, errors, steps, actions;
    Roles roles;
    QString firstProblemStep;
    for (const QString& id : uniqueHistory(run)) {
        const runbook::PlanStep* ps = plan.find(id);
        if (!ps || !ps->step || ps->step->kind == StepKind::Include)
            continue;
        const QString title = runbook::RichText::toPlain(ps->step->title);
        const StepState st = run.step(id);
        for (const runbook::CheckAttempt& a : st.attempts) {
            if (ps->step->kind == StepKind::Check)
                readEvidence(ps->step->check.kind, a.evidence, &versions, &roles);
            if (a.status != CheckResult::Status::Passed)
                addOnce(&errors, a.summary);
        }
        for (const QString& refusal : st.refusals)
            addOnce(&errors, refusal);
        if (st.actionDone) {
            if (!st.actionOk)
                addOnce(&errors, st.actionSummary);
            actions << trI("%1: %2").arg(title, st.actionSummary);
        }
        // A check that passed on a later attempt is not the problem; its failed attempts are still reported.
        const bool problem = (st.hasResult && st.result != CheckResult::Status::Passed) || !st.refusals.isEmpty() ||
                             (st.actionDone && !st.actionOk);
        if (problem && firstProblemStep.isEmpty())
            firstProblemStep = title;
        if (st.status == StepState::Status::Done)
            steps << QStringLiteral("%1  %2").arg(stamp(st.lastLeft.isValid() ? st.lastLeft : st.firstEntered), title);
    }

    const QString scenario = runbook::RichText::toPlain(plan.isValid() ? plan.scenario().title : run.scenarioId());
    r.summary = firstProblemStep.isEmpty() ? scenario : trI("%1: \"%2\" failed").arg(scenario, firstProblemStep);
    r.productVersion = versions.join(QStringLiteral(", "));
    r.errorMessages = errors.join(QLatin1Char('\n'));
    r.reproductionSteps = steps.join(QLatin1Char('\n'));
    QStringList prior;
    prior << (run.isDrill() ? trI("Followed the recovery runbook \"%1\" as a drill (run %2, started %3).")
                            : trI("Followed the recovery runbook \"%1\" (run %2, started %3)."))
                 .arg(scenario, run.runId(), stamp(run.startedAt()));
    if (actions.isEmpty())
        prior << trI("No failover role change was made.");
    else
        prior << actions;
    r.actionsTakenPrior = prior.join(QLatin1Char('\n'));
    if (run.isStarted() && nowUtc.isValid())
        r.issueDuration =
            support::IncidentComposer::describeDuration(qMax<qint64>(0, run.startedAt().secsTo(nowUtc)));
    r.serverRoles = roles.text();
    return r;
}

} // namespace dr::automation
