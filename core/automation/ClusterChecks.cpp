// The checks that read the site's members and clients: api_appliances and connected_count(_increases).
#include "api/ApiClient.h"
#include "automation/CheckAttempt.h"
#include "automation/LiveCheckRunner.h"

#include <QJsonArray>

#include <memory>

namespace dr::automation {

// Runs check_health (for the appliance's own GUID) and another call of the same client side by side, then
// `evaluate(health, result)` once both have answered; a failed check_health ends the attempt.
template <class T>
void LiveCheckRunner::withHealth(CheckAttempt* at, api::ApiClient* client, api::TypedApiCall<T>* call,
                                 std::function<void(const api::HealthCheck&, const api::Result<T>&)> evaluate)
{
    struct State
    {
        std::optional<api::HealthCheck> health;
        std::optional<api::ApiError> healthError;
        std::optional<api::Result<T>> result;
        int pending = 2;
    };
    auto st = std::make_shared<State>();
    auto maybeDone = [at, st, evaluate] {
        if (--st->pending > 0 || at->isFinished())
            return;
        if (st->healthError) {
            at->failWith(QStringLiteral("reply"), *st->healthError);
            return;
        }
        evaluate(*st->health, *st->result);
    };
    at->track(call);
    connect(call, &api::ApiCall::finished, at, [at, st, call, maybeDone] {
        if (at->isFinished())
            return;
        st->result = call->result();
        maybeDone();
    });
    health(at, client, [st, maybeDone](const api::HealthCheck* h, const api::ApiError& e) {
        if (h)
            st->health = *h;
        else
            st->healthError = e;
        maybeDone();
    });
}

void LiveCheckRunner::apiAppliances(CheckAttempt* at)
{
    api::ApiClient* c = clientFor(at, QStringLiteral("appliance"));
    if (!c)
        return;
    const QString who = at->param(QStringLiteral("appliance"));
    const QString expect = at->param(QStringLiteral("expect"));
    const QString member = at->param(QStringLiteral("member"));
    if (expect != QLatin1String("no_other_primary") && expect != QLatin1String("member_present")) {
        at->error(
            tr("Unknown expectation \"%1\" for get_appliances (no_other_primary or member_present).").arg(expect));
        return;
    }
    if (expect == QLatin1String("member_present") && member.isEmpty()) {
        at->error(tr("No member to look for: record the appliance that should be in the cluster."));
        return;
    }
    at->setEvidence(QStringLiteral("appliance"), who);
    at->setEvidence(QStringLiteral("expect"), expect);
    withHealth<api::ApplianceList>(
        at, c, c->getAppliances(),
        [at, who, expect, member](const api::HealthCheck& h, const api::Result<api::ApplianceList>& r) {
            if (!r.ok()) {
                at->failWith(QStringLiteral("appliances"), r.error);
                return;
            }
            const QString self = h.applianceGuid;
            QJsonArray list;
            QStringList primaries, stale;
            bool present = false;
            const HostPort wanted = splitHostPort(member);
            for (const api::ApplianceInfo& m : *r.value) {
                list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                        {QStringLiteral("name"), m.name},
                                        {QStringLiteral("public_hostname"), m.publicHostname},
                                        {QStringLiteral("cluster_role"), m.clusterRoleText},
                                        {QStringLiteral("failover_role"), m.failoverRole},
                                        {QStringLiteral("accepting_connections"), m.acceptingConnections}});
                const QString label = m.publicHostname.isEmpty() ? m.name : m.publicHostname;
                if (m.id != self && m.failoverRole == QLatin1String("primary"))
                    (m.acceptingConnections ? primaries : stale) << label;
                if (!member.isEmpty() && (m.name.compare(member, Qt::CaseInsensitive) == 0 ||
                                          m.publicHostname.compare(wanted.host, Qt::CaseInsensitive) == 0 ||
                                          m.id.compare(member, Qt::CaseInsensitive) == 0))
                    present = true;
            }
            at->setEvidence(QStringLiteral("self_guid"), self);
            at->setEvidence(QStringLiteral("appliances"), list);
            if (expect == QLatin1String("member_present")) {
                if (present)
                    at->pass(tr("%1 lists %2 as a member.").arg(who, member));
                else
                    at->fail(tr("%1 does not list %2 as a member (yet).").arg(who, member));
                return;
            }
            if (!stale.isEmpty())
                at->setEvidence(QStringLiteral("listed_primary_not_accepting"), QJsonArray::fromStringList(stale));
            if (!primaries.isEmpty()) {
                at->setEvidence(QStringLiteral("other_primaries"), QJsonArray::fromStringList(primaries));
                at->fail(tr("Another appliance reports the primary role and accepts connections: %1. Promoting %2 "
                            "now would make two primaries.")
                             .arg(primaries.join(QStringLiteral(", ")), who));
                return;
            }
            at->pass(stale.isEmpty() ? tr("No other appliance reports the primary role.")
                                     : tr("No other appliance reports the primary role while accepting connections "
                                          "(%1 is listed as primary but does not accept connections).")
                                           .arg(stale.join(QStringLiteral(", "))));
        });
}

void LiveCheckRunner::connectedCount(CheckAttempt* at, bool increases)
{
    api::ApiClient* c = clientFor(at, QStringLiteral("appliance"));
    if (!c)
        return;
    const QString who = at->param(QStringLiteral("appliance"));
    const QString type = at->param(QStringLiteral("type")).isEmpty() ? QStringLiteral("representative")
                                                                     : at->param(QStringLiteral("type"));
    int baseline = 0;
    int by = 1;
    if (increases) {
        const QJsonValue b = at->request().baseline.value(type);
        if (!b.isDouble()) {
            at->error(tr("There is no baseline count of \"%1\" to compare with: run the count step first.").arg(type));
            return;
        }
        baseline = b.toInt();
        by = at->request().params.value(QStringLiteral("by")).toVariant().toInt();
        if (by <= 0)
            by = 1;
        at->setEvidence(QStringLiteral("baseline"), baseline);
        at->setEvidence(QStringLiteral("by"), by);
    }
    at->setEvidence(QStringLiteral("appliance"), who);
    at->setEvidence(QStringLiteral("type"), type);
    withHealth<api::ConnectedClientSummary>(
        at, c, c->getConnectedClientList(),
        [at, who, type, increases, baseline, by](const api::HealthCheck& h,
                                                 const api::Result<api::ConnectedClientSummary>& r) {
            if (!r.ok()) {
                at->failWith(QStringLiteral("summary"), r.error);
                return;
            }
            const api::ConnectedClientSummary& s = *r.value;
            const QString guid = h.applianceGuid;
            at->setEvidence(QStringLiteral("appliance_guid"), guid);
            at->setEvidence(QStringLiteral("site_total"), s.total(type));
            if (!s.countsByAppliance.contains(guid)) {
                at->fail(tr("The connected-client summary of %1 does not list the appliance itself (GUID %2); it may "
                            "not be part of the site yet.")
                             .arg(who, guid));
                return;
            }
            const int n = s.count(guid, type);
            at->setEvidence(type, n);
            if (!increases) {
                at->pass(tr("%1 has %n connected %2 client(s).", nullptr, int(n)).arg(who, type));
            } else if (n >= baseline + by) {
                at->pass(tr("The %1 count on %2 went from %3 to %4.").arg(type, who).arg(baseline).arg(n));
            } else {
                at->fail(tr("The %1 count on %2 is %3; it should be at least %4 (%5 before, plus %6). Log in with the "
                            "representative console through this appliance and check again.")
                             .arg(type, who)
                             .arg(n)
                             .arg(baseline + by)
                             .arg(baseline)
                             .arg(by));
            }
        });
}

} // namespace dr::automation
