// A real incident on an open site: the wizard's services run the live checks over the site's recorded appliances
// (WizardServices::forSite), here against the in-process lab over real TLS, and keep the site's session alive for
// as long as the wizard needs it.
#include "ui/SiteSession.h"
#include "ui/WizardServices.h"

#include "automation/SiteDirectory.h"
#include "common/Clock.h"
#include "lab/Lab.h"
#include "lab/LabAppliance.h"
#include "runbook/CheckRunner.h"

#include <QPointer>
#include <QTest>

#include <memory>
#include <optional>

using namespace dr;
using namespace dr::ui;

class TestSiteWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::Lab> m_lab;

    std::shared_ptr<SiteSession> openLabAsSite()
    {
        auto session = std::make_shared<SiteSession>();
        for (const QString& name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            lab::LabAppliance* a = m_lab->appliance(name);
            automation::SiteDirectory::Entry entry;
            entry.names = {name, a->hostname()};
            entry.settings.baseUrl = a->url();
            entry.settings.trust.caCertificates = {m_lab->caCertificate()};
            entry.settings.transferTimeoutMs = 5'000;
            entry.settings.deadlineMs = 10'000;
            entry.credentials.clientId = m_lab->defaultAccount().clientId;
            entry.credentials.secret = Secret(m_lab->defaultAccount().clientSecret);
            session->directory()->add(std::move(entry));
        }
        return session;
    }

    static runbook::CheckResult runCheck(runbook::CheckRunner& runner, runbook::CheckKind kind, QJsonObject params)
    {
        runbook::CheckRequest request;
        request.stepId = QStringLiteral("test.check");
        request.kind = kind;
        request.params = std::move(params);
        std::optional<runbook::CheckResult> result;
        runner.run(request, [&result](runbook::CheckResult r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000); }();
        return result.value_or(runbook::CheckResult{});
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<lab::Lab>();
        QVERIFY2(m_lab->start(lab::Topology::Pair), qPrintable(m_lab->errorString()));
    }
    void cleanup() { m_lab.reset(); }

    void checksRunLiveAgainstTheSitesAppliances()
    {
        WizardServices services = WizardServices::forSite(openLabAsSite());
        QVERIFY(services.isComplete());
        QVERIFY(services.liveActions);

        const runbook::CheckResult health = runCheck(*services.checks, runbook::CheckKind::ApiHealth,
                                                     {{QStringLiteral("appliance"), QStringLiteral("primary")},
                                                      {QStringLiteral("expect"), QStringLiteral("healthy")}});
        QVERIFY2(health.status == runbook::CheckResult::Status::Passed, qPrintable(health.summary));

        const runbook::CheckResult role =
            runCheck(*services.checks, runbook::CheckKind::ApiRole,
                     {{QStringLiteral("appliance"), m_lab->appliance(QStringLiteral("backup"))->hostname()},
                      {QStringLiteral("role"), QStringLiteral("backup")}});
        QVERIFY2(role.status == runbook::CheckResult::Status::Passed, qPrintable(role.summary));

        // The backup is not primary: the same check expecting "primary" fails for real, with the reply as evidence.
        const runbook::CheckResult notPrimary = runCheck(*services.checks, runbook::CheckKind::ApiRole,
                                                         {{QStringLiteral("appliance"), QStringLiteral("backup")},
                                                          {QStringLiteral("role"), QStringLiteral("primary")}});
        QVERIFY2(notPrimary.status == runbook::CheckResult::Status::Failed, qPrintable(notPrimary.summary));
        QVERIFY(!notPrimary.evidence.isEmpty());
    }

    void anApplianceTheProfileDoesNotRecordIsRefused()
    {
        WizardServices services = WizardServices::forSite(openLabAsSite());
        const runbook::CheckResult r =
            runCheck(*services.checks, runbook::CheckKind::ApiHealth,
                     {{QStringLiteral("appliance"), QStringLiteral("unknown-appliance.example.com")},
                      {QStringLiteral("expect"), QStringLiteral("healthy")}});
        QVERIFY(r.status != runbook::CheckResult::Status::Passed);
        QVERIFY2(r.summary.contains(QStringLiteral("unknown-appliance.example.com")), qPrintable(r.summary));
    }

    void theWizardKeepsTheSessionAliveAfterAnotherSiteIsOpened()
    {
        std::shared_ptr<SiteSession> session = openLabAsSite();
        const QPointer<SiteSession> watch(session.get());
        WizardServices services = WizardServices::forSite(session);
        session.reset(); // the main window opened another site
        QVERIFY(watch);
        const runbook::CheckResult health = runCheck(*services.checks, runbook::CheckKind::ApiHealth,
                                                     {{QStringLiteral("appliance"), QStringLiteral("backup")},
                                                      {QStringLiteral("expect"), QStringLiteral("healthy")}});
        QVERIFY2(health.status == runbook::CheckResult::Status::Passed, qPrintable(health.summary));
        services = WizardServices{}; // the wizard closed
        QVERIFY(!watch);
    }
};

QTEST_MAIN(TestSiteWizard)
#include "tst_ui_sitewizard.moc"
