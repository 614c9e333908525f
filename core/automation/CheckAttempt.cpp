#include "automation/CheckAttempt.h"

#include "api/ApiCall.h"
#include "automation/LiveCheckRunner.h"
#include "runbook/StepKinds.h"

namespace dr::automation {

CheckAttempt::CheckAttempt(runbook::CheckRequest request, std::function<void(runbook::CheckResult)> done,
                           QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_done(std::move(done))
{
    m_timeoutMs = std::max(1, m_request.timeoutSecs) * 1000;
    m_evidence.insert(QStringLiteral("check"), runbook::kinds::toString(m_request.kind));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CheckAttempt::onTimeout);
    m_timer.start(m_timeoutMs);
}

CheckAttempt::~CheckAttempt()
{
    // Destroyed before it answered (its runner went away): calls cancelled now must not answer anyone.
    m_finished = true;
    m_done = nullptr;
    for (const QPointer<api::ApiCall>& c : std::as_const(m_calls)) {
        if (c && !c->isFinished())
            c->cancel();
    }
}

QString CheckAttempt::param(const QString& key) const
{
    const QJsonValue v = m_request.params.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString().trimmed();
}

void CheckAttempt::failWith(const QString& key, const api::ApiError& e)
{
    using K = api::ApiError::Kind;
    setEvidence(key, errorEvidence(e));
    if (e.kind == K::Auth || e.kind == K::Permission || e.kind == K::Usage)
        error(e.message);
    else
        fail(e.message);
}

void CheckAttempt::track(api::ApiCall* call)
{
    m_calls.append(call);
}

void CheckAttempt::onTimeout()
{
    if (m_finished)
        return;
    if (m_onTimeout) {
        m_onTimeout();
        if (m_finished)
            return;
    }
    m_evidence.insert(QStringLiteral("timed_out"), true);
    fail(tr("The check timed out: no answer within %1 s. The appliance or network may be down or hung; check it "
            "and try again.")
             .arg(m_timeoutMs / 1000));
}

void CheckAttempt::finish(runbook::CheckResult::Status status, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    runbook::CheckResult r;
    r.status = status;
    r.summary = summary;
    r.evidence = m_evidence;
    auto done = std::move(m_done);
    m_done = nullptr;
    // Calls still in flight end now; their finished() handlers see isFinished() and do nothing.
    for (const QPointer<api::ApiCall>& c : std::as_const(m_calls)) {
        if (c && !c->isFinished())
            c->cancel();
    }
    m_calls.clear();
    deleteLater();
    if (done)
        done(std::move(r));
}

} // namespace dr::automation
