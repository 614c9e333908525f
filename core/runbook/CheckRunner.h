#pragma once

#include "common/Secret.h"
#include "runbook/Step.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace dr::runbook {

// What the engine asks the outside world to check. Parameters are resolved (no ${key} left).
struct CheckRequest
{
    QString stepId; // qualified plan step id
    CheckKind kind = CheckKind::ApiHealth;
    QJsonObject params;
    int timeoutSecs = 10;          // the runner must answer within this time (report a timeout as Failed)
    int attempt = 1;               // 1-based
    QJsonObject baseline;          // connected_count_increases: the evidence of the baseline check
    QMap<QString, Secret> secrets; // secret recorded values the check may need (e.g. a .p12 passphrase)
    bool drill = false;
};

struct CheckResult
{
    enum class Status { Passed, Failed, Error };
    Status status = Status::Error;
    QString summary;      // one line for the operator, translated by the runner
    QJsonObject evidence; // the reply, the fingerprint, the DNS answer ...; journaled: never put a secret here
};

// Executes automated checks. The application implements it with core/api, core/cert, DNS lookups and sockets
// (against the lab in a drill); tests script it. The callback may be called synchronously or later, exactly once.
// Passed means the expectation holds; Failed that it does not (the engine retries); Error that the check could not
// be made at all (bad input, missing secret: no retry). What each kind receives in params and when it passes:
//   api_health        appliance, expect=healthy|reachable|unreachable, [same_as]: check_health of appliance; with
//                     same_as, passes only if both report the same appliance GUID (the redirect reached it)
//   api_role          appliance, role: check_health <failover_role> equals role (polled through retries)
//   api_appliances    appliance, expect=no_other_primary|member_present, [member]: get_appliances on appliance
//   tls_serves_certificate  host, [port], [certificate_file]: the served leaf equals the .p12's certificate
//                     (the .p12 passphrase arrives in secrets["p12_passphrase"] when the operator entered it)
//   dns_resolves_to   host, address: an A record of host equals address
//   tcp_reachable     host, port, expect=reachable|unreachable
//   http_probe        urls (array), [expect=any_answers]: the evidence names the first URL that answered
//   connected_count   appliance, type: evidence {"<type>": N} from get_connected_client_list summary
//   connected_count_increases  appliance, type, by, baseline (request.baseline = evidence of the baseline step)
//   backup_file       file, [site_version], [max_age_days]: .nsb name "Bomgar…" gives version and date; version
//                     rules against site_version (never newer to older), freshness against max_age_days
//   pkcs12_file       file, [host]: opens with secrets["p12_passphrase"]; key, certificate and chain present
class CheckRunner
{
public:
    virtual ~CheckRunner() = default;
    virtual void run(const CheckRequest& request, std::function<void(CheckResult)> done) = 0;
};

struct ActionRequest
{
    QString stepId;
    ActionKind kind = ActionKind::SetFailoverRole;
    QString appliance; // resolved
    QString role;      // primary | backup
    bool dataSyncFirst = false;
    bool drill = false;
};

struct ActionResult
{
    bool ok = false;
    QString summary; // the appliance's reply or the error, for the operator
    QJsonObject evidence;
};

// Executes the one state-changing call (set_failover_role). Only ever called by the engine after its guard passed.
class ActionRunner
{
public:
    virtual ~ActionRunner() = default;
    virtual void run(const ActionRequest& request, std::function<void(ActionResult)> done) = 0;
};

// The operator's explicit confirmation of an action: they typed (or selected) the appliance it will change.
struct ActionConfirmation
{
    QString appliance; // must equal the action's resolved appliance
    QString operatorName;
};

// Waits between check attempts. QtScheduler uses QTimer; tests use ImmediateScheduler.
class Scheduler
{
public:
    virtual ~Scheduler() = default;
    virtual void after(int msecs, std::function<void()> fn) = 0;
};

QString toString(CheckResult::Status s);
CheckResult::Status checkStatusFromString(const QString& s);

} // namespace dr::runbook
