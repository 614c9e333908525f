#pragma once

#include <QByteArray>
#include <QString>

namespace dr::lab {

enum class Topology { Single, Pair, Atlas };

// An API account as configured in /login > Management > API Configuration.
struct LabAccount
{
    QString clientId;
    QByteArray clientSecret;
    QString permCommand = QStringLiteral("full_access"); // deny|read_only|full_access
    bool permBackup = true;
};

enum class FaultKind {
    Down,              // connection refused: the appliance stops listening (until cleared)
    Hang,              // accept and read the request, never answer
    Latency,           // answer after latencyMs (real milliseconds)
    Http500,           // HTTP 500 with an HTML body
    MalformedXml,      // HTTP 200, text/xml that is not well-formed
    TruncatedXml,      // HTTP 200, the first half of the real XML reply (complete HTTP message)
    DropMidBackup,     // close the socket after afterBytes bytes of the .nsb body
    ExpiredToken,      // the next call with a valid token answers as expired (and the token is dropped)
    MissingPermission, // <error>Document Not Found</error>
    RateLimited,       // HTTP 429 + X-RateLimit-Limit / X-RateLimit-Remaining: 0 + Retry-After
    WrongCertificate,  // TLS handshake with a self-signed certificate not issued by the lab CA
    InvalidCredentials // token: 401 {"error":"invalid_client"}; legacy: HTTP 200 "Invalid credentials"
};

// action: empty = every request; else "token" (/oauth2/token), "backup" (/api/backup),
// "probe" (unauthenticated GET /check_health) or a command action such as "check_health".
// Down and WrongCertificate act on connections, not requests: their action is ignored
// (WrongCertificate counts `times` per TLS handshake).
struct Fault
{
    FaultKind kind;
    QString action;
    int latencyMs = 0;
    qint64 afterBytes = 0;
    int times = -1; // -1 = until cleared
};

// Default XML namespace of command replies (it changed over the years: clients must match local names).
enum class XmlNamespace { Bomgar, BeyondTrust, None };

// How a call with an expired token is answered (both have been seen).
enum class ExpiredTokenStyle { Json, Xml };

// How check_health writes <last_data_sync_time> (the exact form is unsure: each is producible).
enum class SyncTimeStyle {
    MillisWithTs, // <last_data_sync_time ts="1570408370">2019-10-07T00:32:50.877+0000</last_data_sync_time>
    MillisNoTs,   // same text, no ts attribute
    SecondsZ      // ts attribute, text 2019-10-07T00:32:50Z
};

} // namespace dr::lab
