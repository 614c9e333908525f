#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"
#include "common/Clock.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>


namespace dr::api {

class HttpExchange;

// OAuth 2 client-credentials tokens, ONE cached token per API account (key: site + client id).
// An account holds at most 30 live tokens on the appliance (a 31st drops the oldest), so a token is reused
// until kRenewBeforeExpirySecs before it expires (measured with the injected Clock), and concurrent callers
// wait for the single in-flight token request. Share one TokenManager between every client of the app.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRenewBeforeExpirySecs = 60;
    using Callback = std::function<void(const Result<Secret>& token)>;

    explicit TokenManager(const Clock& clock, QObject* parent = nullptr);
    ~TokenManager() override;

    // Calls `done` (always later, from the event loop; never if `context` is destroyed first) with a valid
    // token, fetching one only when none is cached or it is about to expire.
    void requestToken(const ConnectionSettings& settings, const Credentials& credentials, QObject* context,
                      Callback done);
    // Forgets the cached token if it is still `rejected` (a call reported it expired/invalid).
    void invalidate(const ConnectionSettings& settings, const Credentials& credentials, const Secret& rejected);
    // Forgets every token (e.g. the operator changed credentials).
    void clear();

    // Diagnostics: how many token requests were sent over this manager's life.
    int tokenRequestsSent() const { return m_requestsSent; }

    static Result<std::pair<Secret, int>> parseTokenReply(int httpStatus, const QByteArray& body);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback done;
    };
    struct Entry
    {
        Secret token;
        qint64 expiresAtMs = 0;
        HttpExchange* inFlight = nullptr;
        QList<Waiter> waiters;
    };

    static QString key(const ConnectionSettings& settings, const Credentials& credentials);
    bool isFresh(const Entry& entry) const;
    void fetch(const QString& key, const ConnectionSettings& settings, const Credentials& credentials);
    void deliver(QList<Waiter> waiters, const Result<Secret>& result);

    const Clock& m_clock;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    int m_requestsSent = 0;
};

} // namespace dr::api
