#include "api/ApiError.h"

namespace dr::api {

ApiError ApiError::make(Kind kind, QString message, QString detail, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    e.httpStatus = httpStatus;
    return e;
}

QString ApiError::oneLine() const
{
    QString line = message;
    if (!detail.isEmpty() && !message.contains(detail))
        line += QStringLiteral(" (") + detail + QLatin1Char(')');
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Auth:
        return QStringLiteral("auth");
    case ApiError::Kind::Permission:
        return QStringLiteral("permission");
    case ApiError::Kind::ApiError:
        return QStringLiteral("api_error");
    case ApiError::Kind::Malformed:
        return QStringLiteral("malformed");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case ApiError::Kind::Disk:
        return QStringLiteral("disk");
    case ApiError::Kind::Usage:
        return QStringLiteral("usage");
    }
    return QStringLiteral("unknown");
}

} // namespace dr::api
