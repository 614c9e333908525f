// A real run: the site's appliances from an explicit list (SiteDirectory), checks and the role change over real
// TLS against lab appliances on loopback, trusted through the CA the operator configured.
#include "tst_automation_support.h"

#include "api/ApiClient.h"
#include "api/TokenManager.h"
#include "automation/HostResolver.h"
#include "automation/SiteDirectory.h"
#include "common/Clock.h"
#include "lab/Lab.h"


using namespace dr;
using namespace dr::automation;
using namespace dr::automation::test;
using runbook::CheckKind;
using Status = runbook::CheckResult::Status;

class TestAutomationSite : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::Lab> m_lab;
    std::unique_ptr<api::TokenManager> m_tokens;
    std::unique_ptr<SiteDirectory> m_site;

    api::ConnectionSettings settingsFor(const QUrl& url) const
    {
        api::ConnectionSettings s;
        s.baseUrl = url;
        s.trust.caCertificates = {m_lab->caCertificate()};
        s.transferTimeoutMs = 5'000;
        s.deadlineMs = 10'000;
        return s;
    }
    api::Credentials credentials() const
    {
        api::Credentials c;
        c.clientId = m_lab->defaultAccount().clientId;
        c.secret = Secret(m_lab->defaultAccount().clientSecret);
        return c;
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<lab::Lab>();
        QVERIFY2(m_lab->start(lab::Topology::Pair), qPrintable(m_lab->errorString()));
        m_tokens = std::make_unique<api::TokenManager>(SystemClock::instance());
        m_site = std::make_unique<SiteDirectory>(m_tokens.get(), SystemClock::instance());
        for (const QString& name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            lab::LabAppliance* a = m_lab->appliance(name);
            m_site->add({{name, a->hostname()}, settingsFor(a->url()), credentials()});
        }
    }
    void cleanup()
    {
        m_site.reset();
        m_tokens.reset();
        m_lab.reset();
    }

    void resolvesNamesHostsAndUrls()
    {
        QString error;
        api::ApiClient* byName = m_site->client(QStringLiteral("Backup"), &error);
        QVERIFY2(byName, qPrintable(error));
        QCOMPARE(m_site->client(QStringLiteral("backup.lab.drrunbook.test"), &error), byName);
        QCOMPARE(m_site->client(m_lab->appliance(QStringLiteral("backup"))->url().toString(), &error), byName);
        QVERIFY(m_site->client(QStringLiteral("primary"), &error) != byName);
        // Unknown hosts are refused until a fallback is configured, then reached at https://HOST[:PORT].
        QVERIFY(!m_site->client(QStringLiteral("support.example.com"), &error));
        QVERIFY(error.contains(QStringLiteral("support.example.com")));
        m_site->setFallback(settingsFor({}), credentials());
        api::ApiClient* site = m_site->client(m_lab->siteUrl().toString(), &error);
        QVERIFY2(site, qPrintable(error));
        QCOMPARE(site->settings().baseUrl.port(), m_lab->siteUrl().port());
    }

    void checksAndPromotionInARealRun()
    {
        SystemResolver resolver;
        LiveCheckRunner checks(*m_site, resolver, SystemClock::instance());
        auto health = runCheck(checks, request(CheckKind::ApiHealth,
                                               {{QStringLiteral("appliance"), QStringLiteral("backup")}}, 10, false));
        QVERIFY(health && health->status == Status::Passed);

        // The site address answers for the primary; after the DNS swing, for the backup (same GUID).
        m_site->setFallback(settingsFor({}), credentials());
        const QJsonObject sameAs{{QStringLiteral("appliance"), m_lab->siteUrl().toString()},
                                 {QStringLiteral("expect"), QStringLiteral("reachable")},
                                 {QStringLiteral("same_as"), QStringLiteral("backup")}};
        auto r = runCheck(checks, request(CheckKind::ApiHealth, sameAs, 10, false));
        QVERIFY(r && r->status == Status::Failed);
        m_lab->powerOff(QStringLiteral("primary"));
        m_lab->pointSiteAt(QStringLiteral("backup"));
        r = runCheck(checks, request(CheckKind::ApiHealth, sameAs, 10, false));
        QVERIFY2(r && r->status == Status::Passed, r ? qPrintable(r->summary) : "no answer");

        LiveActionRunner actions(*m_site, SystemClock::instance(), {100, 30'000});
        runbook::ActionRequest req;
        req.appliance = QStringLiteral("backup.lab.drrunbook.test");
        req.role = QStringLiteral("primary");
        auto a = runAction(actions, req);
        QVERIFY(a);
        QVERIFY2(a->ok, qPrintable(a->summary));
        QCOMPARE(a->evidence.value(QStringLiteral("acted")).toBool(), true);
        QCOMPARE(m_lab->appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"));
        // A drill request is never sent to a real site.
        req.drill = true;
        a = runAction(actions, req);
        QVERIFY(a && !a->ok);
    }
};

QTEST_MAIN(TestAutomationSite)
#include "tst_automation_site.moc"
