#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"
#include "api/HttpExchange.h"

namespace dr::api {

// Decides whether an API reply is an error, whatever its HTTP status: transport errors, HTTP 401/403/429/5xx,
// a JSON {"error":…}, an XML <error> (root or child), the legacy "Invalid credentials" body.
struct Classified
{
    std::optional<ApiError> error;
    bool tokenRejected = false; // re-authenticating once may help
};

// `permission`: the permission this call needs ("perm_command", "perm_backup"), named in a Permission error.
Classified classifyReply(const HttpExchange::Response& response, AuthMode mode, const QString& permission);

} // namespace dr::api
