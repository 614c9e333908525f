#include "print/PrintStamp.h"

#include "common/BuildInfo.h"

#include <QCoreApplication>

namespace dr::print {

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

PrintStamp PrintStamp::forPlan(const runbook::Plan& plan, const QDateTime& printedAt)
{
    return {dr::appVersion(), shortHash(plan.definitionHash()),
            QStringLiteral("%1 v%2").arg(plan.scenario().id).arg(plan.scenario().version), printedAt.toUTC()};
}

PrintStamp PrintStamp::general(const QDateTime& printedAt)
{
    return {dr::appVersion(), QString(), QString(), printedAt.toUTC()};
}

} // namespace dr::print
