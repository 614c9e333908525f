// The checks that ask an appliance's API: api_health, api_role, api_appliances, connected_count(_increases).
#include "api/ApiClient.h"
#include "automation/CheckAttempt.h"
#include "automation/LiveCheckRunner.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QTcpSocket>

#include <memory>

namespace dr::automation {

namespace {

bool cannotBeMade(const api::ApiError& e)
{
    using K = api::ApiError::Kind;
    return e.kind == K::Auth || e.kind == K::Permission || e.kind == K::Usage;
}

// Records the failed call and ends the attempt: Error when retrying cannot help (credentials, permission).
void failWith(CheckAttempt* at, const QString& what, const api::ApiError& e)
{
    at->setEvidence(what, errorEvidence(e));
    if (cannotBeMade(e))
        at->error(e.message);
    else
        at->fail(e.message);
}

} // namespace

void LiveCheckRunner::apiHealth(CheckAttempt* at)
{
    api::ApiClient* c = clientFor(at, QStringLiteral("appliance"));
    if (!c)
        return;
    const QString expect =
        at->param(QStringLiteral("expect")).isEmpty() ? QStringLiteral("healthy") : at->param(QStringLiteral("expect"));
    at->setEvidence(QStringLiteral("appliance"), at->param(QStringLiteral("appliance")));
    at->setEvidence(QStringLiteral("url"), c->settings().baseUrl.toString());
    at->setEvidence(QStringLiteral("expect"), expect);
    if (expect == QLatin1String("unreachable")) {
        apiHealthUnreachable(at, c);
        return;
    }
    if (expect != QLatin1String("healthy") && expect != QLatin1String("reachable")) {
        at->error(
            tr("Unknown expectation \"%1\" for an API health check (healthy, reachable or unreachable).").arg(expect));
        return;
    }
    api::ApiClient* other = nullptr;
    const QString sameAs = at->param(QStringLiteral("same_as"));
    if (!sameAs.isEmpty()) {
        other = clientFor(at, QStringLiteral("same_as"));
        if (!other)
            return;
        at->setEvidence(QStringLiteral("same_as"), sameAs);
    }
    struct State
    {
        std::optional<api::HealthCheck> mine, theirs;
        std::optional<api::ApiError> myError, theirError;
        int pending = 0;
    };
    auto st = std::make_shared<State>();
    st->pending = other ? 2 : 1;
    auto evaluate = [this, at, st, expect, sameAs]() {
        if (--st->pending > 0)
            return;
        const QString who = at->param(QStringLiteral("appliance"));
        if (st->myError) {
            failWith(at, QStringLiteral("reply"), *st->myError);
            return;
        }
        const api::HealthCheck& h = *st->mine;
        at->setEvidence(QStringLiteral("reply"), healthEvidence(h));
        if (expect == QLatin1String("healthy") && !h.success) {
            at->fail(tr("%1 answers but reports a problem: %2. Fix it (see /appliance > Status) before going on.")
                         .arg(who, h.errorMessage.isEmpty() ? tr("no detail given") : h.errorMessage));
            return;
        }
        if (!sameAs.isEmpty()) {
            if (st->theirError) {
                at->setEvidence(QStringLiteral("same_as_reply"), errorEvidence(*st->theirError));
                at->fail(tr("%1 answers, but %2 could not be asked for its identity to compare: %3")
                             .arg(who, sameAs, st->theirError->message));
                return;
            }
            at->setEvidence(QStringLiteral("same_as_reply"), healthEvidence(*st->theirs));
            if (st->theirs->applianceGuid.isEmpty() || h.applianceGuid != st->theirs->applianceGuid) {
                at->fail(tr("%1 answers, but the appliance behind it is %2 (GUID %3), not %4 (GUID %5). The traffic "
                            "redirect (shared IP, NAT or DNS) does not lead to the expected appliance yet.")
                             .arg(who, h.hostname, h.applianceGuid, sameAs, st->theirs->applianceGuid));
                return;
            }
            at->pass(tr("%1 answers and the appliance behind it is %2 (GUID %3).").arg(who, sameAs, h.applianceGuid));
            return;
        }
        at->pass(expect == QLatin1String("healthy")
                     ? tr("%1 is healthy (%2, failover role %3).").arg(who, h.hostname, h.failoverRole)
                     : tr("%1 answers (%2, failover role %3).").arg(who, h.hostname, h.failoverRole));
    };
    health(at, c, [st, evaluate](const api::HealthCheck* h, const api::ApiError& e) {
        if (h)
            st->mine = *h;
        else
            st->myError = e;
        evaluate();
    });
    if (other) {
        health(at, other, [st, evaluate](const api::HealthCheck* h, const api::ApiError& e) {
            if (h)
                st->theirs = *h;
            else
                st->theirError = e;
            evaluate();
        });
    }
}

// The split-brain guard: nothing may accept a connection at the old primary's API address.
void LiveCheckRunner::apiHealthUnreachable(CheckAttempt* at, api::ApiClient* client)
{
    const QUrl url = client->settings().baseUrl;
    const QString who = at->param(QStringLiteral("appliance"));
    auto* socket = new QTcpSocket(at);
    socket->setProxy(QNetworkProxy::NoProxy);
    auto connected = std::make_shared<bool>(false);
    at->setTimeoutHandler([at, connected, who] {
        if (*connected) {
            at->setEvidence(QStringLiteral("tcp"), QStringLiteral("connected"));
            at->setEvidence(QStringLiteral("timed_out"), true);
            at->fail(tr("%1 accepts connections but its API does not answer: it may be hung but still running. Make "
                        "sure it is powered off or disconnected before promoting another appliance.")
                         .arg(who));
        } else {
            at->setEvidence(QStringLiteral("tcp"), QStringLiteral("no_answer"));
            at->pass(tr("%1 does not answer from here (no answer to a connection within %2 s).")
                         .arg(who)
                         .arg(at->timeoutMs() / 1000));
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, at, [at, socket, connected, who](QAbstractSocket::SocketError err) {
        if (at->isFinished() || *connected)
            return; // after a connection, only the API's answer decides
        at->setEvidence(QStringLiteral("tcp"),
                        err == QAbstractSocket::ConnectionRefusedError ? QStringLiteral("refused")
                        : err == QAbstractSocket::HostNotFoundError    ? QStringLiteral("host_not_found")
                                                                       : QStringLiteral("error"));
        at->setEvidence(QStringLiteral("tcp_error"), socket->errorString());
        at->pass(tr("%1 does not answer from here (%2).").arg(who, socket->errorString()));
    });
    connect(socket, &QTcpSocket::connected, at, [this, at, socket, client, connected, who] {
        *connected = true;
        socket->abort();
        health(at, client, [at, who](const api::HealthCheck* h, const api::ApiError& e) {
            at->setEvidence(QStringLiteral("tcp"), QStringLiteral("connected"));
            if (h) {
                at->setEvidence(QStringLiteral("reply"), healthEvidence(*h));
                at->fail(tr("%1 still answers (%2, failover role %3). Power it off or disconnect it before promoting "
                            "another appliance: two primaries would split the site.")
                             .arg(who, h->hostname, h->failoverRole));
            } else {
                at->setEvidence(QStringLiteral("reply"), errorEvidence(e));
                at->fail(tr("Something still accepts connections at %1 (%2). Make sure the old appliance is powered "
                            "off or disconnected before promoting another one.")
                             .arg(who, e.message));
            }
        });
    });
    socket->connectToHost(url.host(), static_cast<quint16>(url.port(443)));
}

void LiveCheckRunner::apiRole(CheckAttempt* at)
{
    api::ApiClient* c = clientFor(at, QStringLiteral("appliance"));
    if (!c)
        return;
    const QString role = at->param(QStringLiteral("role")).toLower();
    const QString who = at->param(QStringLiteral("appliance"));
    at->setEvidence(QStringLiteral("appliance"), who);
    at->setEvidence(QStringLiteral("expected_role"), role);
    health(at, c, [at, role, who](const api::HealthCheck* h, const api::ApiError& e) {
        if (!h) {
            failWith(at, QStringLiteral("reply"), e);
            return;
        }
        at->setEvidence(QStringLiteral("reply"), healthEvidence(*h));
        if (h->failoverRole == role)
            at->pass(tr("%1 reports the %2 role.").arg(who, role));
        else
            at->fail(tr("%1 reports the role \"%2\", not %3 (yet).").arg(who, h->failoverRole, role));
    });
}

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
            failWith(at, QStringLiteral("reply"), *st->healthError);
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
                failWith(at, QStringLiteral("appliances"), r.error);
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
                failWith(at, QStringLiteral("summary"), r.error);
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
                at->pass(tr("%1 has %2 connected %3 client(s).").arg(who).arg(n).arg(type));
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
