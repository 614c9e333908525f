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
