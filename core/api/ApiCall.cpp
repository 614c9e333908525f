#include "api/ApiCall.h"

#include "api/TokenManager.h"

#include <QTimer>
#include <QUrlQuery>

namespace dr::api {

std::shared_ptr<ApiContext> ApiContext::make(ConnectionSettings settings, Credentials credentials, const Clock& clock,
                                             TokenManager* tokens, QObject* owner)
{
    auto context = std::make_shared<ApiContext>();
    context->settings = std::move(settings);
    context->credentials = std::move(credentials);
    context->clock = &clock;
    context->tokens = tokens ? tokens : new TokenManager(clock, owner);
    return context;
}

ApiCall::ApiCall(std::shared_ptr<const ApiContext> context, Request request, QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_request(std::move(request))
{
    QTimer::singleShot(0, this, &ApiCall::begin);
}

ApiCall::~ApiCall() = default;

void ApiCall::begin()
{
    if (m_finished)
        return;
    if (m_request.failBeforeSending) {
        finishWith(*m_request.failBeforeSending);
        return;
    }
    if (auto invalid = m_context->settings.validate()) {
        finishWith(*invalid);
        return;
    }
    const Credentials& cred = m_context->credentials;
    if (!m_request.authenticated || cred.mode == AuthMode::LegacyUsernamePassword) {
        send({});
        return;
    }
    if (cred.clientId.isEmpty() || cred.secret.isEmpty()) {
        finishWith(ApiError::make(ApiError::Kind::Auth,
                                  tr("No API client ID or secret was given. Create an API account in /login > "
                                     "Management > API Configuration and give its client ID and secret.")));
        return;
    }
    if (!m_context->tokens) {
        finishWith(ApiError::make(ApiError::Kind::Usage, tr("The API client has no token manager.")));
        return;
    }
    m_context->tokens->requestToken(m_context->settings, cred, this, [this](const Result<Secret>& token) {
        if (m_finished)
            return;
        if (!token.ok())
            finishWith(token.error);
        else
            send(*token.value);
    });
}

void ApiCall::send(const Secret& token)
{
    ++m_attempts;
    m_token = token;
    QUrlQuery query;
    if (!m_request.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), m_request.action);
    for (const auto& p : m_request.params)
        query.addQueryItem(p.first, p.second);

    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url = m_context->settings.endpoint(m_request.path);
    QByteArray body;
    QUrlQuery urlQuery;
    if (m_request.verb == "POST") {
        body = query.toString(QUrl::FullyEncoded).toUtf8();
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    } else {
        urlQuery = query;
    }
    if (m_request.authenticated) {
        const Credentials& cred = m_context->credentials;
        if (cred.mode == AuthMode::LegacyUsernamePassword) {
            // Deprecated legacy login, explicitly chosen: the contract puts it in the query string.
            urlQuery.addQueryItem(QStringLiteral("username"), cred.clientId);
            urlQuery.addQueryItem(QStringLiteral("password"), QString::fromUtf8(cred.secret.reveal()));
        } else {
            headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + token.reveal()));
        }
    }
    if (!urlQuery.isEmpty())
        url.setQuery(urlQuery);
    headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/xml, application/xml, application/json")));

    m_exchange = new HttpExchange(m_context->settings, this);
    connect(m_exchange, &HttpExchange::finished, this, &ApiCall::onReply);
    m_exchange->start(m_request.verb, url, body, headers);
    for (auto& h : headers)
        cleanse(h.second);
}

void ApiCall::onReply()
{
    HttpExchange* exchange = m_exchange;
    if (!exchange || m_finished)
        return;
    exchange->deleteLater();
    const HttpExchange::Response& response = exchange->response();

    Classified c;
    if (m_request.anyStatus) {
        if (response.error.isError())
            c.error = response.error;
    } else {
        c = classifyReply(response, m_context->credentials.mode, m_request.permission);
    }
    if (c.error && c.tokenRejected && m_attempts == 1 && m_context->tokens) {
        // The token expired or was dropped: forget it, get a fresh one, retry once.
        m_context->tokens->invalidate(m_context->settings, m_context->credentials, m_token);
        m_context->tokens->requestToken(m_context->settings, m_context->credentials, this,
                                        [this](const Result<Secret>& token) {
                                            if (m_finished)
                                                return;
                                            if (!token.ok())
                                                finishWith(token.error);
                                            else
                                                send(*token.value);
                                        });
        return;
    }
    if (c.error) {
        ApiError e = *c.error;
        if (c.tokenRejected) {
            e.message = tr("The appliance rejected a freshly issued API token too. Check that the API account is "
                           "enabled and has the permissions this step needs (/login > Management > API "
                           "Configuration), then try again.");
        }
        finishWith(e);
        return;
    }
    finishWith(handleReply(response));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    const ApiError cancelled = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    if (m_exchange && !m_exchange->isFinished()) {
        m_exchange->abortWith(cancelled); // -> onReply -> finishWith(cancelled)
        if (m_finished)
            return;
    }
    finishWith(cancelled);
}

void ApiCall::finishWith(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_token.clear();
    emit finished();
    deleteLater();
}

} // namespace dr::api
