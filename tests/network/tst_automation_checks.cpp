// Every check kind of the live runner, passing and failing, against the drill lab over real TLS.
#include "tst_automation_support.h"

#include "api/ApiClient.h"
#include "automation/HostResolver.h"
#include "automation/LabDirectory.h"
#include "automation/SiteDirectory.h"
#include "common/Clock.h"
#include "lab/Lab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

using namespace dr;
using namespace dr::automation;
using namespace dr::automation::test;
using runbook::CheckKind;
using Status = runbook::CheckResult::Status;

namespace {

const QString kBackup = QStringLiteral("backup.lab.drrunbook.test");
const QString kPrimary = QStringLiteral("primary.lab.drrunbook.test");

QString statusText(const std::optional<runbook::CheckResult>& r)
{
    return r ? runbook::toString(r->status) + QStringLiteral(": ") + r->summary : QStringLiteral("no answer");
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

} // namespace

#define EXPECT_STATUS(result, st)                                                                                      \
    do {                                                                                                               \
        QVERIFY2((result).has_value(), "the check gave no single answer");                                             \
        QVERIFY2((result)->status == (st), qPrintable(statusText(result)));                                            \
    } while (false)

class TestAutomationChecks : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::Lab> m_lab;
    std::unique_ptr<LabDirectory> m_dir;
    std::unique_ptr<LabResolver> m_resolver;
    std::unique_ptr<LiveCheckRunner> m_runner;
    QTemporaryDir m_tmp;

    std::optional<runbook::CheckResult> check(CheckKind kind, const QJsonObject& params, int timeoutSecs = 10)
    {
        return runCheck(*m_runner, request(kind, params, timeoutSecs));
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<lab::Lab>();
        QVERIFY2(m_lab->start(lab::Topology::Pair), qPrintable(m_lab->errorString()));
        m_dir = std::make_unique<LabDirectory>(*m_lab);
        m_resolver = std::make_unique<LabResolver>(*m_dir);
        m_runner = std::make_unique<LiveCheckRunner>(*m_dir, *m_resolver, SystemClock::instance());
    }
    void cleanup()
    {
        m_runner.reset();
        m_resolver.reset();
        m_dir.reset();
        m_lab.reset();
    }

    void apiHealth()
    {
        auto r = check(CheckKind::ApiHealth,
                       {{QStringLiteral("appliance"), kBackup}, {QStringLiteral("expect"), QStringLiteral("healthy")}});
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("reply")).toObject().value(QStringLiteral("guid")).toString(),
                 m_lab->appliance(QStringLiteral("backup"))->guid());
        // By lab name and by lab address too.
        EXPECT_STATUS(check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), QStringLiteral("backup")}}),
                      Status::Passed);
        EXPECT_STATUS(
            check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), m_dir->labAddress(QStringLiteral("backup"))}}),
            Status::Passed);

        m_lab->appliance(QStringLiteral("backup"))->setHealthy(false, QStringLiteral("Disk failure"));
        r = check(CheckKind::ApiHealth,
                  {{QStringLiteral("appliance"), kBackup}, {QStringLiteral("expect"), QStringLiteral("healthy")}});
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(r->summary.contains(QStringLiteral("Disk failure")));
        EXPECT_STATUS(check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), kBackup},
                                                   {QStringLiteral("expect"), QStringLiteral("reachable")}}),
                      Status::Passed);

        m_lab->powerOff(QStringLiteral("backup"));
        r = check(CheckKind::ApiHealth,
                  {{QStringLiteral("appliance"), kBackup}, {QStringLiteral("expect"), QStringLiteral("reachable")}});
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("reply")).toObject().value(QStringLiteral("error_kind")).toString(),
                 QStringLiteral("network"));

        // Not a lab name: nothing is contacted, the check cannot be made.
        EXPECT_STATUS(
            check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), QStringLiteral("support.example.com")}}),
            Status::Error);
    }

    void apiHealthSameAs()
    {
        // The site address leads to the primary until DNS is swung to the backup.
        const QJsonObject params{{QStringLiteral("appliance"), m_lab->siteHostname()},
                                 {QStringLiteral("expect"), QStringLiteral("reachable")},
                                 {QStringLiteral("same_as"), kBackup}};
        auto r = check(CheckKind::ApiHealth, params);
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("reply")).toObject().value(QStringLiteral("guid")).toString(),
                 m_lab->appliance(QStringLiteral("primary"))->guid());
        m_lab->pointSiteAt(QStringLiteral("backup"));
        r = check(CheckKind::ApiHealth, params);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("same_as_reply")).toObject().value(QStringLiteral("guid")).toString(),
                 m_lab->appliance(QStringLiteral("backup"))->guid());
    }

    void apiHealthUnreachable()
    {
        const QJsonObject params{{QStringLiteral("appliance"), kPrimary},
                                 {QStringLiteral("expect"), QStringLiteral("unreachable")}};
        auto r = check(CheckKind::ApiHealth, params);
        EXPECT_STATUS(r, Status::Failed); // the old primary still answers
        QCOMPARE(
            r->evidence.value(QStringLiteral("reply")).toObject().value(QStringLiteral("failover_role")).toString(),
            QStringLiteral("primary"));
        m_lab->powerOff(QStringLiteral("primary"));
        r = check(CheckKind::ApiHealth, params);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("tcp")).toString(), QStringLiteral("refused"));
        // Hung but alive: accepts connections, never answers. Not QStringLiteral("unreachable").
        m_lab->powerOn(QStringLiteral("primary"));
        m_lab->appliance(QStringLiteral("primary"))->injectFault({lab::FaultKind::Hang, {}});
        r = check(CheckKind::ApiHealth, params, 2);
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(r->evidence.value(QStringLiteral("timed_out")).toBool());
    }

    void wrongCertificateIsRefusedWithItsFingerprint()
    {
        m_lab->appliance(QStringLiteral("backup"))->injectFault({lab::FaultKind::WrongCertificate, {}});
        auto r = check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), kBackup}});
        EXPECT_STATUS(r, Status::Failed);
        const QJsonObject reply = r->evidence.value(QStringLiteral("reply")).toObject();
        QCOMPARE(reply.value(QStringLiteral("error_kind")).toString(), QStringLiteral("tls"));
        QVERIFY(!reply.value(QStringLiteral("certificate_sha256")).toString().isEmpty());
    }

    void hungApplianceTimesOut()
    {
        m_lab->appliance(QStringLiteral("backup"))->injectFault({lab::FaultKind::Hang, QStringLiteral("check_health")});
        auto r = check(CheckKind::ApiHealth, {{QStringLiteral("appliance"), kBackup}}, 1);
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(r->evidence.value(QStringLiteral("timed_out")).toBool());
        QVERIFY(r->summary.contains(QStringLiteral("timed out")));
        r = check(CheckKind::ApiRole,
                  {{QStringLiteral("appliance"), kBackup}, {QStringLiteral("role"), QStringLiteral("backup")}}, 1);
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(r->evidence.value(QStringLiteral("timed_out")).toBool());
    }

    void apiRole()
    {
        EXPECT_STATUS(check(CheckKind::ApiRole, {{QStringLiteral("appliance"), kBackup},
                                                 {QStringLiteral("role"), QStringLiteral("backup")}}),
                      Status::Passed);
        auto r = check(CheckKind::ApiRole,
                       {{QStringLiteral("appliance"), kBackup}, {QStringLiteral("role"), QStringLiteral("primary")}});
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(
            r->evidence.value(QStringLiteral("reply")).toObject().value(QStringLiteral("failover_role")).toString(),
            QStringLiteral("backup"));
    }

    void apiAppliances()
    {
        const QJsonObject guard{{QStringLiteral("appliance"), kBackup},
                                {QStringLiteral("expect"), QStringLiteral("no_other_primary")}};
        auto r = check(CheckKind::ApiAppliances, guard);
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("other_primaries")).toArray().first().toString(), kPrimary);
        m_lab->powerOff(QStringLiteral("primary"));
        r = check(CheckKind::ApiAppliances, guard);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("listed_primary_not_accepting")).toArray().first().toString(),
                 kPrimary);

        EXPECT_STATUS(check(CheckKind::ApiAppliances, {{QStringLiteral("appliance"), kBackup},
                                                       {QStringLiteral("expect"), QStringLiteral("member_present")},
                                                       {QStringLiteral("member"), kPrimary}}),
                      Status::Passed);
        EXPECT_STATUS(
            check(CheckKind::ApiAppliances, {{QStringLiteral("appliance"), kBackup},
                                             {QStringLiteral("expect"), QStringLiteral("member_present")},
                                             {QStringLiteral("member"), QStringLiteral("traffic-9.example.com")}}),
            Status::Failed);
    }

    void connectedCounts()
    {
        lab::LabAppliance* primary = m_lab->appliance(QStringLiteral("primary"));
        primary->setConnectedCount(QStringLiteral("representative"), 3);
        auto base = check(CheckKind::ConnectedCount, {{QStringLiteral("appliance"), kPrimary},
                                                      {QStringLiteral("type"), QStringLiteral("representative")}});
        EXPECT_STATUS(base, Status::Passed);
        QCOMPARE(base->evidence.value(QStringLiteral("representative")).toInt(), 3);

        auto req =
            request(CheckKind::ConnectedCountIncreases, {{QStringLiteral("appliance"), kPrimary},
                                                         {QStringLiteral("type"), QStringLiteral("representative")},
                                                         {QStringLiteral("by"), 1}});
        req.baseline = base->evidence;
        auto r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Failed);
        primary->setConnectedCount(QStringLiteral("representative"), 4); // a rep console logged in through it
        r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("representative")).toInt(), 4);

        req.baseline = {};
        EXPECT_STATUS(runCheck(*m_runner, req), Status::Error);
    }

    void tlsServesCertificate()
    {
        lab::LabAppliance* backup = m_lab->appliance(QStringLiteral("backup"));
        const QString p12 = m_tmp.filePath(QStringLiteral("backup.p12"));
        QVERIFY(makeP12(m_tmp.path(), p12, backup->labKey(), backup->labChain(), "p12-Secret-7"));
        auto req = request(CheckKind::TlsServesCertificate, {{QStringLiteral("host"), kBackup},
                                                             {QStringLiteral("port"), 443},
                                                             {QStringLiteral("certificate_file"), p12}});
        req.secrets.insert(QStringLiteral("p12_passphrase"), Secret(QByteArrayLiteral("p12-Secret-7")));
        auto r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("verdict")).toString(), QStringLiteral("serves_restored"));
        QCOMPARE(r->evidence.value(QStringLiteral("served")).toObject().value(QStringLiteral("sha256")),
                 r->evidence.value(QStringLiteral("expected")).toObject().value(QStringLiteral("sha256")));
        QVERIFY(!QJsonDocument(r->evidence).toJson().contains("p12-Secret-7"));

        // A replaced appliance serving its factory certificate.
        backup->serveFactoryDefaultCertificate();
        r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("verdict")).toString(), QStringLiteral("serves_different"));
        // No passphrase: cannot be compared at all.
        req.secrets.clear();
        EXPECT_STATUS(runCheck(*m_runner, req), Status::Error);
        // Without a file: the served certificate must at least be issued for the name.
        backup->serveLabCertificate();
        EXPECT_STATUS(check(CheckKind::TlsServesCertificate, {{QStringLiteral("host"), kBackup}}), Status::Passed);
        backup->serveFactoryDefaultCertificate();
        EXPECT_STATUS(check(CheckKind::TlsServesCertificate, {{QStringLiteral("host"), kBackup}}), Status::Failed);
    }

    void dnsThroughTheLab()
    {
        const QJsonObject params{{QStringLiteral("host"), m_lab->siteHostname()},
                                 {QStringLiteral("address"), m_dir->labAddress(QStringLiteral("backup"))}};
        auto r = check(CheckKind::DnsResolvesTo, params);
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("answers")).toArray().first().toString(),
                 m_dir->labAddress(QStringLiteral("primary")));
        m_lab->pointSiteAt(QStringLiteral("backup")); // the operator swings DNS
        r = check(CheckKind::DnsResolvesTo, params);
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("source")).toString(), QStringLiteral("lab"));
        m_lab->setSharedIpEnabled(true);
        EXPECT_STATUS(check(CheckKind::DnsResolvesTo, {{QStringLiteral("host"), m_lab->siteHostname()},
                                                       {QStringLiteral("address"), m_dir->sharedAddress()}}),
                      Status::Passed);
        // A name outside the lab is never looked up in a drill.
        EXPECT_STATUS(check(CheckKind::DnsResolvesTo, {{QStringLiteral("host"), QStringLiteral("support.example.com")},
                                                       {QStringLiteral("address"), QStringLiteral("192.0.2.1")}}),
                      Status::Failed);
    }

    void dnsThroughTheSystem()
    {
        // Real run: the operating system's resolver. Only QStringLiteral("localhost") (the hosts file): no DNS traffic.
        SiteDirectory site(nullptr, SystemClock::instance());
        SystemResolver resolver;
        LiveCheckRunner runner(site, resolver, SystemClock::instance());
        auto r = runCheck(runner, request(CheckKind::DnsResolvesTo,
                                          {{QStringLiteral("host"), QStringLiteral("localhost")},
                                           {QStringLiteral("address"), QStringLiteral("127.0.0.1")}},
                                          10, false));
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("source")).toString(), QStringLiteral("system"));
        r = runCheck(runner, request(CheckKind::DnsResolvesTo,
                                     {{QStringLiteral("host"), QStringLiteral("localhost")},
                                      {QStringLiteral("address"), QStringLiteral("192.0.2.77")}},
                                     10, false));
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(r->evidence.value(QStringLiteral("answers")).toArray().contains(QStringLiteral("127.0.0.1")));
    }

    void tcpReachable()
    {
        EXPECT_STATUS(
            check(CheckKind::TcpReachable, {{QStringLiteral("host"), m_dir->labAddress(QStringLiteral("backup"))},
                                            {QStringLiteral("port"), 443}}),
            Status::Passed);
        m_lab->powerOff(QStringLiteral("backup"));
        auto r = check(CheckKind::TcpReachable, {{QStringLiteral("host"), kBackup},
                                                 {QStringLiteral("port"), 443},
                                                 {QStringLiteral("expect"), QStringLiteral("reachable")}});
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("tcp")).toString(), QStringLiteral("refused"));
        EXPECT_STATUS(check(CheckKind::TcpReachable, {{QStringLiteral("host"), kBackup},
                                                      {QStringLiteral("port"), 443},
                                                      {QStringLiteral("expect"), QStringLiteral("unreachable")}}),
                      Status::Passed);
        m_lab->powerOn(QStringLiteral("backup"));
        EXPECT_STATUS(check(CheckKind::TcpReachable, {{QStringLiteral("host"), kBackup},
                                                      {QStringLiteral("port"), 443},
                                                      {QStringLiteral("expect"), QStringLiteral("unreachable")}}),
                      Status::Failed);
    }

    void httpProbeOnLoopback()
    {
        // Real run against loopback URLs (never 169.254.x from a test): the first address that answers is named.
        SiteDirectory site(nullptr, SystemClock::instance());
        SystemResolver resolver;
        LiveCheckRunner runner(site, resolver, SystemClock::instance());
        const QString closed = QStringLiteral("https://127.0.0.1:%1/appliance/login.ns").arg(closedPort());
        const QString open = QStringLiteral("https://127.0.0.1:%1/appliance/login.ns")
                                 .arg(m_lab->appliance(QStringLiteral("backup"))->port());
        auto r = runCheck(runner, request(CheckKind::HttpProbe,
                                          {{QStringLiteral("urls"), QJsonArray{closed, open}},
                                           {QStringLiteral("expect"), QStringLiteral("any_answers")}},
                                          10, false));
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("answered")).toString(), open);
        QVERIFY(r->evidence.value(QStringLiteral("http_status")).toInt() > 0);
        QVERIFY(!r->evidence.value(QStringLiteral("tried"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("certificate_sha256"))
                     .toString()
                     .isEmpty());
        r = runCheck(runner, request(CheckKind::HttpProbe, {{QStringLiteral("urls"), QJsonArray{closed}}}, 10, false));
        EXPECT_STATUS(r, Status::Failed);
    }

    void httpProbeInADrill()
    {
        // The guide's link-local addresses: in a drill only the lab's mapping answers; nothing else is contacted.
        m_dir->setLinkLocal(QStringLiteral("169.254.1.2"), QStringLiteral("backup"));
        QJsonArray urls;
        for (int i = 1; i <= 4; ++i)
            urls.append(QStringLiteral("https://169.254.1.%1/appliance/login.ns").arg(i));
        auto r = check(CheckKind::HttpProbe,
                       {{QStringLiteral("urls"), urls}, {QStringLiteral("expect"), QStringLiteral("any_answers")}});
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("answered")).toString(),
                 QStringLiteral("https://169.254.1.2/appliance/login.ns"));
        QCOMPARE(r->evidence.value(QStringLiteral("tried"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("not_contacted"));
        m_lab->powerOff(QStringLiteral("backup"));
        EXPECT_STATUS(check(CheckKind::HttpProbe, {{QStringLiteral("urls"), urls}}), Status::Failed);
    }

    void backupFile()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString fresh =
            m_tmp.filePath(QStringLiteral("Bomgar-23.2.4-drlab-%1-a1b2c3.nsb").arg(today.toString(Qt::ISODate)));
        const QString old = m_tmp.filePath(
            QStringLiteral("Bomgar-23.2.4-drlab-%1-d4e5f6.nsb").arg(today.addDays(-10).toString(Qt::ISODate)));
        QVERIFY(writeFile(fresh, QByteArray(1024, 'x')));
        QVERIFY(writeFile(old, QByteArray(1024, 'x')));
        auto r = check(CheckKind::BackupFile, {{QStringLiteral("file"), fresh},
                                               {QStringLiteral("site_version"), QStringLiteral("23.2.4")},
                                               {QStringLiteral("max_age_days"), 1}});
        EXPECT_STATUS(r, Status::Passed);
        QCOMPARE(r->evidence.value(QStringLiteral("version")).toString(), QStringLiteral("23.2.4"));
        QCOMPARE(r->evidence.value(QStringLiteral("verdict")).toString(), QStringLiteral("same-version"));
        // Never newer to older.
        r = check(CheckKind::BackupFile,
                  {{QStringLiteral("file"), fresh}, {QStringLiteral("site_version"), QStringLiteral("23.1.2")}});
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("verdict")).toString(), QStringLiteral("downgrade"));
        r = check(CheckKind::BackupFile, {{QStringLiteral("file"), old}, {QStringLiteral("max_age_days"), 1}});
        EXPECT_STATUS(r, Status::Failed);
        QCOMPARE(r->evidence.value(QStringLiteral("age_days")).toInt(), 10);
        const QString odd = m_tmp.filePath(QStringLiteral("site-backup.nsb"));
        QVERIFY(writeFile(odd, "x"));
        EXPECT_STATUS(check(CheckKind::BackupFile, {{QStringLiteral("file"), odd}}), Status::Failed);
        EXPECT_STATUS(
            check(CheckKind::BackupFile, {{QStringLiteral("file"), m_tmp.filePath(QStringLiteral("missing.nsb"))}}),
            Status::Failed);
    }

    void pkcs12File()
    {
        lab::LabAppliance* backup = m_lab->appliance(QStringLiteral("backup"));
        const QString full = m_tmp.filePath(QStringLiteral("full.p12"));
        const QString leafOnly = m_tmp.filePath(QStringLiteral("leaf.p12"));
        QVERIFY(makeP12(m_tmp.path(), full, backup->labKey(), backup->labChain(), "p12-Secret-7"));
        QVERIFY(makeP12(m_tmp.path(), leafOnly, backup->labKey(), {backup->labChain().first()}, "p12-Secret-7"));
        auto req = request(CheckKind::Pkcs12File, {{QStringLiteral("file"), full}, {QStringLiteral("host"), kBackup}});
        req.secrets.insert(QStringLiteral("p12_passphrase"), Secret(QByteArrayLiteral("p12-Secret-7")));
        auto r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Passed);
        QVERIFY(r->evidence.value(QStringLiteral("has_private_key")).toBool());
        QVERIFY(r->evidence.value(QStringLiteral("chain_complete")).toBool());
        req.params.insert(QStringLiteral("file"), leafOnly);
        r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Failed);
        QVERIFY(!r->evidence.value(QStringLiteral("chain_complete")).toBool());
        req.params.insert(QStringLiteral("file"), full);
        req.secrets.insert(QStringLiteral("p12_passphrase"), Secret(QByteArrayLiteral("wrong")));
        r = runCheck(*m_runner, req);
        EXPECT_STATUS(r, Status::Error);
        QCOMPARE(r->evidence.value(QStringLiteral("import_error")).toString(), QStringLiteral("wrong_password"));
    }

    void runnerGoneMidCheckAnswersNobody()
    {
        m_lab->appliance(QStringLiteral("backup"))->injectFault({lab::FaultKind::Hang, QStringLiteral("check_health")});
        int answers = 0;
        m_runner->run(request(CheckKind::ApiHealth, {{QStringLiteral("appliance"), kBackup}}, 1),
                      [&answers](runbook::CheckResult) { ++answers; });
        QTRY_VERIFY(m_lab->appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("check_health")) > 0);
        m_runner.reset();
        // Its attempt (timer, calls) went with it: neither the cancelled call nor a timer may answer.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCOMPARE(answers, 0);
    }

    void drillAndRealRunsDoNotMix()
    {
        auto r =
            runCheck(*m_runner, request(CheckKind::ApiHealth, {{QStringLiteral("appliance"), kBackup}}, 10, false));
        EXPECT_STATUS(r, Status::Error);
    }
};

QTEST_MAIN(TestAutomationChecks)
#include "tst_automation_checks.moc"
