#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"
#include "api/HttpExchange.h"
#include "api/ReplyClassifier.h"
#include "common/Clock.h"

#include <QPointer>

#include <functional>
#include <memory>


namespace dr::api {

class TokenManager;

// What every call of one ApiClient shares.
struct ApiContext
{
    ConnectionSettings settings;
    Credentials credentials;
    const Clock* clock = nullptr;
    QPointer<TokenManager> tokens;

    // The context of a client or downloader `owner`; without `tokens`, owner gets a TokenManager of its own.
    static std::shared_ptr<ApiContext> make(ConnectionSettings settings, Credentials credentials, const Clock& clock,
                                            TokenManager* tokens, QObject* owner);
};

// One API request in flight. Made by ApiClient; emits finished() exactly once (never before the ApiClient
// method that made it has returned), then deletes itself (deleteLater), so copy what you need in the slot:
//
//     auto* call = client->checkHealth();
//     connect(call, &ApiCall::finished, this, [this, call] {
//         if (call->ok()) show(call->value()); else showError(call->error().message);
//     });
//
// cancel() ends it with an ApiError of kind Cancelled (finished() is still emitted).
// An OAuth call whose token is rejected as expired re-authenticates once and retries, then fails clearly.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    QString action() const { return m_request.action; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int attempts() const { return m_attempts; } // 2 when the call re-authenticated once

public slots:
    void cancel();

signals:
    void finished();

public:
    struct Request
    {
        QString action;                        // command API action, empty for other paths
        QList<QPair<QString, QString>> params; // extra parameters (never secrets)
        QByteArray verb = "GET";               // GET: parameters in the query; POST: form body
        QString path = QStringLiteral("/api/command");
        bool authenticated = true;
        bool anyStatus = false; // only transport errors are errors (the /check_health probe)
        QString permission = QStringLiteral("perm_command");
        std::optional<ApiError> failBeforeSending; // finish with this error without sending anything
    };

protected:
    ApiCall(std::shared_ptr<const ApiContext> context, Request request, QObject* parent);
    // A reply without error arrived: parse it and keep the value; return the error if parsing failed.
    virtual ApiError handleReply(const HttpExchange::Response& response) = 0;

private:
    void begin();
    void send(const Secret& token);
    void onReply();
    void finishWith(const ApiError& error);

    std::shared_ptr<const ApiContext> m_context;
    Request m_request;
    QPointer<HttpExchange> m_exchange;
    Secret m_token;
    ApiError m_error;
    int m_attempts = 0;
    bool m_finished = false;
};

// The typed face of a call: value() is valid when ok().
template <class T> class TypedApiCall final : public ApiCall
{
public:
    using Parser = std::function<Result<T>(const HttpExchange::Response&)>;

    const T& value() const { return *m_value; }
    Result<T> result() const { return Result<T>{m_value, error()}; }

private:
    friend class ApiClient;
    TypedApiCall(std::shared_ptr<const ApiContext> context, Request request, Parser parser, QObject* parent)
        : ApiCall(std::move(context), std::move(request), parent), m_parser(std::move(parser))
    {
    }
    ApiError handleReply(const HttpExchange::Response& response) override
    {
        Result<T> r = m_parser(response);
        m_value = std::move(r.value);
        return r.error;
    }

    Parser m_parser;
    std::optional<T> m_value;
};

} // namespace dr::api
