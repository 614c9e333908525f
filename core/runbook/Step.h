#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dr::runbook {

// The kinds of step a scenario is made of (see resources/scenarios/README.md for the file format).
enum class StepKind { Instruction, Confirm, Record, Check, Action, Decision, Include };

// Typed values an operator records. Validated by RecordValidator.
enum class RecordType {
    Ipv4,
    Netmask,
    Fqdn,
    Host,
    SerialNumber,
    IncidentNumber,
    FreeText,
    Url,
    Email,
    Version,
    FilePath
};
// Host: an FQDN, a short host name or an IPv4 address (where the operator may know either).

// Automated checks, executed by a CheckRunner that the application wires to core/api, core/cert, DNS and sockets.
enum class CheckKind {
    ApiHealth,               // check_health on an appliance: expect healthy | unreachable
    ApiRole,                 // check_health failover_role equals the expected role (polled with retries)
    ApiAppliances,           // get_appliances: expect no_other_primary | member_present
    TlsServesCertificate,    // the TLS handshake shows the certificate of the backed-up .p12
    DnsResolvesTo,           // the site FQDN resolves to the expected address
    TcpReachable,            // a TCP connect: expect reachable | unreachable
    HttpProbe,               // which of several URLs answers (link-local /appliance/login.ns probe)
    ConnectedCount,          // get_connected_client_list: representative count (baseline)
    ConnectedCountIncreases, // the count went up by `by` since a baseline check step
    BackupFile,              // a .nsb file name: version rules and freshness
    Pkcs12File               // an exported .p12 holds the certificate, its private key and its chain
};

enum class ActionKind { SetFailoverRole };

// Conditions under which a step applies: fact name -> accepted values (any of). Empty: always applies.
using Conditions = QMap<QString, QStringList>;

struct RecordSpec
{
    QString key; // variable name, usable as ${key} in check/action parameters
    RecordType type = RecordType::FreeText;
    QString label;       // translatable
    bool secret = false; // never written to the journal, never shown in a report
    bool optional = false;
};

struct CheckSpec
{
    CheckKind kind = CheckKind::ApiHealth;
    QJsonObject params;   // values may contain ${key} references to recorded values
    int timeoutSecs = 10; // per attempt, enforced by the CheckRunner
    int retries = 0;      // extra attempts after a failure
    int intervalSecs = 0; // wait between attempts (polling)
};

struct ActionSpec
{
    ActionKind kind = ActionKind::SetFailoverRole;
    QString appliance; // may contain ${key}; the confirmation must name the resolved appliance
    QString role;      // primary | backup
    bool dataSyncFirst = false;
    QStringList preconditions; // ids of check steps (same file) that must have passed, freshly
    QString confirmation;      // translatable; %1 is replaced by the appliance
};

struct DecisionOption
{
    QString value;  // stable value, journaled; with a fact it becomes the fact's value
    QString label;  // translatable
    QString target; // step id in the same file, "end", or empty to fall through
};

struct DecisionSpec
{
    QString question;  // translatable
    QString fact;      // optional: the chosen value sets this fact (routing, appliance_type, ...)
    QString fromCheck; // optional: id of a check step; options are then "passed" / "failed"
    QList<DecisionOption> options;
};

struct Step
{
    QString id; // stable within its file; never renamed once shipped (journals refer to it)
    StepKind kind = StepKind::Instruction;
    QString title; // translatable
    QString body;  // translatable; **Label** marks a UI label (see RichText)
    QStringList warnings;
    QStringList notes;
    Conditions appliesTo;
    QString source; // the guide section heading this step comes from (not translated)
    QString next;   // optional explicit next step id or "end"

    RecordSpec record;
    CheckSpec check;
    ActionSpec action;
    DecisionSpec decision;
    QString include; // procedure id for Include steps
};

} // namespace dr::runbook
