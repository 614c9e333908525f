#include "support/CloudUpdateSchedule.h"

namespace dr::support {

std::optional<CloudUpdate> scheduledCloudUpdate(const QDate& releaseDate, ReleaseKind kind, CloudUpdateLevel level)
{
    if (!releaseDate.isValid())
        return std::nullopt;
    if (kind == ReleaseKind::CriticalSecurity)
        return CloudUpdate{releaseDate, QDate(), true};
    QDate scheduled;
    if (level == CloudUpdateLevel::Level1)
        scheduled = releaseDate.addDays(14);
    else if (kind == ReleaseKind::Major)
        scheduled = releaseDate.addMonths(5);
    else
        return std::nullopt;
    return CloudUpdate{scheduled, scheduled.addDays(-7), false};
}

} // namespace dr::support
