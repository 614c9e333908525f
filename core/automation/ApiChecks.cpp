// The checks that ask one appliance about itself: api_health (with same_as and the split-brain guard) and api_role.
#include "api/ApiClient.h"
#include "automation/CheckAttempt.h"
#include "automation/LiveCheckRunner.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QTcpSocket>

#include <memory>

namespace dr::automation {

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
            at->failWith(QStringLiteral("reply"), *st->myError);
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
            at->failWith(QStringLiteral("reply"), e);
            return;
        }
        at->setEvidence(QStringLiteral("reply"), healthEvidence(*h));
        if (h->failoverRole == role)
            at->pass(tr("%1 reports the %2 role.").arg(who, role));
        else
            at->fail(tr("%1 reports the role \"%2\", not %3 (yet).").arg(who, h->failoverRole, role));
    });
}

} // namespace dr::automation
