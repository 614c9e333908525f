// The vendor incident report pre-filled from a drill of cold_spare driven by the engine: a failed attempt of the
// site address check (then a pass), check_health evidence with the version and the roles. The run is read back
// from its journal, as drrunbook-cli incident does.
#include "automation/IncidentFromRun.h"
#include "runbook/AutoPilot.h"
#include "runbook/RichText.h"
#include "runbook/RunEngine.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;
using dr::automation::incidentFromRun;
using dr::automation::IncidentFromRunOptions;

namespace {
const QByteArray kSecret = QByteArrayLiteral("never-in-an-incident-5518");
const QString kFailure = QStringLiteral("site.example.com answers, but it is not spare.example.com (yet).");

QJsonObject healthEvidence(const QString& spareRole)
{
    return QJsonObject{
        {QStringLiteral("appliance"), QStringLiteral("site.example.com")},
        {QStringLiteral("same_as"), QStringLiteral("spare.example.com")},
        {QStringLiteral("reply"), QJsonObject{{QStringLiteral("version"), QStringLiteral("24.1.2")},
                                              {QStringLiteral("hostname"), QStringLiteral("hq-old")},
                                              {QStringLiteral("failover_role"), QStringLiteral("backup")}}},
        {QStringLiteral("same_as_reply"), QJsonObject{{QStringLiteral("version"), QStringLiteral("24.1.2")},
                                                      {QStringLiteral("failover_role"), spareRole}}}};
}
} // namespace

class TestAutomationIncident : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();
    QTemporaryDir m_dir;
    Plan m_plan;
    Run m_run;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = m_lib.plan(QStringLiteral("cold_spare"));
        QVERIFY(m_plan.isValid());
        const QString journal = m_dir.filePath(QStringLiteral("drill.jsonl"));
        ScriptedRunner runner;
        runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("as expected"),
                                healthEvidence(QStringLiteral("primary"))});
        // The same failure twice (retried), then the default pass.
        runner.queueCheck(QStringLiteral("verify_site_address"),
                          {CheckResult::Status::Failed, kFailure, healthEvidence(QStringLiteral("backup"))});
        runner.queueCheck(QStringLiteral("verify_site_address"),
                          {CheckResult::Status::Failed, kFailure, healthEvidence(QStringLiteral("backup"))});
        ImmediateScheduler scheduler;
        dr::ManualClock clock(m_start);
        RunEngine engine(m_plan, {&runner, &runner, &scheduler, &clock});
        connect(&engine, &RunEngine::stepChanged, this, [&clock] { clock.advanceSecs(65); });
        QString error;
        QVERIFY2(engine.start({QStringLiteral("drill-77"), QStringLiteral("dave"), true, {}, journal}, &error),
                 qPrintable(error));
        AutoPilot::Script script;
        script.secrets.insert(QStringLiteral("p12_passphrase"), kSecret);
        script.choices.insert(QStringLiteral("redirect"), QStringLiteral("nat_swing")); // to verify_site_address
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QVERIFY(engine.run().isFinished());
        m_run = Run::fromEvents(RunJournal::replay(journal).events);
        QCOMPARE(m_run.step(QStringLiteral("verify_site_address")).attempts.size(), 3);
    }

    void prefillsTheGuideFields()
    {
        IncidentFromRunOptions o;
        o.organization = QStringLiteral("Example Corp");
        o.severity = dr::support::Severity::Level1;
        const QDateTime now = m_start.addSecs(86400 + 2 * 3600 + 5 * 60 + 30);
        const dr::support::IncidentReport r = incidentFromRun(m_plan, m_run, now, o);
        QCOMPARE(r.severity, dr::support::Severity::Level1);
        QCOMPARE(r.inquirerName, QStringLiteral("dave")); // the run's operator by default
        QCOMPARE(r.organization, QStringLiteral("Example Corp"));
        QCOMPARE(r.productVersion, QStringLiteral("24.1.2"));
        QCOMPARE(r.errorMessages, kFailure); // two failed attempts, one message
        QCOMPARE(r.issueDuration, QStringLiteral("1 day 2 hours 5 minutes"));
        // The last role seen for each appliance, in the order first seen.
        QCOMPARE(r.serverRoles, QStringLiteral("site.example.com: backup\nspare.example.com: primary"));
        const QString verifyTitle = RichText::toPlain(m_plan.find(QStringLiteral("verify_site_address"))->step->title);
        // The check passed on its third attempt: the summary does not call it failed.
        QCOMPARE(r.summary, QStringLiteral("Cold spare: bring the spare appliance online"));
        // Every step done, in order, with the time it was left.
        QStringList expected, seen;
        for (const QString& id : m_run.history()) {
            const PlanStep* ps = m_plan.find(id);
            const StepState st = m_run.step(id);
            if (ps->step->kind == StepKind::Include || st.status != StepState::Status::Done || seen.contains(id))
                continue;
            seen << id;
            expected << st.lastLeft.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC  '")) +
                            RichText::toPlain(ps->step->title);
        }
        QVERIFY(expected.size() > 3);
        const QStringList lines = r.reproductionSteps.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), expected.size());
        QCOMPARE(lines, expected);
        QVERIFY(lines.first().startsWith(QStringLiteral("2026-03-02 08:")));
        QVERIFY(r.reproductionSteps.contains(verifyTitle));
        QVERIFY(r.actionsTakenPrior.startsWith(
            QStringLiteral("Followed the recovery runbook \"Cold spare: bring the spare appliance online\" as a drill "
                           "(run drill-77, started 2026-03-02 08:00:00 UTC).")));
    }

    void aFailedCheckAndARefusalNameTheStep()
    {
        // The same run as if the check had finally failed and an action had been refused there.
        QList<QJsonObject> events = RunJournal::replay(m_dir.filePath(QStringLiteral("drill.jsonl"))).events;
        const QString t = m_start.addSecs(7200).toString(Qt::ISODateWithMs);
        const QString step = QStringLiteral("verify_site_address");
        events << QJsonObject{{QStringLiteral("type"), QStringLiteral("action_refused")},
                              {QStringLiteral("step"), step},
                              {QStringLiteral("t"), t},
                              {QStringLiteral("reasons"), QJsonArray{QStringLiteral("Guard not fresh."), kFailure}}}
               << QJsonObject{{QStringLiteral("type"), QStringLiteral("check_result")},
                              {QStringLiteral("step"), step},
                              {QStringLiteral("t"), t},
                              {QStringLiteral("status"), toString(CheckResult::Status::Failed)}};
        const Run run = Run::fromEvents(events);
        QVERIFY(run.step(step).result == CheckResult::Status::Failed);
        const dr::support::IncidentReport r = incidentFromRun(m_plan, run, m_start.addSecs(7200));
        const QString verifyTitle = RichText::toPlain(m_plan.find(step)->step->title);
        QCOMPARE(r.summary,
                 QStringLiteral("Cold spare: bring the spare appliance online: \"%1\" failed").arg(verifyTitle));
        QCOMPARE(r.errorMessages, kFailure + QStringLiteral("\nGuard not fresh.")); // in order, each once
        QCOMPARE(r.issueDuration, QStringLiteral("2 hours"));
    }

    void composedMessageHasTheFieldsAndNoSecret()
    {
        IncidentFromRunOptions o;
        o.inquirerName = QStringLiteral("Erin");
        o.incidentNumber = QStringLiteral("#40100");
        const dr::support::IncidentReport r = incidentFromRun(m_plan, m_run, m_start.addSecs(3600), o);
        QCOMPARE(r.inquirerName, QStringLiteral("Erin"));
        QCOMPARE(r.incidentNumber, QStringLiteral("40100"));
        QCOMPARE(r.issueDuration, QStringLiteral("1 hour"));
        const dr::support::ComposedMessage m = dr::support::IncidentComposer::compose(r);
        QVERIFY(m.subject.startsWith(QStringLiteral("Incident# 40100 - Severity Level 2: Cold spare")));
        QVERIFY(m.body.contains(QStringLiteral("24.1.2")));
        QVERIFY(m.body.contains(kFailure));
        QVERIFY(m.body.contains(QStringLiteral("spare.example.com: primary")));
        QVERIFY(!m.clipboardText().contains(QString::fromLatin1(kSecret)));
    }

    void aCleanRunHasNoErrors()
    {
        // Without the failed attempts: the summary is the scenario title alone, no error messages.
        QList<QJsonObject> events;
        ScriptedRunner runner;
        runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("ok"), {}});
        ImmediateScheduler scheduler;
        dr::ManualClock clock(m_start);
        RunEngine engine(m_plan, {&runner, &runner, &scheduler, &clock});
        QString error;
        QVERIFY2(engine.start({QStringLiteral("drill-78"), QStringLiteral("dave"), true, {},
                               m_dir.filePath(QStringLiteral("clean.jsonl"))},
                              &error),
                 qPrintable(error));
        AutoPilot::Script script;
        script.secrets.insert(QStringLiteral("p12_passphrase"), kSecret);
        script.choices.insert(QStringLiteral("redirect"), QStringLiteral("nat_swing")); // to verify_site_address
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        const dr::support::IncidentReport r = incidentFromRun(m_plan, engine.run(), m_start.addSecs(30));
        QCOMPARE(r.summary, QStringLiteral("Cold spare: bring the spare appliance online"));
        QVERIFY(r.errorMessages.isEmpty());
        QVERIFY(r.productVersion.isEmpty()); // no evidence, no guess
        QVERIFY(r.serverRoles.isEmpty());
        QCOMPARE(r.issueDuration, QStringLiteral("less than a minute"));
    }
};

QTEST_GUILESS_MAIN(TestAutomationIncident)
#include "tst_automation_incident.moc"
