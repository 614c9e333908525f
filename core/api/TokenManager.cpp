#include "api/TokenManager.h"

#include "api/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace dr::api {

TokenManager::TokenManager(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
}

TokenManager::~TokenManager() = default;

QString TokenManager::key(const ConnectionSettings& settings, const Credentials& credentials)
{
    return settings.siteKey() + QLatin1Char('\n') + credentials.clientId;
}

bool TokenManager::isFresh(const Entry& entry) const
{
    return !entry.token.isEmpty() && m_clock.nowMsecs() < entry.expiresAtMs;
}

void TokenManager::requestToken(const ConnectionSettings& settings, const Credentials& credentials, QObject* context,
                                Callback done)
{
    const QString k = key(settings, credentials);
    std::shared_ptr<Entry>& slot = m_entries[k];
    if (!slot)
        slot = std::make_shared<Entry>();
    Waiter w{context, context != nullptr, std::move(done)};
    if (isFresh(*slot)) {
        const Secret token = slot->token;
        QTimer::singleShot(0, this, [this, w, token] { deliver({w}, Result<Secret>::success(token)); });
        return;
    }
    slot->waiters.append(std::move(w));
    if (!slot->inFlight)
        fetch(k, settings, credentials);
}

void TokenManager::fetch(const QString& k, const ConnectionSettings& settings, const Credentials& credentials)
{
    std::shared_ptr<Entry> entry = m_entries.value(k);
    auto* exchange = new HttpExchange(settings, this);
    entry->inFlight = exchange;
    ++m_requestsSent;

    QByteArray basic = credentials.clientId.toUtf8() + ':' + credentials.secret.reveal();
    QByteArray auth = "Basic " + basic.toBase64();
    cleanse(basic);
    const qint64 requestedAt = m_clock.nowMsecs();
    connect(exchange, &HttpExchange::finished, this, [this, exchange, entry, requestedAt] {
        exchange->deleteLater();
        entry->inFlight = nullptr;
        const HttpExchange::Response& r = exchange->response();
        Result<Secret> result;
        if (r.error.isError()) {
            result = Result<Secret>::failure(r.error);
        } else {
            auto parsed = parseTokenReply(r.status, r.body);
            if (parsed.ok()) {
                const int lifetime = parsed.value->second;
                const int early = std::min(kRenewBeforeExpirySecs, lifetime / 2);
                entry->token = parsed.value->first;
                entry->expiresAtMs = requestedAt + qint64(lifetime - early) * 1000;
                result = Result<Secret>::success(entry->token);
            } else {
                result = Result<Secret>::failure(parsed.error);
            }
        }
        deliver(std::exchange(entry->waiters, {}), result);
    });
    exchange->start("POST", settings.endpoint(QStringLiteral("/oauth2/token")), "grant_type=client_credentials",
                    {{"Authorization", auth},
                     {"Content-Type", "application/x-www-form-urlencoded"},
                     {"Accept", "application/json"}});
    cleanse(auth);
}

void TokenManager::deliver(QList<Waiter> waiters, const Result<Secret>& result)
{
    for (Waiter& w : waiters) {
        if (w.hadContext && !w.context)
            continue;
        w.done(result);
    }
}

void TokenManager::invalidate(const ConnectionSettings& settings, const Credentials& credentials,
                              const Secret& rejected)
{
    auto it = m_entries.find(key(settings, credentials));
    if (it != m_entries.end() && (*it)->token.reveal() == rejected.reveal()) {
        (*it)->token.clear();
        (*it)->expiresAtMs = 0;
    }
}

void TokenManager::clear()
{
    for (auto& e : m_entries) {
        e->token.clear();
        e->expiresAtMs = 0;
    }
}

Result<std::pair<Secret, int>> TokenManager::parseTokenReply(int httpStatus, const QByteArray& body)
{
    using R = Result<std::pair<Secret, int>>;
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    const QJsonObject obj = doc.object();
    if (httpStatus == 429) {
        return R::failure(ApiError::make(ApiError::Kind::RateLimited,
                                         tr("The appliance refused a token request because of its rate limit (20 per "
                                            "second, 15,000 per hour per API account). Wait a minute, then try again."),
                                         obj.value(QStringLiteral("message")).toString(), httpStatus));
    }
    if (obj.contains(QStringLiteral("error")) || httpStatus == 400 || httpStatus == 401 || httpStatus == 403) {
        const QString code = obj.value(QStringLiteral("error")).toString();
        const QString msg = obj.value(QStringLiteral("message")).toString();
        return R::failure(ApiError::make(ApiError::Kind::Auth,
                                         tr("The appliance refused the API client ID or secret. Check the API account "
                                            "in /login > Management > API Configuration (is it enabled, is the "
                                            "secret current?), then try again."),
                                         QString(code + QLatin1Char(' ') + msg).trimmed(), httpStatus));
    }
    if (httpStatus != 200) {
        return R::failure(ApiError::make(ApiError::Kind::Http,
                                         tr("The appliance answered the token request with HTTP %1. Check the URL "
                                            "points at the appliance's public site, then try again.")
                                             .arg(httpStatus),
                                         QString::fromUtf8(body.left(200)), httpStatus));
    }
    const QString token = obj.value(QStringLiteral("access_token")).toString();
    const QString type = obj.value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
    if (perr.error != QJsonParseError::NoError || token.isEmpty() ||
        type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
        return R::failure(ApiError::make(ApiError::Kind::Malformed,
                                         tr("The appliance's token reply could not be understood. Check that the URL "
                                            "points at the appliance's public site, then try again."),
                                         perr.error != QJsonParseError::NoError ? perr.errorString() : QString()));
    }
    const int lifetime = obj.value(QStringLiteral("expires_in")).toInt(3600);
    return R::success({Secret(token.toUtf8()), lifetime > 0 ? lifetime : 3600});
}

} // namespace dr::api
