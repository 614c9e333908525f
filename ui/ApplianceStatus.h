#pragma once

#include "api/ApiError.h"
#include "api/HealthCheck.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dr::ui {

// What the dashboard knows of one appliance: its last check_health answer or the error that replaced it.
struct ApplianceStatus
{
    QString name;
    QString address;
    std::optional<api::HealthCheck> health;
    api::ApiError error;
    QDateTime checkedAt;
    bool checking = false;
};

} // namespace dr::ui
