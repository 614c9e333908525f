#include "api/ReplyClassifier.h"

#include "api/XmlTree.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dr::api {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::api::ReplyClassifier", s);
}

ApiError rateLimited(const HttpExchange::Response& r, const QString& detail)
{
    QString d = detail;
    const QByteArray remaining = r.header("X-RateLimit-Remaining");
    if (!remaining.isEmpty())
        d += QStringLiteral(" X-RateLimit-Remaining: ") + QString::fromLatin1(remaining);
    const QByteArray retry = r.header("Retry-After");
    if (!retry.isEmpty())
        d += QStringLiteral(" Retry-After: ") + QString::fromLatin1(retry);
    return ApiError::make(ApiError::Kind::RateLimited,
                          tr("The appliance refused the request because of its rate limit (20 per second, 15,000 per "
                             "hour per API account). Wait a minute and try again; make sure no other tool polls with "
                             "the same API account."),
                          d.trimmed(), r.status);
}

ApiError tokenRejectedError(const QString& detail, int status)
{
    return ApiError::make(ApiError::Kind::Auth,
                          tr("The appliance rejected the API token. Check the API account in /login > Management > "
                             "API Configuration (enabled, secret current), then try again."),
                          detail, status);
}

} // namespace

Classified classifyReply(const HttpExchange::Response& r, AuthMode mode, const QString& permission)
{
    Classified c;
    if (r.error.isError()) {
        c.error = r.error;
        return c;
    }
    if (r.status == 429) {
        c.error = rateLimited(r, QString::fromUtf8(r.body.left(200)).trimmed());
        return c;
    }
    const QByteArray trimmed = r.body.trimmed();
    // JSON error (token problems come back this way).
    if (trimmed.startsWith('{')) {
        const QJsonObject obj = QJsonDocument::fromJson(trimmed).object();
        if (obj.contains(QStringLiteral("error"))) {
            const QString code = obj.value(QStringLiteral("error")).toString();
            const QString msg = obj.value(QStringLiteral("message")).toString();
            const QString detail = QString(code + QLatin1Char(' ') + msg).trimmed();
            if (r.status == 401 || mentionsRejectedToken(detail) || code == QLatin1String("invalid_client") ||
                code == QLatin1String("access_denied")) {
                c.error = tokenRejectedError(detail, r.status);
                c.tokenRejected = mode == AuthMode::OAuthClientCredentials;
            } else if (detail.contains(QLatin1String("rate limit"), Qt::CaseInsensitive)) {
                c.error = rateLimited(r, detail);
            } else {
                c.error = ApiError::make(ApiError::Kind::ApiError,
                                         tr("The appliance refused the request: %1").arg(detail), detail, r.status);
            }
            return c;
        }
    }
    // XML <error>, whatever the status.
    if (trimmed.startsWith('<')) {
        Result<XmlNode> tree = parseXmlTree(r.body);
        if (tree.ok()) {
            if (auto e = findApiError(*tree.value)) {
                e->httpStatus = r.status;
                if (e->kind == ApiError::Kind::Permission)
                    e->missingPermission = permission;
                if (e->kind == ApiError::Kind::Auth)
                    c.tokenRejected = mode == AuthMode::OAuthClientCredentials;
                if (e->detail.contains(QLatin1String("rate limit"), Qt::CaseInsensitive))
                    *e = rateLimited(r, e->detail);
                c.error = *e;
                return c;
            }
        }
    }
    if (mode == AuthMode::LegacyUsernamePassword && r.body.size() < 4096 && r.body.contains("Invalid credentials")) {
        c.error = ApiError::make(ApiError::Kind::Auth,
                                 tr("The appliance refused the legacy username and password. Check them, or switch "
                                    "to an OAuth API account (legacy login is deprecated)."),
                                 QStringLiteral("Invalid credentials"), r.status);
        return c;
    }
    if (r.status == 401) {
        c.error = tokenRejectedError(QString::fromUtf8(r.body.left(200)).trimmed(), r.status);
        c.tokenRejected = mode == AuthMode::OAuthClientCredentials;
        return c;
    }
    if (r.status == 403) {
        ApiError e = ApiError::make(ApiError::Kind::Permission,
                                    tr("The appliance refused access (HTTP 403): the API account lacks %1. In /login > "
                                       "Management > API Configuration, grant it, then try again.")
                                        .arg(permission.isEmpty() ? tr("a permission") : permission),
                                    QString::fromUtf8(r.body.left(200)).trimmed(), r.status);
        e.missingPermission = permission;
        c.error = e;
        return c;
    }
    if (r.status != 200) {
        c.error = ApiError::make(ApiError::Kind::Http,
                                 r.status >= 500
                                     ? tr("The appliance reported an internal error (HTTP %1). Check its health in "
                                          "/appliance, then try again.")
                                           .arg(r.status)
                                     : tr("The appliance answered with HTTP %1, which this tool does not expect. Check "
                                          "the URL points at the appliance's public site.")
                                           .arg(r.status),
                                 QString::fromUtf8(r.body.left(200)).trimmed(), r.status);
        return c;
    }
    return c;
}

} // namespace dr::api
