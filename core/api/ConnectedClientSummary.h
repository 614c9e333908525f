#pragma once

#include "api/ApiError.h"

#include <QMap>

namespace dr::api {

// Reply of `get_connected_client_list` with summary_only=1:
// per appliance GUID, the number of connected clients by type ("representative", "support_customer", …).
struct ConnectedClientSummary
{
    QMap<QString, QMap<QString, int>> countsByAppliance;

    int count(const QString& applianceId, const QString& type) const
    {
        return countsByAppliance.value(applianceId).value(type, 0);
    }
    int total(const QString& type) const;
};

Result<ConnectedClientSummary> parseConnectedClientSummary(const QByteArray& body);

} // namespace dr::api
