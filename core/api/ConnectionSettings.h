#pragma once

#include "api/ApiError.h"
#include "common/Secret.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

namespace dr::api {

enum class AuthMode {
    OAuthClientCredentials, // current: POST /oauth2/token, then "Authorization: Bearer"
    LegacyUsernamePassword, // DEPRECATED (before 16.1/16.2): username=&password= query parameters. Explicit opt-in
                            // only.
};

// Who calls the API. The secret is a dr::Secret and is never logged.
struct Credentials
{
    AuthMode mode = AuthMode::OAuthClientCredentials;
    QString clientId; // OAuth client id, or the legacy username
    Secret secret;    // OAuth client secret, or the legacy password
};

// How the appliance's TLS certificate is trusted. TLS errors are never ignored silently:
//  - pinnedSha256 set: trust exactly the leaf certificate with that SHA-256 (self-signed appliances);
//    errors are ignored only for a peer whose leaf matches, and a mismatching leaf is refused even if valid;
//  - else caCertificates set: trust only these CAs (the system store is not used);
//  - else: the system's CA store.
struct TlsTrust
{
    QList<QSslCertificate> caCertificates;
    QByteArray pinnedSha256; // 32 raw bytes

    // "AB:CD:…" or "abcd…" (64 hex digits, colons/spaces optional). nullopt when not a SHA-256.
    static std::optional<QByteArray> parsePin(const QString& text);
    // PEM (one or more certificates) or DER file.
    static Result<QList<QSslCertificate>> loadCaFile(const QString& path);
};

struct ConnectionSettings
{
    QUrl baseUrl; // https://HOST[:PORT]
    TlsTrust trust;
    QString userAgent;              // empty: "drrunbook/<version>"
    int transferTimeoutMs = 15'000; // no data for this long ends the request with a Timeout
    int deadlineMs = 60'000;        // overall limit of one API call (token, command, probe)
    qint64 backupDeadlineMs = 0;    // overall limit of a backup download; 0 = only the transfer timeout

    QString effectiveUserAgent() const;
    // Scheme, host and port only ("https://host:443"), used to key tokens and build URLs.
    QString siteKey() const;
    QUrl endpoint(const QString& path) const;
    // Checks the URL (https, a host) and returns a Usage error when it is not usable.
    std::optional<ApiError> validate() const;
};

} // namespace dr::api
