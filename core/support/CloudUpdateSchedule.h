#pragma once

#include <QDate>

#include <optional>

namespace dr::support {

// Bomgar Cloud automated update schedules (guide, "Release Versions").
enum class CloudUpdateLevel {
    Level1, // default: updated two weeks after any Bomgar Software version is released
    Level2, // updated five months after each MAJOR version is released
};

enum class ReleaseKind { Major, Maintenance, CriticalSecurity };

struct CloudUpdate
{
    QDate scheduled;        // when the appliance is updated if the release was not applied manually before
    QDate noticeBy;         // "notified no less than one week before": the latest day the notice may arrive
    bool immediate = false; // critical security update: applied immediately, whatever the level
};

// nullopt for a maintenance release under Level 2: that schedule follows major releases only, so a
// maintenance release is not applied automatically on its own (install it manually if needed).
std::optional<CloudUpdate> scheduledCloudUpdate(const QDate& releaseDate, ReleaseKind kind,
                                                CloudUpdateLevel level = CloudUpdateLevel::Level1);

} // namespace dr::support
