#include "runbook/Scheduler.h"

#include <QTimer>

namespace dr::runbook {

QtScheduler::QtScheduler() = default;
QtScheduler::~QtScheduler() = default;

void QtScheduler::after(int msecs, std::function<void()> fn)
{
    QTimer::singleShot(msecs, &m_context, std::move(fn));
}

void ImmediateScheduler::after(int msecs, std::function<void()> fn)
{
    m_waited += msecs;
    fn();
}

QString toString(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Passed:
        return QStringLiteral("passed");
    case CheckResult::Status::Failed:
        return QStringLiteral("failed");
    case CheckResult::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

CheckResult::Status checkStatusFromString(const QString& s)
{
    if (s == QLatin1String("passed"))
        return CheckResult::Status::Passed;
    if (s == QLatin1String("failed"))
        return CheckResult::Status::Failed;
    return CheckResult::Status::Error;
}

} // namespace dr::runbook
