#include "lab/LabApi.h"

#include "lab/Lab.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabBackup.h"
#include "lab/LabCommands.h"
#include "lab/Lab_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace dr::lab {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LabApi", text);
}

bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray jsonError(const char* error, const QString& message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

QString labActionOf(const LabHttpRequest& request)
{
    const QString path = request.path();
    if (path == QLatin1String("/oauth2/token"))
        return QStringLiteral("token");
    if (path == QLatin1String("/api/backup"))
        return QStringLiteral("backup");
    if (path == QLatin1String("/check_health"))
        return QStringLiteral("probe");
    if (path == QLatin1String("/api/command"))
        return request.parameter(QStringLiteral("action"));
    if (path.startsWith(QLatin1String("/lab/")))
        return QStringLiteral("lab");
    return path;
}

LabApi::LabApi(LabAppliance* appliance) : m_appliance(appliance), d(data(appliance)), lab(data(appliance->d->lab)) {}

LabAppliancePrivate& LabApi::data(LabAppliance* appliance)
{
    return *appliance->d;
}

LabPrivate& LabApi::data(Lab* l)
{
    return *l->d;
}

LabHttpResponse LabApi::handle(const LabHttpRequest& request)
{
    const QString action = labActionOf(request);
    d.requests[action] += 1;
    if (d.takeFault(action, {FaultKind::Hang})) {
        LabHttpResponse r;
        r.hang = true;
        return r;
    }
    int delay = 0;
    if (const auto f = d.takeFault(action, {FaultKind::Latency}))
        delay = f->latencyMs;
    LabHttpResponse r;
    if (d.takeFault(action, {FaultKind::Http500})) {
        r = LabHttpResponse::make(500, "text/html; charset=UTF-8",
                                  "<html><body><h1>500 Internal Server Error</h1></body></html>\n");
    } else if (d.takeFault(action, {FaultKind::RateLimited})) {
        r = LabHttpResponse::make(429, "text/plain; charset=UTF-8", "Rate limit exceeded.\n");
        r.setHeader("X-RateLimit-Limit", "20");
        r.setHeader("X-RateLimit-Remaining", "0");
        r.setHeader("Retry-After", "1");
    } else {
        r = route(request, action);
        applyBodyFaults(r, action);
    }
    r.delayMs = delay;
    emit m_appliance->requestServed(action, r.status);
    return r;
}

LabHttpResponse LabApi::route(const LabHttpRequest& request, const QString& action)
{
    const QString path = request.path();
    const bool getOrPost = request.method == "GET" || request.method == "POST";
    if (path == QLatin1String("/check_health"))
        return request.method == "GET" ? probe() : LabHttpResponse::make(405, "text/plain", "Use GET.\n");
    if (path == QLatin1String("/oauth2/token")) {
        if (request.method != "POST")
            return json(405, jsonError("invalid_request", tr("Use POST.")));
        return token(request);
    }
    if (path == QLatin1String("/api/command") || path == QLatin1String("/api/backup")) {
        if (!getOrPost)
            return LabHttpResponse::make(405, "text/plain", "Use GET or POST.\n");
        LabHttpResponse r = path == QLatin1String("/api/backup") ? backup(request) : command(request, action);
        const int remaining = std::max(0, --d.rateLimitRemaining);
        r.setHeader("X-RateLimit-Limit", "15000");
        r.setHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
        return r;
    }
    return LabHttpResponse::make(404, "text/html; charset=UTF-8",
                                 "<html><body><h1>Document Not Found</h1></body></html>\n");
}

LabHttpResponse LabApi::probe() const
{
    if (d.healthy)
        return LabHttpResponse::make(200, "text/plain; charset=UTF-8", "OK\n");
    return LabHttpResponse::make(500, "text/plain; charset=UTF-8", "Unhealthy\n");
}

LabHttpResponse LabApi::json(int status, const QByteArray& body)
{
    LabHttpResponse r = LabHttpResponse::make(status, "application/json", body);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

LabHttpResponse LabApi::xmlError(const QString& message) const
{
    return LabHttpResponse::make(200, "text/xml; charset=UTF-8", LabCommands(m_appliance).error(message));
}

LabHttpResponse LabApi::expired() const
{
    const QString message = tr("The access token provided has expired.");
    if (lab.expiredStyle == ExpiredTokenStyle::Xml)
        return xmlError(message);
    LabHttpResponse r = json(401, jsonError("invalid_token", message));
    r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

LabHttpResponse LabApi::token(const LabHttpRequest& request)
{
    const QByteArray auth = request.header("authorization");
    if (request.parameter(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return json(400, jsonError("unsupported_grant_type", tr("grant_type must be client_credentials.")));
    QByteArray decoded;
    if (auth.startsWith("Basic "))
        decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString clientId = QString::fromUtf8(decoded.left(std::max<qsizetype>(colon, 0)));
    const QByteArray secret = colon >= 0 ? decoded.mid(colon + 1) : QByteArray();
    const LabAccount* account = d.configured ? lab.account(clientId) : nullptr;
    const bool bad = colon < 0 || !account || !sameSecret(secret, account->clientSecret) ||
                     d.takeFault(QStringLiteral("token"), {FaultKind::InvalidCredentials});
    if (bad) {
        LabHttpResponse r = json(401, jsonError("invalid_client", tr("Client authentication failed.")));
        r.setHeader("WWW-Authenticate", "Basic realm=\"api\"");
        return r;
    }
    const QDateTime expires = lab.now().addSecs(lab.tokenLifetimeSecs);
    const QByteArray token = d.tokens.issue(account->clientId, expires);
    const int realSecs = std::max(1, static_cast<int>(lab.tokenLifetimeSecs / lab.timeScale));
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                               {QStringLiteral("expires_in"), realSecs}})
                         .toJson(QJsonDocument::Compact));
}

LabApi::Auth LabApi::authenticate(const LabHttpRequest& request, const QString& action)
{
    Auth a;
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Bearer ")) {
        const QByteArray token = auth.mid(7).trimmed();
        QString clientId;
        const LabTokens::State state = d.tokens.check(token, lab.now(), &clientId);
        const LabAccount* account = d.configured ? lab.account(clientId) : nullptr;
        if (state == LabTokens::State::Unknown || !account) {
            a.failure = json(401, jsonError("invalid_token", tr("The access token provided is invalid.")));
            return a;
        }
        if (state == LabTokens::State::Expired || d.takeFault(action, {FaultKind::ExpiredToken})) {
            d.tokens.revoke(token);
            a.failure = expired();
            return a;
        }
        a.account = account;
        return a;
    }
    const QString username = request.parameter(QStringLiteral("username"));
    if (!username.isEmpty()) {
        const LabAccount* account = lab.legacyAuth && d.configured ? lab.account(username) : nullptr;
        const QByteArray password = request.parameter(QStringLiteral("password")).toUtf8();
        if (!account || !sameSecret(password, account->clientSecret) ||
            d.takeFault(action, {FaultKind::InvalidCredentials})) {
            a.failure = xmlError(tr("Invalid credentials"));
            return a;
        }
        a.account = account;
        return a;
    }
    a.failure = json(401, jsonError("invalid_request", tr("No access token: send Authorization: Bearer TOKEN.")));
    return a;
}

LabHttpResponse LabApi::command(const LabHttpRequest& request, const QString& action)
{
    if (request.method == "POST" && !request.body.isEmpty() &&
        !request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return xmlError(tr("POST requests must be application/x-www-form-urlencoded."));
    const Auth auth = authenticate(request, action);
    if (!auth.account)
        return auth.failure;
    if (d.takeFault(action, {FaultKind::MissingPermission}))
        return xmlError(QStringLiteral("Document Not Found"));
    const LabCommands commands(m_appliance);
    const QString perm = auth.account->permCommand;
    const bool canRead = perm == QLatin1String("read_only") || perm == QLatin1String("full_access");
    const bool canWrite = perm == QLatin1String("full_access");
    if (action.isEmpty())
        return xmlError(tr("No action specified."));
    if (action == QLatin1String("get_api_info"))
        return LabHttpResponse::make(200, "text/xml; charset=UTF-8", commands.getApiInfo(*auth.account));
    const bool known = action == QLatin1String("check_health") || action == QLatin1String("get_appliances") ||
                       action == QLatin1String("get_connected_client_list") ||
                       action == QLatin1String("get_logged_in_reps") || action == QLatin1String("set_failover_role");
    if (!known)
        return xmlError(tr("Invalid action: %1").arg(action));
    const bool write = action == QLatin1String("set_failover_role");
    if (!canRead || (write && !canWrite))
        return xmlError(tr("Access denied. The API account does not have permission to perform this action."));
    const QUrlQuery params = request.parameters();
    QByteArray body;
    if (action == QLatin1String("check_health"))
        body = commands.checkHealth();
    else if (action == QLatin1String("get_appliances"))
        body = commands.getAppliances();
    else if (action == QLatin1String("get_connected_client_list"))
        body = commands.getConnectedClientList(params);
    else if (action == QLatin1String("get_logged_in_reps"))
        body = commands.getLoggedInReps();
    else
        body = commands.setFailoverRole(params);
    return LabHttpResponse::make(200, "text/xml; charset=UTF-8", body);
}

LabHttpResponse LabApi::backup(const LabHttpRequest& request)
{
    const QString action = QStringLiteral("backup");
    const Auth auth = authenticate(request, action);
    if (!auth.account)
        return auth.failure;
    if (!auth.account->permBackup || d.takeFault(action, {FaultKind::MissingPermission}))
        return xmlError(QStringLiteral("Document Not Found"));
    if (!d.backupPassword.isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QByteArray given = body.value(QStringLiteral("password")).toString().toUtf8();
        if (given.isEmpty())
            return xmlError(tr("This backup is password protected: send {\"password\":\"...\"} as the request body."));
        if (!sameSecret(given, d.backupPassword))
            return xmlError(tr("Incorrect backup password."));
    }
    LabHttpResponse r;
    r.setHeader("Content-Type", "application/octet-stream");
    if (lab.contentDisposition) {
        const QString unique = d.guid.left(4) + QString::number(lab.now().toSecsSinceEpoch(), 16);
        const QString name = LabBackup::defaultFileName(d.version, lab.siteName, lab.now().date(), unique);
        r.setHeader("Content-Disposition", "attachment; filename=\"" + name.toUtf8() + '"');
    }
    const quint64 seed = LabBackup::seedFor(d.guid);
    r.streamSize = d.backupSize;
    r.streamFn = [seed](qint64 offset, qint64 max) { return LabBackup::bytes(seed, offset, max); };
    if (const auto f = d.takeFault(action, {FaultKind::DropMidBackup}))
        r.dropAfterBytes = f->afterBytes;
    return r;
}

void LabApi::applyBodyFaults(LabHttpResponse& response, const QString& action)
{
    if (response.streamFn)
        return;
    if (d.takeFault(action, {FaultKind::TruncatedXml})) {
        response.body.truncate(response.body.size() / 2);
    } else if (d.takeFault(action, {FaultKind::MalformedXml})) {
        const qsizetype cut = response.body.lastIndexOf("</");
        response.body =
            response.body.left(cut > 0 ? cut : response.body.size()) + "<item attr=unquoted>&</mismatched>\n";
    }
}

} // namespace dr::lab
