#pragma once

#include "api/ApiError.h"

namespace dr::api {

// Reply of `set_failover_role`: either the role changed at once, or a data sync started and the
// role will change when it completes (poll check_health on both peers; both may read "backup" for a moment).
struct SetRoleResult
{
    enum class Outcome { Changed, SyncStarted };
    Outcome outcome = Outcome::Changed;
    QString message; // the appliance's <success> text
};

// Accepts <success> as the root or wrapped in any element; an <error> anywhere is an error.
Result<SetRoleResult> parseSetRoleResult(const QByteArray& body);

} // namespace dr::api
