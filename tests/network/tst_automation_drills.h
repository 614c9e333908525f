#pragma once

// Shared by the tst_automation_drills_* tests: every scenario of the library, and every option of each of its
// decisions, run from start to finish through the RunEngine as a drill against a real in-process lab (HTTPS on
// 127.0.0.1). Checks run for real through the live runners; the AutoPilot answers for the operator, and at the
// steps where a person would change something (swing the DNS, power an appliance on, import a certificate,
// restore a backup, log a representative console in) the drill plays it through the lab's control API over HTTPS,
// the way a drill operator in another process would.
#include "tst_automation_support.h"

#include "api/ApiClient.h"
#include "api/BackupDownloader.h"
#include "automation/HostResolver.h"
#include "automation/LabDirectory.h"
#include "common/Clock.h"
#include "lab/Lab.h"
#include "lab/LabCa.h"
#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

namespace dr::automation::drill {

using runbook::AutoPilot;
using runbook::Plan;
using runbook::PlanStep;
using runbook::StepKind;

// The scenarios each drill test executable covers; tst_automation_drills_others covers every scenario not named
// here, so a new scenario is drilled there (and fails until the drill knows how to play it).
inline QStringList failoverGroup()
{
    return {QStringLiteral("failover_primary_failed")};
}
inline QStringList applianceGroup()
{
    return {QStringLiteral("hardware_appliance"), QStringLiteral("virtual_appliance")};
}

// The engine's waits between attempts, shortened: the lab answers at once, the scenario's intervals (meant for
// real networks) need not be waited out.
class FastScheduler final : public runbook::Scheduler
{
public:
    void after(int msecs, std::function<void()> fn) override
    {
        QTimer::singleShot(std::min(msecs, 50), &m_context, std::move(fn));
    }

private:
    QObject m_context;
};

// One walk through a scenario: the default answers, or one decision's option with the choices that lead there.
struct Walk
{
    QString scenario;
    QString decision; // qualified id, empty for the default walk
    QString option;
    QMap<QString, QString> choices; // qualified decision id -> option (decisions on a check included)
    QMap<QString, QString> facts;   // known up front (a decision that only applies under a fact)

    // The option this walk takes at decision `id` (qualified id, or its last part), else a fact of that name,
    // else the decision's first option `first`.
    QString choice(const QString& id, const QString& first) const
    {
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            if (it.key() == id || it.key().endsWith(QLatin1Char('/') + id))
                return it.value();
        }
        return facts.value(id, first);
    }
    QString name() const
    {
        if (decision.isEmpty())
            return scenario + QStringLiteral(" (default answers)");
        return scenario + QLatin1Char(' ') + decision + QLatin1Char('=') + option;
    }
};

// The decision choices on a shortest path from the first step to `target`.
inline QMap<QString, QString> choicesToReach(const Plan& plan, const QString& target)
{
    QMap<QString, QPair<QString, QString>> parent; // step -> (previous step, choice taken there)
    QStringList queue{plan.first()->id};
    parent.insert(plan.first()->id, {});
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        if (id == target)
            break;
        const PlanStep* ps = plan.find(id);
        QList<QPair<QString, QString>> edges;
        if (ps->step->kind == StepKind::Decision) {
            for (auto it = ps->targets.begin(); it != ps->targets.end(); ++it)
                edges.append({it.value(), it.key()});
        } else {
            edges.append({ps->next, QString()});
        }
        for (const auto& [to, choice] : edges) {
            if (!to.isEmpty() && !parent.contains(to)) {
                parent.insert(to, {id, choice});
                queue.append(to);
            }
        }
    }
    QMap<QString, QString> choices;
    for (QString at = target; parent.contains(at) && !parent.value(at).first.isEmpty(); at = parent.value(at).first) {
        if (!parent.value(at).second.isEmpty())
            choices.insert(parent.value(at).first, parent.value(at).second);
    }
    return choices;
}

// The default walk and one walk per option of every decision of the scenario (includes expanded).
inline QList<Walk> walksOf(const Plan& plan)
{
    QList<Walk> walks{Walk{plan.scenario().id, {}, {}, {}, {}}};
    for (const PlanStep& ps : plan.steps()) {
        if (ps.step->kind != StepKind::Decision)
            continue;
        for (const runbook::DecisionOption& o : ps.step->decision.options) {
            Walk w{plan.scenario().id, ps.id, o.value, choicesToReach(plan, ps.id), {}};
            w.choices.insert(ps.id, o.value);
            for (auto it = ps.step->appliesTo.begin(); it != ps.step->appliesTo.end(); ++it)
                w.facts.insert(it.key(), it.value().first());
            walks << w;
        }
    }
    return walks;
}

// One drill: a lab, the live runners against it, and the operator's hands on the lab's control API.
class Drill : public QObject
{
public:
    using Hand = std::function<void(std::function<void()>)>;
    struct Call
    {
        QString op;
        QString query;
        QByteArray body = {};
        QByteArray p12Password = {};
    };

    explicit Drill(const QString& dir) : m_dir(dir) {}
    ~Drill() override
    {
        actions.reset();
        checks.reset();
        resolver.reset();
        directory.reset();
    }

    bool start(lab::Topology topology)
    {
        if (!lab.start(topology, 2))
            return false;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates({lab.caCertificate()});
        m_ssl = ssl;
        directory = std::make_unique<LabDirectory>(lab);
        resolver = std::make_unique<LabResolver>(*directory);
        checks = std::make_unique<LiveCheckRunner>(*directory, *resolver, SystemClock::instance());
        actions = std::make_unique<LiveActionRunner>(*directory, SystemClock::instance(),
                                                     LiveActionRunner::Options{100, 30'000});
        return true;
    }

    QString host(const QString& name) const { return lab.appliance(name) ? lab.appliance(name)->hostname() : name; }
    QString path(const QString& file) const { return m_dir + QLatin1Char('/') + file; }

    // The operator's steps in the lab's web interfaces, played one after the other through the control API.
    Hand play(QList<Call> calls, std::function<void()> after = {})
    {
        return [this, calls, after](std::function<void()> done) { next(calls, after, done); };
    }
    Hand note(std::function<void()> fn)
    {
        return [fn](std::function<void()> done) {
            fn();
            done();
        };
    }

    // A .p12 of what an appliance serves now, as the operator would export it (certificate, key and chain).
    QString exportP12(const QString& appliance, const QString& file, const QByteArray& passphrase)
    {
        lab::LabAppliance* a = lab.appliance(appliance);
        QString error;
        if (!lab::LabCa::writePkcs12(path(file), a->servedChain(), a->servedKey(), passphrase, &error))
            errors << error;
        return path(file);
    }
    QByteArray readFile(const QString& file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The site backup, downloaded for real from an appliance of the lab into the drill folder.
    QString downloadBackup(const QString& appliance)
    {
        QString error;
        api::ApiClient* c = directory->client(appliance, &error);
        if (!c) {
            errors << error;
            return {};
        }
        const lab::LabAccount account = lab.defaultAccount();
        api::BackupDownloader down(
            c->settings(), {api::AuthMode::OAuthClientCredentials, account.clientId, Secret(account.clientSecret)},
            SystemClock::instance());
        QSignalSpy finished(&down, &api::BackupDownloader::finished);
        api::BackupOptions o;
        o.outputDir = m_dir;
        down.start(o);
        if (!down.isFinished() && !finished.wait(60'000))
            errors << QStringLiteral("the backup download did not finish");
        if (!down.ok()) {
            errors << down.error().oneLine();
            return {};
        }
        return down.result().filePath;
    }

    lab::Lab lab;
    std::unique_ptr<LabDirectory> directory;
    std::unique_ptr<LabResolver> resolver;
    std::unique_ptr<LiveCheckRunner> checks;
    std::unique_ptr<LiveActionRunner> actions;
    FastScheduler scheduler;
    AutoPilot* pilot = nullptr;
    QString target;  // the appliance being restored (certificates, /login backup), once the drill knows it
    QString p12File; // the certificate file the operator has (from a backup, or exported in the run)
    std::function<QString()> expectAtEnd; // the lab's state when the run has ended: empty if as expected
    QStringList errors;                   // control calls the lab refused: the drill's own set-up failed
    QStringList controlLog;               // every control step played, in order ("power-on name=primary")

private:
    void next(QList<Call> calls, std::function<void()> after, std::function<void()> done)
    {
        if (calls.isEmpty()) {
            if (after)
                after();
            done();
            return;
        }
        const Call call = calls.takeFirst();
        QUrl url = lab.controlUrl();
        url.setPath(QStringLiteral("/lab/") + call.op);
        url.setQuery(call.query);
        QNetworkRequest r(url);
        r.setSslConfiguration(m_ssl);
        r.setRawHeader("X-Lab-Key", lab.controlKey());
        if (!call.p12Password.isEmpty())
            r.setRawHeader("X-Lab-P12-Password", call.p12Password);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-pkcs12"));
        controlLog << call.op + QLatin1Char(' ') + call.query;
        QNetworkReply* reply = m_nam.post(r, call.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, call, calls, after, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                errors << QStringLiteral("%1 %2: HTTP %3 %4")
                              .arg(call.op, call.query)
                              .arg(status)
                              .arg(QString::fromUtf8(reply->readAll()) + reply->errorString());
            next(calls, after, done);
        });
    }

    QString m_dir;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
};

} // namespace dr::automation::drill
