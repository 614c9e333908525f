#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dr::api {

// A failed API call, worded for an operator: `message` says what went wrong and what to do,
// `detail` carries the technical part (Qt's error string, the appliance's own error text).
struct ApiError
{
    enum class Kind {
        None,        // no error
        Network,     // host not found, connection refused or dropped
        Timeout,     // no answer within the request's timeout
        Tls,         // the TLS handshake failed or the certificate is not trusted
        Http,        // unexpected HTTP status (e.g. 500)
        Auth,        // bad credentials, or a token the appliance keeps rejecting
        Permission,  // the API account lacks a permission (see `missingPermission`)
        ApiError,    // the appliance answered with its own <error> text
        Malformed,   // the reply could not be understood (bad XML, truncated, unexpected)
        RateLimited, // the appliance refused because of its rate limit
        Cancelled,   // the caller cancelled
        Disk,        // the download could not be written (disk full, permissions)
        Usage,       // the call was not allowed as asked (e.g. an invalid role-change confirmation)
    };

    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;
    QString detail;
    // Tls only: the certificate the server presented, so the operator can decide to trust it explicitly.
    QString certificateSha256; // "AB:CD:…" (64 hex digits with colons)
    QString certificateSubject;
    // Permission only: the permission that is missing, e.g. "perm_backup".
    QString missingPermission;

    bool isError() const { return kind != Kind::None; }
    // One line, suitable for a CLI's stderr or a status label.
    QString oneLine() const;

    static ApiError make(Kind kind, QString message, QString detail = {}, int httpStatus = 0);
};

// Stable, untranslated name of a kind ("timeout", "tls", …), for --json output and logs.
QString kindName(ApiError::Kind kind);

// The outcome of an API call: a value, or an error.
template <class T> struct Result
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return value.has_value() && !error.isError(); }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(ApiError e) { return Result{std::nullopt, std::move(e)}; }
};

} // namespace dr::api

Q_DECLARE_METATYPE(dr::api::ApiError)
