// Every scenario file of the guide loads, validates, expands and says what the guide says.
#include "runbook/RichText.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/ScenarioParser.h"
#include "runbook/ScenarioValidator.h"
#include "runbook/StepKinds.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace dr::runbook;

namespace {

QString sourceDir()
{
    return QDir(QStringLiteral(DR_TEST_DATA_DIR "/../../resources/scenarios")).canonicalPath();
}

QString allText(const Scenario& sc)
{
    QStringList parts{sc.title, sc.summary};
    for (const Step& st : sc.steps) {
        parts << st.title << st.body << st.warnings << st.notes << st.record.label << st.decision.question;
        for (const DecisionOption& o : st.decision.options)
            parts << o.label;
        if (st.kind == StepKind::Check)
            parts << st.check.params.value(QStringLiteral("urls")).toVariant().toStringList();
    }
    return parts.join(QLatin1Char('\n'));
}

QByteArray minimal(const QByteArray& stepsJson)
{
    return QByteArrayLiteral(R"({"schema":1,"id":"t","kind":"scenario","version":1,"title":"T","summary":"S",)"
                             R"("source":"G","steps":)") +
           stepsJson + QByteArrayLiteral("}");
}

QStringList parseErrors(const QByteArray& json)
{
    QStringList errors;
    auto sc = ScenarioParser::parse(json, QStringLiteral("bad.json"), &errors, false);
    if (sc)
        errors << ScenarioValidator::validate(*sc);
    return errors;
}

} // namespace

class TestRunbookScenarios : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin(false);

private slots:
    void everyFileLoadsAndValidates()
    {
        QVERIFY2(m_lib.isValid(), qPrintable(m_lib.errors().join(QLatin1Char('\n'))));
        QStringList ids;
        for (const Scenario* sc : m_lib.scenarios())
            ids << sc->id;
        // The scenarios of product.md, in its order.
        QCOMPARE(ids, QStringList({QStringLiteral("prepare"), QStringLiteral("failover_primary_failed"),
                                   QStringLiteral("cold_spare"), QStringLiteral("virtual_appliance"),
                                   QStringLiteral("hardware_appliance"), QStringLiteral("temporary_hosted_site"),
                                   QStringLiteral("atlas_cluster"), QStringLiteral("cloud_site_down")}));
        for (const char* proc :
             {"certificate_export", "certificate_restore", "login_site_package", "login_restore", "rep_console_test",
              "support_call", "rma", "hardware_installation", "return_defective"}) {
            const Scenario* p = m_lib.find(QString::fromLatin1(proc));
            QVERIFY2(p && p->procedure, proc);
        }
    }

    void resourceHoldsEveryFile()
    {
        const QStringList inSource = QDir(sourceDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        const QStringList inResource =
            QDir(ScenarioLibrary::builtinPath()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!inSource.isEmpty());
        QCOMPARE(inResource, inSource);
        ScenarioLibrary fromDisk;
        QVERIFY2(fromDisk.loadDirectory(sourceDir(), false), qPrintable(fromDisk.errors().join(QLatin1Char('\n'))));
        QCOMPARE(fromDisk.all().size(), m_lib.all().size());
    }

    void everyStepIsReachableInItsFile()
    {
        for (const Scenario& sc : m_lib.all())
            QCOMPARE(ScenarioValidator::reachable(sc).size(), sc.steps.size());
    }

    void everyIncludeResolvesAndEveryProcedureIsUsed()
    {
        QSet<QString> used;
        for (const Scenario* sc : m_lib.scenarios()) {
            QStringList errors;
            const Plan plan = m_lib.plan(sc->id, &errors);
            QVERIFY2(plan.isValid() && errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            for (const PlanStep& ps : plan.steps()) {
                if (ps.step->kind == StepKind::Include) {
                    QVERIFY(m_lib.find(ps.step->include));
                    used.insert(ps.step->include);
                }
            }
        }
        for (const Scenario* p : m_lib.procedures())
            QVERIFY2(used.contains(p->id), qPrintable(p->id + QStringLiteral(" is never included")));
    }

    void everyTargetExistsAndEveryPlanStepIsReachable()
    {
        for (const Scenario* sc : m_lib.scenarios()) {
            const Plan plan = m_lib.plan(sc->id);
            auto exists = [&](const QString& id) { return id.isEmpty() || plan.find(id); };
            QSet<QString> seen;
            QStringList queue{plan.first()->id};
            while (!queue.isEmpty()) {
                const QString id = queue.takeFirst();
                if (id.isEmpty() || seen.contains(id))
                    continue;
                seen.insert(id);
                const PlanStep* ps = plan.find(id);
                QVERIFY2(ps, qPrintable(sc->id + QStringLiteral(": missing target ") + id));
                QVERIFY(exists(ps->next) && exists(ps->skipTo) && exists(ps->fromCheck) && exists(ps->baselineStep));
                for (const QString& pre : ps->preconditions)
                    QVERIFY(plan.find(pre) && plan.find(pre)->step->kind == StepKind::Check);
                if (ps->step->kind == StepKind::Decision)
                    queue << ps->targets.values();
                else
                    queue << ps->next << ps->skipTo;
            }
            QCOMPARE(seen.size(), plan.steps().size());
        }
    }

    void guideFactsArePresent_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("fact");
        auto row = [](const char* sc, const char* fact) {
            QTest::newRow(fact) << QString::fromLatin1(sc) << QString::fromUtf8(fact);
        };
        row("hardware_installation", "**IP address:** 169.254.1.5");
        row("hardware_installation", "**Subnet mask:** 255.255.0.0");
        row("hardware_installation", "**Default gateway:** none");
        row("hardware_installation", "**DNS server:** none");
        row("hardware_installation", "https://169.254.1.1/appliance/login.ns");
        row("hardware_installation", "https://169.254.1.4/appliance/login.ns");
        row("hardware_installation", "using the other NIC of the appliance");
        row("hardware_installation", "the default credentials, **admin** and **password**");
        row("hardware_installation", "Click **Add New IP**");
        row("hardware_installation", "**Global Configuration**");
        row("failover_primary_failed", "Click **Become Primary**, leaving the adjacent box not checked.");
        row("failover_primary_failed", "**Network Connectivity Test IPs**");
        row("failover_primary_failed", "**Primary Site Instance Timeout**");
        row("failover_primary_failed",
            "break failover, restore the backup, reset the pre-shared key, and re-establish");
        row("failover_primary_failed", "**Inter-appliance Communication Pre-shared Key**");
        row("failover_primary_failed", "disconnects every user");
        row("prepare", "Check **Enable Backup Operations**.");
        row("prepare", "Click **Sync Now**");
        row("prepare", "**Local User Accounts**");
        row("prepare", "**Kerberos Keytab**");
        row("prepare", "**File Store** (first 50 files up to 200KB in size)");
        row("prepare", "**Logged Support Team Information**");
        row("prepare", "**Session Recordings**");
        row("prepare", "**File Store files beyond the first 50**");
        row("prepare", "**Settings, users, or data from /appliance**");
        row("prepare", "**Show My Screen Recordings**");
        row("prepare", "**Networking > IP Configuration**");
        row("prepare", "appliance version, appliance serial number, base software version, and system time");
        row("cold_spare", "this switch must be rebooted for the change to take effect");
        row("virtual_appliance", "VMware vCenter 5.0+ and Hyper-V 2012 R2");
        row("virtual_appliance", "Enter the IP address, subnet mask, and default gateway of the appliance.");
        row("virtual_appliance", "A local copy of the virtual appliance file should be saved");
        row("rma", "PS/2 keyboard and VGA monitor");
        row("rma", "torx 8 or 10 screwdriver");
        row("rma", "outbound access to the internet over TCP 443");
        row("rma", "within two weeks of the new appliance becoming operational");
        row("return_defective", "Click **Reset Appliance to Factory Defaults**.");
        row("return_defective", "Click **Shut Down This Appliance**.");
        row("temporary_hosted_site", "Active Directory, RADIUS, and/or Kerberos servers");
        row("atlas_cluster", "Browse to **Management > Cluster**.");
        row("atlas_cluster", "it does not overwrite the existing Atlas configuration");
        row("atlas_cluster", "increases by one immediately after authenticating");
        row("cloud_site_down", "is 30 minutes within normal business hours");
        row("certificate_restore", "click the **Assign IP** link");
        row("certificate_restore", "Click **Save Configuration**.");
        row("certificate_restore", "**Root certificate:**");
        row("login_restore", "Browse to **/login > Management > Software**.");
        row("login_restore", "Click **Choose File**.");
        row("login_restore", "Click **Upload Backup**.");
        row("login_restore", "restore backups from newer versions of Bomgar to older, major issues occur");
        row("support_call", "2:00 AM to 7:00 PM CST/CDT");
        row("support_call", "(e.g., Incident# 40100)");
    }
    void guideFactsArePresent()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, fact);
        const Scenario* sc = m_lib.find(scenario);
        QVERIFY(sc);
        QVERIFY2(allText(*sc).contains(fact), qPrintable(scenario + QStringLiteral(" lacks: ") + fact));
    }

    void certificateExportHasTheElevenSteps()
    {
        const Scenario* sc = m_lib.find(QStringLiteral("certificate_export"));
        QStringList operatorSteps;
        for (const Step& st : sc->steps) {
            if (st.kind == StepKind::Confirm || st.kind == StepKind::Record)
                operatorSteps << st.body;
        }
        QCOMPARE(operatorSteps.size(), 11);
        QVERIFY(operatorSteps.at(1).startsWith(QStringLiteral("Browse to **Security > Certificates**.")));
        QVERIFY(
            operatorSteps.at(5).contains(QStringLiteral("From the **Export from the** dropdown, click **Apply**.")));
        QVERIFY(operatorSteps.at(7).contains(QStringLiteral(
            "Check **Include Certificate**, **Include Private Key**, and **Include Certificate Chain**.")));
        QVERIFY(operatorSteps.at(10).startsWith(QStringLiteral("Save the resulting .p12 certificate file")));
        const Step* pass = sc->step(QStringLiteral("passphrase"));
        QVERIFY(pass && pass->record.secret);
    }

    void theOnlyActionIsGuarded()
    {
        int actions = 0;
        for (const Scenario& sc : m_lib.all()) {
            for (const Step& st : sc.steps) {
                if (st.kind != StepKind::Action)
                    continue;
                ++actions;
                QCOMPARE(st.action.kind, ActionKind::SetFailoverRole);
                QVERIFY(!st.action.dataSyncFirst);
                QStringList expects;
                for (const QString& pre : st.action.preconditions)
                    expects << kinds::toString(sc.step(pre)->check.kind) + QLatin1Char(':') +
                                   sc.step(pre)->check.params.value(QStringLiteral("expect")).toString();
                QCOMPARE(expects, QStringList({QStringLiteral("api_health:unreachable"),
                                               QStringLiteral("api_appliances:no_other_primary"),
                                               QStringLiteral("api_health:healthy")}));
            }
        }
        QCOMPARE(actions, 1);
    }

    void strictValidationNamesFileAndStep_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << minimal(
                                            R"([{"id":"a","kind":"instruction","title":"x","source":"g","colour":1}])")
                                     << QStringLiteral("bad.json: step \"a\": unknown key \"colour\"");
        QTest::newRow("unknown kind") << minimal(R"([{"id":"a","kind":"dance","title":"x","source":"g"}])")
                                      << QStringLiteral("step \"a\": kind \"dance\" is unknown");
        QTest::newRow("bad target") << minimal(
                                           R"([{"id":"a","kind":"instruction","title":"x","source":"g","next":"zz"}])")
                                    << QStringLiteral("step \"a\": next \"zz\" is not a step");
        QTest::newRow("unreachable") << minimal(
                                            R"([{"id":"a","kind":"instruction","title":"x","source":"g","next":"end"},)"
                                            R"({"id":"b","kind":"instruction","title":"y","source":"g"}])")
                                     << QStringLiteral("step \"b\": no path from the first step");
        QTest::newRow("check kind")
            << minimal(R"([{"id":"a","kind":"check","title":"x","source":"g","check":{"kind":"ping","params":{}}}])")
            << QStringLiteral("check.kind \"ping\" is unknown");
        QTest::newRow("check param")
            << minimal(R"([{"id":"a","kind":"check","title":"x","source":"g","check":{"kind":"dns_resolves_to",)"
                       R"("params":{"host":"h"}}}])")
            << QStringLiteral("check parameter \"address\" is required");
        QTest::newRow("unguarded action")
            << minimal(R"([{"id":"a","kind":"action","title":"x","source":"g","action":{"kind":"set_failover_role",)"
                       R"("appliance":"b","role":"primary","preconditions":["a"],"confirmation":"Make %1 primary"}}])")
            << QStringLiteral("precondition \"a\" must be an earlier check step");
        QTest::newRow("record type")
            << minimal(R"([{"id":"a","kind":"record","title":"x","source":"g","record":{"key":"k","type":"colour",)"
                       R"("label":"L"}}])")
            << QStringLiteral("record.type \"colour\" is unknown");
        QTest::newRow("fact value")
            << minimal(R"([{"id":"a","kind":"instruction","title":"x","source":"g","applies_to":{"routing":["bgp"]}}])")
            << QStringLiteral("applies_to routing value \"bgp\" is unknown");
        QTest::newRow("markup") << minimal(
                                       R"([{"id":"a","kind":"instruction","title":"x","source":"g","body":"**Open"}])")
                                << QStringLiteral("unbalanced ** label markup");
        QTest::newRow("duplicate id") << minimal(R"([{"id":"a","kind":"instruction","title":"x","source":"g"},)"
                                                 R"({"id":"a","kind":"instruction","title":"y","source":"g"}])")
                                      << QStringLiteral("duplicate step id");
        QTest::newRow("schema") << QByteArray(R"({"schema":2,"id":"t"})")
                                << QStringLiteral("schema 2 is not supported");
        QTest::newRow("syntax") << QByteArray(R"({"schema":1,)") << QStringLiteral("bad.json: not valid JSON");
    }
    void strictValidationNamesFileAndStep()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList errors = parseErrors(json);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void libraryChecksIncludesAndVariables()
    {
        ScenarioLibrary lib;
        lib.addFile(minimal(R"([{"id":"a","kind":"include","include":"nope"}])"), QStringLiteral("a.json"), false);
        QVERIFY(!lib.finish());
        QVERIFY(lib.errors().join(QLatin1Char('\n')).contains(QStringLiteral("a.json: step \"a\": include \"nope\"")));

        ScenarioLibrary cyc;
        cyc.addFile(R"({"schema":1,"id":"p","kind":"procedure","version":1,"title":"P","summary":"S","source":"G",)"
                    R"("steps":[{"id":"again","kind":"include","include":"p"}]})",
                    QStringLiteral("p.json"), false);
        cyc.addFile(minimal(R"([{"id":"a","kind":"include","include":"p"}])"), QStringLiteral("t.json"), false);
        QVERIFY(!cyc.finish());
        QVERIFY(cyc.errors().join(QLatin1Char('\n')).contains(QStringLiteral("includes itself")));

        ScenarioLibrary vars;
        vars.addFile(minimal(R"([{"id":"a","kind":"check","title":"x","source":"g","check":{"kind":"tcp_reachable",)"
                             R"("params":{"host":"${nowhere}","port":443,"expect":"reachable"}}}])"),
                     QStringLiteral("v.json"), false);
        QVERIFY(!vars.finish());
        QVERIFY(vars.errors().join(QLatin1Char('\n')).contains(QStringLiteral("${nowhere} is never recorded")));
    }

    void labelsRenderBold()
    {
        const QString text = QStringLiteral("Browse to **Management > Failover** & click");
        QCOMPARE(RichText::toHtml(text), QStringLiteral("Browse to <b>Management &gt; Failover</b> &amp; click"));
        QCOMPARE(RichText::toPlain(text), QStringLiteral("Browse to Management > Failover & click"));
        const auto spans = RichText::spans(text);
        QCOMPARE(spans.size(), 3);
        QVERIFY(spans.at(1).label && !spans.at(0).label);
    }
};

QTEST_GUILESS_MAIN(TestRunbookScenarios)
#include "tst_runbook_scenarios.moc"
