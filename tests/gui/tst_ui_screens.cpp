// Screenshots of the main window, the dashboard and the first page of each scenario wizard (plus the check and
// the guarded action pages of the failover drill), written as PNG files into $DR_SCREENSHOT_DIR when it is set.
// Every page of every wizard's default path is rendered either way, so a page that crashes is caught.
#include "tst_ui_wizard_support.h"

#include "ui/MainWindow.h"
#include "ui/StatusDashboard.h"
#include "ui/TriageDialog.h"
#include "ui/WizardDrillPicker.h"

#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dr::ui;
using namespace wiztest;

class TestScreens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out;

    void save(QWidget* w, const QString& name)
    {
        const QPixmap pixmap = w->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.width() > 100 && pixmap.height() > 100);
        if (m_out.isEmpty())
            return;
        QVERIFY2(pixmap.save(QDir(m_out).filePath(name + QStringLiteral(".png"))), qPrintable(name));
    }

    std::shared_ptr<dr::runbook::ScriptedRunner> m_runner;

    WizardServices services()
    {
        m_runner = std::make_shared<dr::runbook::ScriptedRunner>();
        WizardServices s = WizardServices::scripted(m_runner);
        s.scheduler = std::make_shared<dr::runbook::ImmediateScheduler>();
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_out = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (!m_out.isEmpty())
            QVERIFY(QDir().mkpath(m_out));
    }

    void mainWindowAndDashboard()
    {
        MainWindow window;
        window.setRunDirectory(m_dir.filePath(QStringLiteral("runs")));
        window.resize(1100, 640);
        window.show();
        save(&window, QStringLiteral("main_window"));
        TriageDialog* triage = window.showTriage();
        triage->findChild<QRadioButton*>(QStringLiteral("triage:hardware"))->click();
        save(triage, QStringLiteral("triage"));
        triage->close();
        WizardDrillPicker* picker = window.showDrillPicker();
        save(picker, QStringLiteral("drill_picker"));
        picker->close();
        QVERIFY(window.startDrill(QStringLiteral("pair")));
        QSignalSpy refreshed(window.dashboard(), &StatusDashboard::refreshed);
        QVERIFY(refreshed.wait(15'000));
        save(&window, QStringLiteral("main_window_drill"));
        save(window.dashboard(), QStringLiteral("dashboard"));
    }

    void everyWizard_data()
    {
        QTest::addColumn<QString>("scenario");
        const dr::runbook::ScenarioLibrary library = dr::runbook::ScenarioLibrary::builtin();
        for (const dr::runbook::Scenario* sc : library.scenarios())
            QTest::newRow(qPrintable(sc->id)) << sc->id;
    }

    void everyWizard()
    {
        QFETCH(QString, scenario);
        static const dr::runbook::ScenarioLibrary library = dr::runbook::ScenarioLibrary::builtin();
        const bool drill = scenario == QLatin1String("failover_primary_failed");
        Wizard w(library.plan(scenario), services());
        Wizard::Options o;
        o.drill = drill;
        QString error;
        QVERIFY2(w.start(o, &error), qPrintable(error));
        w.show();
        save(&w, QStringLiteral("wizard_%1").arg(scenario));

        Answers a;
        a.decisions.insert(QStringLiteral("promote_method"), QStringLiteral("api"));
        a.decisions.insert(QStringLiteral("automatic_failover"), QStringLiteral("disabled"));
        // The drill shows a guard check that failed (with its evidence) and the typed confirmation of the role change.
        for (int i = 0; i < 3; ++i)
            m_runner->queueCheck(QStringLiteral("guard_primary_down"), dr::runbook::CheckResult::Status::Failed,
                                 QJsonObject{{QStringLiteral("reachable"), true},
                                             {QStringLiteral("appliance"), QStringLiteral("primary.example.com")}});
        for (int i = 0; i < 400 && page(&w); ++i) {
            const QPixmap rendered = w.grab();
            QVERIFY(!rendered.isNull());
            const QString step = currentStep(&w);
            if (drill && step == QLatin1String("guard_primary_down")) {
                auto* check = qobject_cast<CheckPage*>(page(&w));
                QTest::mouseClick(check->runButton(), Qt::LeftButton);
                QTRY_VERIFY(!w.engine()->isBusy());
                save(&w, QStringLiteral("wizard_%1_%2").arg(scenario, step));
            } else if (drill && step == QLatin1String("set_role_primary")) {
                auto* action = qobject_cast<ActionPage*>(page(&w));
                QTest::keyClicks(action->confirmationEdit(), w.engine()->actionAppliance());
                save(&w, QStringLiteral("wizard_%1_%2").arg(scenario, step));
                pressNext(&w);
                continue;
            }
            answer(&w, a);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("page:finished"));
        save(&w, QStringLiteral("wizard_%1_finished").arg(scenario));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_ui_screens.moc"
