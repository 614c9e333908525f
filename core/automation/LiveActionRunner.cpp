#include "automation/LiveActionRunner.h"

#include "api/ApiClient.h"
#include "automation/LiveCheckRunner.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace dr::automation {

namespace {

QString trA(const char* s)
{
    return QCoreApplication::translate("dr::automation::LiveActionRunner", s);
}

// One set_failover_role, from pre-check to the observed role change. Deletes itself when done.
class RoleChangeJob : public QObject
{
public:
    RoleChangeJob(LiveActionRunner* runner, ApplianceDirectory& dir, const Clock& clock,
                  LiveActionRunner::Options options, runbook::ActionRequest request,
                  std::function<void(runbook::ActionResult)> done)
        : QObject(runner), m_runner(runner), m_dir(dir), m_clock(clock), m_options(options),
          m_request(std::move(request)), m_done(std::move(done))
    {
    }

    void start();

private:
    void preChecked();
    void send();
    void poll();
    void finish(bool ok, const QString& summary);
    QString opposite() const
    {
        return m_request.role == QLatin1String("primary") ? QStringLiteral("backup") : QStringLiteral("primary");
    }

    LiveActionRunner* m_runner;
    ApplianceDirectory& m_dir;
    const Clock& m_clock;
    LiveActionRunner::Options m_options;
    runbook::ActionRequest m_request;
    std::function<void(runbook::ActionResult)> m_done;
    QJsonObject m_evidence;
    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiClient> m_peer;
    QString m_peerName;
    std::optional<api::HealthCheck> m_health;
    std::optional<api::ApplianceList> m_members;
    QString m_preError;
    int m_pending = 0;
    qint64 m_deadline = 0;
    int m_polls = 0;
    bool m_bothBackupSeen = false;
    bool m_finished = false;
};

void RoleChangeJob::start()
{
    m_evidence.insert(QStringLiteral("appliance"), m_request.appliance);
    m_evidence.insert(QStringLiteral("role"), m_request.role);
    m_evidence.insert(QStringLiteral("data_sync_first"), m_request.dataSyncFirst);
    m_evidence.insert(QStringLiteral("acted"), false);
    if (m_request.kind != runbook::ActionKind::SetFailoverRole ||
        (m_request.role != QLatin1String("primary") && m_request.role != QLatin1String("backup"))) {
        finish(false, trA("Only a failover role change to primary or backup can be made."));
        return;
    }
    if (m_request.drill != m_dir.isDrill()) {
        finish(false, m_request.drill ? trA("This drill would change a real appliance; it was refused.")
                                      : trA("This real run is wired to the drill lab; nothing was changed."));
        return;
    }
    QString why;
    m_client = m_dir.client(m_request.appliance, &why);
    if (!m_client) {
        finish(false, why);
        return;
    }
    m_evidence.insert(QStringLiteral("url"), m_client->settings().baseUrl.toString());
    // A fresh pre-check of exactly this appliance (and, for a sync-first swap, who its peer is).
    auto* info = m_client->getApiInfo();
    auto* health = m_client->checkHealth();
    m_pending = 2;
    connect(info, &api::ApiCall::finished, this, [this, info] {
        if (!info->ok() && m_preError.isEmpty())
            m_preError = info->error().message;
        if (--m_pending == 0)
            preChecked();
    });
    connect(health, &api::ApiCall::finished, this, [this, health] {
        if (health->ok())
            m_health = health->value();
        else if (m_preError.isEmpty())
            m_preError = health->error().message;
        if (--m_pending == 0)
            preChecked();
    });
    if (m_request.dataSyncFirst) {
        auto* members = m_client->getAppliances();
        ++m_pending;
        connect(members, &api::ApiCall::finished, this, [this, members] {
            if (members->ok())
                m_members = members->value();
            if (--m_pending == 0)
                preChecked();
        });
    }
}

void RoleChangeJob::preChecked()
{
    if (!m_preError.isEmpty() || !m_health) {
        finish(false,
               trA("The pre-check of %1 failed, so nothing was changed: %2").arg(m_request.appliance, m_preError));
        return;
    }
    m_evidence.insert(QStringLiteral("before"), healthEvidence(*m_health));
    if (m_health->failoverRole == m_request.role) {
        m_evidence.insert(QStringLiteral("observed"), true);
        finish(true, m_request.role == QLatin1String("primary")
                         ? trA("%1 already reports the primary role: automatic failover (or another operator) has "
                               "promoted it. Nothing was sent.")
                               .arg(m_request.appliance)
                         : trA("%1 already reports the backup role. Nothing was sent.").arg(m_request.appliance));
        return;
    }
    if (m_members) {
        for (const api::ApplianceInfo& m : *m_members) {
            if (m.id == m_health->applianceGuid || m.failoverRole == QLatin1String("none"))
                continue;
            QString ignored;
            m_peerName = m.publicHostname.isEmpty() ? m.name : m.publicHostname;
            m_peer = m_dir.client(m_peerName, &ignored);
            if (!m_peer && !m.name.isEmpty())
                m_peer = m_dir.client(m.name, &ignored);
            break;
        }
        if (!m_peerName.isEmpty())
            m_evidence.insert(QStringLiteral("peer"), m_peerName);
    }
    send();
}

void RoleChangeJob::send()
{
    const auto pre = m_client->preCheck();
    if (!pre) {
        finish(false, trA("The pre-check of %1 is not available; nothing was changed. Run the action again.")
                          .arg(m_request.appliance));
        return;
    }
    // The engine's operator confirmed m_request.appliance; the directory maps it to this client. The API wants
    // the appliance's hostname or the host it is reached at.
    QString typed = m_request.appliance.trimmed();
    const QString host = m_client->settings().baseUrl.host();
    if (typed.compare(m_health->hostname, Qt::CaseInsensitive) != 0 && typed.compare(host, Qt::CaseInsensitive) != 0) {
        m_evidence.insert(QStringLiteral("confirmed_as"), m_health->hostname);
        typed = m_health->hostname;
    }
    const auto target =
        m_request.role == QLatin1String("primary") ? api::FailoverRole::Primary : api::FailoverRole::Backup;
    auto conf = api::RoleChangeConfirmation::create(*pre, target, m_request.dataSyncFirst, false, typed, m_clock);
    if (!conf.ok()) {
        m_evidence.insert(QStringLiteral("refused"), errorEvidence(conf.error));
        finish(false, conf.error.message);
        return;
    }
    auto* call = m_client->setFailoverRole(*conf.value);
    m_evidence.insert(QStringLiteral("acted"), true);
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (!call->ok()) {
            m_evidence.insert(QStringLiteral("reply"), errorEvidence(call->error()));
            finish(false, trA("set_failover_role failed: %1 The role may still have changed if the reply was lost: "
                              "check the role of both appliances before anything else.")
                              .arg(call->error().message));
            return;
        }
        const api::SetRoleResult& r = call->value();
        m_evidence.insert(QStringLiteral("outcome"), r.outcome == api::SetRoleResult::Outcome::SyncStarted
                                                         ? QStringLiteral("sync_started")
                                                         : QStringLiteral("changed"));
        m_evidence.insert(QStringLiteral("message"), r.message);
        if (r.outcome == api::SetRoleResult::Outcome::SyncStarted)
            emit m_runner->progress(m_request.stepId, trA("The data sync has started; every user is disconnected "
                                                          "until it ends."));
        m_deadline = m_clock.nowMsecs() + m_options.pollDeadlineMs;
        poll();
    });
}

void RoleChangeJob::poll()
{
    if (m_finished)
        return;
    ++m_polls;
    struct Round
    {
        std::optional<api::HealthCheck> mine, peer;
        QString myError;
        int pending = 0;
    };
    auto round = std::make_shared<Round>();
    round->pending = m_peer ? 2 : 1;
    auto evaluate = [this, round] {
        if (--round->pending > 0 || m_finished)
            return;
        m_evidence.insert(QStringLiteral("polls"), m_polls);
        if (round->mine)
            m_evidence.insert(QStringLiteral("after"), healthEvidence(*round->mine));
        if (round->peer)
            m_evidence.insert(QStringLiteral("peer_after"), healthEvidence(*round->peer));
        const bool mineDone = round->mine && round->mine->failoverRole == m_request.role;
        const bool peerDone = !m_peer || !round->peer || round->peer->failoverRole == opposite();
        if (mineDone && peerDone) {
            finish(true, trA("%1 now reports the %2 role.").arg(m_request.appliance, m_request.role));
            return;
        }
        if (round->mine && round->peer && round->mine->failoverRole == QLatin1String("backup") &&
            round->peer->failoverRole == QLatin1String("backup")) {
            m_bothBackupSeen = true;
            m_evidence.insert(QStringLiteral("both_backup_seen"), true);
            emit m_runner->progress(m_request.stepId, trA("Data sync in progress: both appliances read backup for "
                                                          "the moment."));
        }
        if (m_clock.nowMsecs() >= m_deadline) {
            finish(false, trA("%1 did not report the %2 role within %3 s (last: %4). Check /login > Management > "
                              "Failover on both appliances before trying again.")
                              .arg(m_request.appliance, m_request.role)
                              .arg(m_options.pollDeadlineMs / 1000)
                              .arg(round->mine ? round->mine->failoverRole : round->myError));
            return;
        }
        QTimer::singleShot(m_options.pollIntervalMs, this, [this] { poll(); });
    };
    auto* mine = m_client->checkHealth();
    connect(mine, &api::ApiCall::finished, this, [round, mine, evaluate] {
        if (mine->ok())
            round->mine = mine->value();
        else
            round->myError = mine->error().message;
        evaluate();
    });
    if (m_peer) {
        auto* peer = m_peer->checkHealth();
        connect(peer, &api::ApiCall::finished, this, [round, peer, evaluate] {
            if (peer->ok())
                round->peer = peer->value();
            evaluate();
        });
    }
}

void RoleChangeJob::finish(bool ok, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    runbook::ActionResult r;
    r.ok = ok;
    r.summary = summary;
    r.evidence = m_evidence;
    auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(r));
}

} // namespace

LiveActionRunner::LiveActionRunner(ApplianceDirectory& directory, const Clock& clock, QObject* parent)
    : LiveActionRunner(directory, clock, Options{}, parent)
{
}

LiveActionRunner::LiveActionRunner(ApplianceDirectory& directory, const Clock& clock, Options options, QObject* parent)
    : QObject(parent), m_directory(directory), m_clock(clock), m_options(options)
{
}

LiveActionRunner::~LiveActionRunner() = default;

void LiveActionRunner::run(const runbook::ActionRequest& request, std::function<void(runbook::ActionResult)> done)
{
    auto* job = new RoleChangeJob(this, m_directory, m_clock, m_options, request, std::move(done));
    job->start();
}

} // namespace dr::automation
