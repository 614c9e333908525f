// The named drill faults, injected with one click in the main window's lab panel, against the real lab over real
// TLS: the failover drill's wizard check that should catch each one fails for real, and passes again once the fault
// is undone.
#include "tst_ui_wizard_support.h"

#include "ui/DrillFaults.h"
#include "ui/DrillSession.h"
#include "ui/LabPanel.h"
#include "ui/MainWindow.h"

#include "automation/LabDirectory.h"
#include "lab/Lab.h"
#include "runbook/Scheduler.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dr::ui;
using namespace wiztest;
using dr::runbook::CheckResult;

class TestDrillFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> window(const QString& tag)
    {
        auto w = std::make_unique<MainWindow>();
        w->useSettingsFile(m_dir.filePath(tag + QStringLiteral(".ini")));
        w->setRunDirectory(m_dir.filePath(tag + QStringLiteral("-runs")));
        MainWindow* raw = w.get();
        w->setServicesFactory([raw](bool drill) {
            WizardServices s = drill ? WizardServices::forLab(raw->drill()->lab()) : WizardServices::manualOnly();
            s.scheduler = std::make_shared<dr::runbook::ImmediateScheduler>(); // retries without real waiting
            return s;
        });
        w->show();
        return w;
    }

    static Answers answers(dr::lab::Lab& lab, const QString& routing, const QString& automatic)
    {
        dr::automation::LabDirectory directory(lab);
        Answers a;
        a.records = {{QStringLiteral("site_fqdn"), lab.siteHostname()},
                     {QStringLiteral("primary_host"), lab.appliance(QStringLiteral("primary"))->hostname()},
                     {QStringLiteral("backup_host"), lab.appliance(QStringLiteral("backup"))->hostname()},
                     {QStringLiteral("backup_ip"), directory.labAddress(QStringLiteral("backup"))}};
        a.decisions = {{QStringLiteral("routing"), routing},
                       {QStringLiteral("automatic_failover"), automatic},
                       {QStringLiteral("promote_method"), QStringLiteral("api")}};
        return a;
    }

    static void clickFault(MainWindow* w, const QString& id)
    {
        auto* b = w->findChild<QPushButton*>(QStringLiteral("fault:%1").arg(id));
        QVERIFY2(b, qPrintable(id));
        QVERIFY(b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Runs the check of the current page; returns once the engine has its result.
    static void runCheck(Wizard* w)
    {
        auto* check = qobject_cast<CheckPage*>(page(w));
        QVERIFY2(check, qPrintable(currentStep(w)));
        QTest::mouseClick(check->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isBusy(), 120'000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyFaultHasOperatorWordsAndApplies()
    {
        dr::lab::Lab lab;
        QVERIFY(lab.start(dr::lab::Topology::Pair));
        for (const DrillFault& f : DrillFaults::siteFaults() + DrillFaults::applianceFaults()) {
            QVERIFY(!f.title.isEmpty() && !f.detail.isEmpty());
            QVERIFY2(!f.title.contains(QLatin1Char('_')), qPrintable(f.title)); // words, not lab identifiers
            QString error;
            QVERIFY2(!DrillFaults::inject(lab, f.id, QStringLiteral("backup"), &error).isEmpty(), qPrintable(error));
            DrillFaults::clearAppliance(lab, QStringLiteral("backup"));
        }
        QString error;
        QVERIFY(DrillFaults::inject(lab, QStringLiteral("no_such_fault"), QStringLiteral("backup"), &error).isEmpty());
        QVERIFY(!error.isEmpty());

        dr::lab::Lab single;
        QVERIFY(single.start(dr::lab::Topology::Single));
        QVERIFY(DrillFaults::inject(single, QStringLiteral("backup_does_not_take_over"), {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("failover pair")));
    }

    // "The backup does not take over": automatic failover is on, the primary loses power, the wizard's step that
    // observes the automatic failover does not pass. Undone, the backup takes over and Retry passes.
    void backupDoesNotTakeOver()
    {
        auto main = window(QStringLiteral("takeover"));
        Wizard* w = main->openDrill(QStringLiteral("failover_primary_failed"));
        QVERIFY(w);
        dr::lab::Lab& lab = main->drill()->lab();
        lab.setSharedIpEnabled(true); // the site address follows the primary
        clickFault(main.get(), QStringLiteral("backup_does_not_take_over"));
        clickFault(main.get(), QStringLiteral("primary_power_cut"));
        QVERIFY(!lab.appliance(QStringLiteral("primary"))->isPoweredOn());
        QVERIFY(main->findChild<QLabel*>(QStringLiteral("labLastEvent"))->text().contains(QStringLiteral("lost power")));

        const Answers a = answers(lab, QStringLiteral("shared_ip"), QStringLiteral("enabled"));
        driveTo(w, QStringLiteral("observe_automatic_role"), a);
        if (QTest::currentTestFailed())
            return;
        runCheck(w);
        auto* check = qobject_cast<CheckPage*>(page(w));
        QVERIFY(check);
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->engine()->run().step(check->stepId()).result == CheckResult::Status::Failed);
        QVERIFY(check->findChild<QLabel*>(QStringLiteral("checkStatus"))->text().contains(QStringLiteral("Did not pass")));
        QCOMPARE(lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("backup"));

        // Undone: the backup's connectivity test answers, it takes over after the primary timeout.
        QTest::mouseClick(main->findChild<QPushButton*>(QStringLiteral("clearSiteFaults")), Qt::LeftButton);
        lab.setAutomaticFailover(true, 1);
        QTRY_COMPARE_WITH_TIMEOUT(lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"),
                                  30'000);
        runCheck(w);
        QVERIFY(w->engine()->run().step(check->stepId()).result == CheckResult::Status::Passed);
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    // "DNS still points to the old primary": the operator swings DNS in the lab panel, the name keeps resolving
    // to the old primary, the wizard's DNS check does not pass; undone and swung again, it passes.
    void dnsStillPointsToTheOldPrimary()
    {
        auto main = window(QStringLiteral("dns"));
        Wizard* w = main->openDrill(QStringLiteral("failover_primary_failed"));
        QVERIFY(w);
        dr::lab::Lab& lab = main->drill()->lab();
        clickFault(main.get(), QStringLiteral("dns_old_primary"));
        auto* panel = main->findChild<LabPanel*>();
        QVERIFY(panel->dnsStuck());

        const Answers a = answers(lab, QStringLiteral("dns_swing"), QStringLiteral("disabled"));
        driveTo(w, QStringLiteral("verify_dns"), a);
        if (QTest::currentTestFailed())
            return;
        // The operator's web-interface step: swing the site's DNS name to the backup.
        panel->findChild<QComboBox*>(QStringLiteral("labAppliance"))->setCurrentText(QStringLiteral("backup"));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("swingDns")), Qt::LeftButton);
        QCOMPARE(lab.siteDnsTarget(), QStringLiteral("primary"));
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("labLastEvent"))->text().contains(QStringLiteral("old primary")));

        runCheck(w);
        auto* check = qobject_cast<CheckPage*>(page(w));
        QVERIFY(check);
        QVERIFY(w->engine()->run().step(check->stepId()).result == CheckResult::Status::Failed);
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        dr::automation::LabDirectory directory(lab);
        const QString evidence = check->findChild<QPlainTextEdit*>(QStringLiteral("checkEvidence"))->toPlainText();
        QVERIFY2(evidence.contains(directory.labAddress(QStringLiteral("primary"))), qPrintable(evidence));

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("clearSiteFaults")), Qt::LeftButton);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("swingDns")), Qt::LeftButton);
        QCOMPARE(lab.siteDnsTarget(), QStringLiteral("backup"));
        runCheck(w);
        QVERIFY(w->engine()->run().step(check->stepId()).result == CheckResult::Status::Passed);
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestDrillFaults)
#include "tst_ui_drillfaults.moc"
