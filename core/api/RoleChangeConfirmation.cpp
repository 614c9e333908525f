#include "api/RoleChangeConfirmation.h"

namespace dr::api {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::api::RoleChangeConfirmation", s);
}

ApiError usage(const QString& message)
{
    return ApiError::make(ApiError::Kind::Usage, message);
}

} // namespace

QString roleName(FailoverRole role)
{
    return role == FailoverRole::Primary ? QStringLiteral("primary") : QStringLiteral("backup");
}

Result<RoleChangeConfirmation> RoleChangeConfirmation::create(const RoleChangePreCheck& pre, FailoverRole target,
                                                              bool dataSyncFirst, bool force,
                                                              const QString& typedConfirmation, const Clock& clock)
{
    using R = Result<RoleChangeConfirmation>;
    const qint64 age = pre.checkedAt().secsTo(clock.nowUtc());
    if (!pre.checkedAt().isValid() || age > kMaxPreCheckAgeSecs || age < -5) {
        return R::failure(usage(tr("The pre-check of this appliance is older than %1 minutes. Run it again (API "
                                   "information and health) before changing the failover role.")
                                    .arg(kMaxPreCheckAgeSecs / 60)));
    }
    if (auto missing = pre.apiInfo().checkPermissionFor(Operation::ChangeRole))
        return R::failure(*missing);
    const HealthCheck& h = pre.health();
    if (!h.failoverConfigured()) {
        return R::failure(usage(tr("%1 is not part of a failover pair (its failover role is \"%2\"), so its role "
                                   "cannot be changed. Configure failover in /login > Management > Failover first.")
                                    .arg(h.hostname, h.failoverRole)));
    }
    const QString targetName = roleName(target);
    if (h.failoverRole == targetName) {
        return R::failure(usage(
            tr("%1 is already %2; nothing to change. Check which appliance you meant.").arg(h.hostname, targetName)));
    }
    if (force && !(h.failoverRole == QLatin1String("primary") && target == FailoverRole::Backup)) {
        return R::failure(usage(tr("\"Force\" only applies when telling the primary to become backup; leave it off "
                                   "for this change.")));
    }
    const QString typed = typedConfirmation.trimmed();
    const bool matches = !typed.isEmpty() && (typed.compare(h.hostname, Qt::CaseInsensitive) == 0 ||
                                              typed.compare(pre.siteHost(), Qt::CaseInsensitive) == 0);
    if (!matches) {
        return R::failure(usage(tr("The confirmation does not match. To change the role of this appliance, type its "
                                   "hostname exactly: %1")
                                    .arg(h.hostname.isEmpty() ? pre.siteHost() : h.hostname)));
    }
    RoleChangeConfirmation c;
    c.m_target = target;
    c.m_dataSyncFirst = dataSyncFirst;
    c.m_force = force;
    c.m_siteKey = pre.siteKey();
    c.m_guid = h.applianceGuid;
    c.m_confirmedName = typed;
    c.m_checkedAt = pre.checkedAt();
    c.m_healthAt = pre.healthCheckedAt();
    c.m_observation = pre.observation();
    return R::success(std::move(c));
}

std::optional<ApiError> RoleChangeConfirmation::validFor(const QString& siteKey, const Clock& clock) const
{
    if (siteKey != m_siteKey) {
        return usage(tr("This role-change confirmation was given for another appliance (%1). Confirm again for this "
                        "one.")
                         .arg(m_siteKey));
    }
    if (m_checkedAt.secsTo(clock.nowUtc()) > kMaxPreCheckAgeSecs) {
        return usage(tr("The role-change confirmation has expired (the pre-check is older than %1 minutes). Run the "
                        "pre-check and confirm again.")
                         .arg(kMaxPreCheckAgeSecs / 60));
    }
    return std::nullopt;
}

} // namespace dr::api
