#include "print/PrintStamp.h"

#include "common/BuildInfo.h"
#include "runbook/StepKinds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dr::print {
namespace {

QJsonObject conditionsJson(const runbook::Conditions& c)
{
    QJsonObject o;
    for (auto it = c.begin(); it != c.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QJsonObject stepJson(const runbook::PlanStep& ps)
{
    const runbook::Step& st = *ps.step;
    QJsonArray options;
    for (const runbook::DecisionOption& o : st.decision.options)
        options.append(QJsonArray{o.value, o.label, ps.targets.value(o.value)});
    return QJsonObject{
        {QStringLiteral("id"), ps.id},
        {QStringLiteral("file"), QStringLiteral("%1@%2").arg(ps.file->id).arg(ps.file->version)},
        {QStringLiteral("kind"), static_cast<int>(st.kind)},
        {QStringLiteral("title"), st.title},
        {QStringLiteral("body"), st.body},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(st.warnings)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(st.notes)},
        {QStringLiteral("applies"), conditionsJson(st.appliesTo)},
        {QStringLiteral("next"), ps.next},
        {QStringLiteral("record"), QJsonArray{st.record.key, static_cast<int>(st.record.type), st.record.label,
                                              st.record.secret, st.record.optional}},
        {QStringLiteral("check"), QJsonArray{runbook::kinds::toString(st.check.kind), st.check.params,
                                             st.check.timeoutSecs, st.check.retries, st.check.intervalSecs}},
        {QStringLiteral("action"), QJsonArray{st.action.appliance, st.action.role, st.action.dataSyncFirst,
                                              QJsonArray::fromStringList(ps.preconditions), st.action.confirmation}},
        {QStringLiteral("decision"),
         QJsonArray{st.decision.question, st.decision.fact, st.decision.fromCheck, options}},
        {QStringLiteral("include"), st.include},
    };
}

} // namespace

QString PrintStamp::text() const
{
    QStringList parts{QCoreApplication::translate("dr::print::PrintStamp", "drrunbook %1").arg(appVersion)};
    if (!scenarioLabel.isEmpty())
        parts << scenarioLabel;
    if (!definitionHash.isEmpty())
        parts << QCoreApplication::translate("dr::print::PrintStamp", "definition sha256:%1").arg(definitionHash);
    parts << QCoreApplication::translate("dr::print::PrintStamp", "printed %1")
                 .arg(printedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return parts.join(QStringLiteral(" | "));
}

QString PrintStamp::hashOf(const runbook::Plan& plan)
{
    QJsonArray steps;
    for (const runbook::PlanStep& ps : plan.steps())
        steps.append(stepJson(ps));
    const QJsonObject root{{QStringLiteral("scenario"), plan.scenario().id},
                           {QStringLiteral("version"), plan.scenario().version},
                           {QStringLiteral("title"), plan.scenario().title},
                           {QStringLiteral("summary"), plan.scenario().summary},
                           {QStringLiteral("steps"), steps}};
    // QJsonDocument writes object keys sorted, so the bytes are canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(root).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

PrintStamp PrintStamp::forPlan(const runbook::Plan& plan, const QDateTime& printedAt)
{
    return {dr::appVersion(), shortHash(hashOf(plan)),
            QStringLiteral("%1 v%2").arg(plan.scenario().id).arg(plan.scenario().version), printedAt.toUTC()};
}

PrintStamp PrintStamp::general(const QDateTime& printedAt)
{
    return {dr::appVersion(), QString(), QString(), printedAt.toUTC()};
}

} // namespace dr::print
