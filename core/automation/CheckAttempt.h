#pragma once

#include "runbook/CheckRunner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dr::api {
class ApiCall;
struct ApiError;
} // namespace dr::api

namespace dr::automation {

// One attempt of one check: answers the engine exactly once, within the request's timeout. On timeout it
// reports Failed with "timed out" evidence (or runs the check's own timeout handler, for checks where no answer
// is the expected observation), cancels the API calls it tracks and deletes the sockets parented to it.
class CheckAttempt : public QObject
{
    Q_OBJECT
public:
    CheckAttempt(runbook::CheckRequest request, std::function<void(runbook::CheckResult)> done, QObject* parent);
    ~CheckAttempt() override;

    const runbook::CheckRequest& request() const { return m_request; }
    QString param(const QString& key) const;
    int timeoutMs() const { return m_timeoutMs; }
    bool isFinished() const { return m_finished; }

    QJsonObject& evidence() { return m_evidence; }
    void setEvidence(const QString& key, const QJsonValue& value) { m_evidence.insert(key, value); }

    void pass(const QString& summary) { finish(runbook::CheckResult::Status::Passed, summary); }
    void fail(const QString& summary) { finish(runbook::CheckResult::Status::Failed, summary); }
    void error(const QString& summary) { finish(runbook::CheckResult::Status::Error, summary); }
    void finish(runbook::CheckResult::Status status, const QString& summary);
    // A failed API call: its evidence under `key`, then Error when retrying cannot help (credentials,
    // permission, usage), else Failed.
    void failWith(const QString& key, const api::ApiError& e);

    // Cancelled when the attempt ends first.
    void track(api::ApiCall* call);
    // Replaces the default "timed out" Failed result.
    void setTimeoutHandler(std::function<void()> handler) { m_onTimeout = std::move(handler); }

private:
    void onTimeout();

    runbook::CheckRequest m_request;
    std::function<void(runbook::CheckResult)> m_done;
    QJsonObject m_evidence;
    QTimer m_timer;
    int m_timeoutMs = 10'000;
    bool m_finished = false;
    QList<QPointer<api::ApiCall>> m_calls;
    std::function<void()> m_onTimeout;
};

} // namespace dr::automation
