#pragma once

#include "api/ApiError.h"

#include <QList>

namespace dr::api {

// A representative logged in to the site: who would be disconnected by a sync-first role swap.
struct LoggedInRep
{
    QString id;
    QString displayName; // <display_name> (or <public_display_name>, <username> when absent)
    QString username;
};

using LoggedInReps = QList<LoggedInRep>;

// Reply of `get_logged_in_reps` (root <logged_in_reps>, one <rep id="…"> per representative).
Result<LoggedInReps> parseLoggedInReps(const QByteArray& body);

} // namespace dr::api
