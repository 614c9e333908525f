#pragma once

#include "api/ApiError.h"
#include "api/ApiInfo.h"
#include "api/HealthCheck.h"
#include "common/Clock.h"

namespace dr::api {

enum class FailoverRole { Primary, Backup };
QString roleName(FailoverRole role); // "primary" / "backup" (the API's words)

// Fresh pre-check results for ONE appliance, as observed by an ApiClient: get_api_info (permissions) and
// check_health (identity, current failover role). Only ApiClient::preCheck() can make one, so a
// RoleChangeConfirmation can only be built from what was really read from that appliance.
class RoleChangePreCheck
{
public:
    const ApiInfo& apiInfo() const { return m_apiInfo; }
    const HealthCheck& health() const { return m_health; }
    const QString& siteKey() const { return m_siteKey; }
    const QString& siteHost() const { return m_siteHost; }
    const QDateTime& checkedAt() const { return m_checkedAt; } // the older of the two observations
    const QDateTime& healthCheckedAt() const { return m_healthAt; }
    quint64 observation() const { return m_observation; } // which check_health of its client it rests on

private:
    friend class ApiClient;
    RoleChangePreCheck() = default;
    ApiInfo m_apiInfo;
    HealthCheck m_health;
    QString m_siteKey;
    QString m_siteHost;
    QDateTime m_checkedAt;
    QDateTime m_healthAt;
    quint64 m_observation = 0;
};

// Permission to call set_failover_role ONCE on one appliance. A role change disconnects users (a sync-first
// swap stops everything until it ends) and can conflict with automatic failover, so it must never be
// callable casually: the only way to get a confirmation is create(), which requires
//  - a pre-check no older than kMaxPreCheckAgeSecs (ApiClient::preCheck(): get_api_info + check_health),
//  - perm_command = full_access on the API account,
//  - failover configured on the appliance, and the target role different from its current one,
//  - `force` only when telling the primary to become backup,
//  - the operator's typed confirmation equal to the appliance's hostname (from check_health) or the
//    host of the URL it was reached at (case-insensitive).
// ApiClient::setFailoverRole() re-checks that the confirmation is for its own site and still fresh.
// The runbook engine will add further checks (peer state, DNS, logged-in reps) before building one.
class RoleChangeConfirmation
{
public:
    static constexpr int kMaxPreCheckAgeSecs = 300;

    static Result<RoleChangeConfirmation> create(const RoleChangePreCheck& preCheck, FailoverRole target,
                                                 bool dataSyncFirst, bool force, const QString& typedConfirmation,
                                                 const Clock& clock);

    FailoverRole targetRole() const { return m_target; }
    bool dataSyncFirst() const { return m_dataSyncFirst; }
    bool force() const { return m_force; }
    const QString& siteKey() const { return m_siteKey; }
    const QString& applianceGuid() const { return m_guid; }
    const QString& confirmedName() const { return m_confirmedName; }
    const QDateTime& preCheckedAt() const { return m_checkedAt; }
    const QDateTime& healthCheckedAt() const { return m_healthAt; }
    quint64 observation() const { return m_observation; } // which check_health of its client it rests on

    // Usage error when the confirmation is not for `siteKey` or has gone stale.
    std::optional<ApiError> validFor(const QString& siteKey, const Clock& clock) const;

private:
    RoleChangeConfirmation() = default;
    FailoverRole m_target = FailoverRole::Backup;
    bool m_dataSyncFirst = false;
    bool m_force = false;
    QString m_siteKey;
    QString m_guid;
    QString m_confirmedName;
    QDateTime m_checkedAt;
    QDateTime m_healthAt;
    quint64 m_observation = 0;
};

} // namespace dr::api
