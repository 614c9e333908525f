// The generated scenario wizards, driven end to end through their widgets: the failover-pair drill started from
// the main window (the in-process lab with a failover pair) including the guarded role change, a check that fails
// and is retried, decisions that branch, a loop back to an earlier step, and a secret that never reaches the
// journal. The drill runs the live check and action runners against the lab; the other cases script the
// answers with runbook's ScriptedRunner.
#include "tst_ui_wizard_support.h"

#include "ui/DrillBanner.h"
#include "ui/DrillSession.h"
#include "ui/FinishPage.h"
#include "ui/MainWindow.h"
#include "ui/StepWidgetSkip.h"
#include "ui/TriageDialog.h"
#include "ui/WizardRunsPanel.h"

#include "lab/Lab.h"
#include "lab/LabAppliance.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dr::ui;
using namespace wiztest;
using dr::runbook::CheckResult;
using dr::runbook::ScriptedRunner;

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ScriptedRunner> m_runner;

    WizardServices services()
    {
        m_runner = std::make_shared<ScriptedRunner>();
        WizardServices s = WizardServices::scripted(m_runner);
        s.scheduler = std::make_shared<dr::runbook::ImmediateScheduler>(); // retries without real waiting
        return s;
    }

    std::unique_ptr<Wizard> newWizard(const QString& scenario, bool drill, const QString& journalName)
    {
        static const dr::runbook::ScenarioLibrary library = dr::runbook::ScenarioLibrary::builtin();
        auto w = std::make_unique<Wizard>(library.plan(scenario), services());
        Wizard::Options o;
        o.drill = drill;
        o.operatorName = QStringLiteral("tester");
        o.journalPath = m_dir.filePath(journalName);
        QString error;
        if (!w->start(o, &error))
            qWarning("%s", qPrintable(error));
        w->show();
        return w;
    }

    static Answers pairAnswers()
    {
        Answers a;
        a.records = {{QStringLiteral("site_fqdn"), QStringLiteral("support.lab.drrunbook.test")},
                     {QStringLiteral("primary_host"), QStringLiteral("primary.lab.drrunbook.test")},
                     {QStringLiteral("backup_host"), QStringLiteral("backup.lab.drrunbook.test")},
                     {QStringLiteral("p12_passphrase"), QStringLiteral("drill-passphrase")}};
        a.decisions = {{QStringLiteral("routing"), QStringLiteral("shared_ip")},
                       {QStringLiteral("automatic_failover"), QStringLiteral("disabled")},
                       {QStringLiteral("promote_method"), QStringLiteral("api")}};
        return a;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The failover-pair drill from the main window against the lab, with the live check and action runners over
    // real TLS: every page carries the DRILL banner; the guard "the old primary is down" fails while it still
    // runs, and passes on Retry once the lab has cut its power; the role change needs the backup's name typed,
    // and the lab's backup appliance really becomes primary.
    void failoverPairDrillWithGuardedRoleChange()
    {
        MainWindow window;
        window.setRunDirectory(m_dir.filePath(QStringLiteral("runs")));
        window.setServicesFactory([&window](bool drill) {
            WizardServices s = drill ? WizardServices::forLab(window.drill()->lab()) : WizardServices::manualOnly();
            s.scheduler = std::make_shared<dr::runbook::ImmediateScheduler>(); // retries without real waiting
            return s;
        });
        window.show();
        Wizard* w = window.openDrill(QStringLiteral("failover_primary_failed"));
        QVERIFY(w);
        QVERIFY(window.drill());
        QCOMPARE(window.drillTopology(), QStringLiteral("pair"));
        dr::lab::Lab& lab = window.drill()->lab();
        QCOMPARE(window.drill()->appliances().size(), 2);
        QVERIFY(w->isDrill());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("DRILL")));
        QVERIFY(w->currentPage()->findChild<DrillBanner*>());
        QVERIFY(w->currentPage()->findChild<QScrollArea*>(QStringLiteral("pageScroll")));

        // The operator's records name the lab's appliances, as they would name their own. The site address
        // already leads to the backup (shared IP); the old primary has not died completely yet.
        Answers a = pairAnswers();
        a.records.insert(QStringLiteral("site_fqdn"), lab.siteHostname());
        a.records.insert(QStringLiteral("primary_host"), lab.appliance(QStringLiteral("primary"))->hostname());
        a.records.insert(QStringLiteral("backup_host"), lab.appliance(QStringLiteral("backup"))->hostname());
        const QString backup = lab.appliance(QStringLiteral("backup"))->hostname();
        lab.pointSiteAt(QStringLiteral("backup"));

        driveTo(w, QStringLiteral("guard_primary_down"), a);
        if (QTest::currentTestFailed())
            return;
        auto* check = qobject_cast<CheckPage*>(page(w));
        QVERIFY(check);
        QVERIFY(check->findChild<DrillBanner*>());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(check->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isBusy(), 60'000);
        QCOMPARE(w->engine()->run().step(check->stepId()).attempts.size(), 3); // two retries
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(
            check->findChild<QLabel*>(QStringLiteral("checkStatus"))->text().contains(QStringLiteral("Did not pass")));
        QVERIFY(!check->findChild<QPlainTextEdit*>(QStringLiteral("checkEvidence"))->toPlainText().isEmpty());
        QCOMPARE(check->runButton()->text(), QStringLiteral("&Retry"));
        // The lab plays the power cut; Retry now passes, and Next opens.
        lab.powerOff(QStringLiteral("primary"));
        QTest::mouseClick(check->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::NextButton)->isEnabled(), 60'000);
        QCOMPARE(w->engine()->run().step(check->stepId()).attempts.size(), 4);
        pressNext(w);

        driveTo(w, QStringLiteral("set_role_primary"), a);
        if (QTest::currentTestFailed())
            return;
        auto* action = qobject_cast<ActionPage*>(page(w));
        QVERIFY(action);
        QVERIFY(action->isCommitPage());
        QVERIFY2(action->blockers().isEmpty(), qPrintable(action->blockers().join(QLatin1Char('\n'))));
        QAbstractButton* commit = w->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QVERIFY(!commit->isEnabled());
        QTest::keyClicks(action->confirmationEdit(), lab.appliance(QStringLiteral("primary"))->hostname());
        QVERIFY2(!commit->isEnabled(), "the wrong appliance must not confirm");
        action->confirmationEdit()->clear();
        QTest::keyClicks(action->confirmationEdit(), backup);
        QVERIFY(commit->isEnabled());
        QCOMPARE(lab.appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 0);
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lastPart(currentStep(w)), QStringLiteral("role_is_primary"), 60'000);
        QCOMPARE(lab.appliance(QStringLiteral("backup"))->failoverRole(), QStringLiteral("primary"));
        QCOMPARE(lab.appliance(QStringLiteral("backup"))->requestCount(QStringLiteral("set_failover_role")), 1);
        QVERIFY(!w->button(QWizard::BackButton)->isVisible());
        answer(w, a); // the role check passes against the lab
        QVERIFY(w->engine()->run().step(QStringLiteral("role_is_primary")).result == CheckResult::Status::Passed);

        driveToEnd(w, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->engine()->run().outcome(), QStringLiteral("completed"));
        QVERIFY(w->currentPage()->findChild<DrillBanner*>());
        const QByteArray journal = [&] {
            QFile f(w->journalPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(journal.contains("\"action_confirmed\""));
        QVERIFY(journal.contains("\"drill\":true"));
        QVERIFY(!journal.contains("drill-passphrase"));
    }

    // A live view of a running check: progress while the runner has not answered, Next closed, Skip closed.
    void checkShowsProgressThenSkipWithReason()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("skip.jsonl"));
        driveTo(w.get(), QStringLiteral("guard_primary_down"), pairAnswers());
        if (QTest::currentTestFailed())
            return;
        auto* check = qobject_cast<CheckPage*>(page(w.get()));
        QVERIFY(check);
        m_runner->queueCheck(check->stepId(), CheckResult::Status::Error);
        m_runner->setHold(true);
        QTest::mouseClick(check->runButton(), Qt::LeftButton);
        QVERIFY(w->engine()->isBusy());
        QVERIFY(check->findChild<QProgressBar*>(QStringLiteral("checkProgress"))->isVisible());
        QVERIFY(!check->runButton()->isEnabled());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        m_runner->setHold(false);
        m_runner->release();
        QTRY_VERIFY(!w->engine()->isBusy());
        QVERIFY(!check->findChild<QProgressBar*>(QStringLiteral("checkProgress"))->isVisible());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());

        auto* skip = check->findChild<StepWidgetSkip*>();
        QVERIFY(!skip->skipButton()->isEnabled());
        QTest::keyClicks(skip->reasonEdit(), QStringLiteral("pinged it by hand: no answer"));
        QTest::mouseClick(skip->skipButton(), Qt::LeftButton);
        QTRY_COMPARE(lastPart(currentStep(w.get())), QStringLiteral("guard_no_other_primary"));
        const auto st = w->engine()->run().step(check->stepId());
        QCOMPARE(st.skipReason, QStringLiteral("pinged it by hand: no answer"));
    }

    // Decisions branch through nextId(): the Become Primary button path never shows the API action, and an
    // explicit next leads on to the role check. Not-applicable steps never get a page.
    void decisionsBranch()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("branch.jsonl"));
        Answers a = pairAnswers();
        a.decisions.insert(QStringLiteral("promote_method"), QStringLiteral("button"));
        a.decisions.insert(QStringLiteral("routing"), QStringLiteral("dns_swing"));
        a.records.insert(QStringLiteral("backup_ip"), QStringLiteral("192.0.2.20"));
        driveTo(w.get(), QStringLiteral("promote_method"), a);
        if (QTest::currentTestFailed())
            return;
        const int decisionPage = w->currentId();
        answer(w.get(), a);
        QCOMPARE(currentStep(w.get()), QStringLiteral("become_primary_button"));
        QVERIFY(w->currentId() > decisionPage);
        answer(w.get(), a);
        QCOMPARE(currentStep(w.get()), QStringLiteral("role_is_primary"));
        const QStringList visited = w->visitedSteps();
        QVERIFY(visited.contains(QStringLiteral("backup_ip")));
        QVERIFY(visited.contains(QStringLiteral("verify_dns")));
        QVERIFY(!visited.contains(QStringLiteral("set_role_primary")));
        QVERIFY(!visited.contains(QStringLiteral("guard_primary_down")));
        QVERIFY(!visited.contains(QStringLiteral("redirect_shared_ip")));
        QVERIFY(!visited.contains(QStringLiteral("redirect_nat")));
        QCOMPARE(w->engine()->run().facts().value(QStringLiteral("routing")), QStringLiteral("dns_swing"));
    }

    // A procedure that loops back (a backup too new for the site: update, then check the version again) gets a
    // fresh page for the step it returns to, and the run goes on.
    void loopBackGetsAFreshPage()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("loop.jsonl"));
        Answers a = pairAnswers();
        a.decisions.insert(QStringLiteral("backup_needed"), QStringLiteral("yes"));
        m_runner->queueCheck(QStringLiteral("restore_backup/check_version"), CheckResult::Status::Failed);
        driveTo(w.get(), QStringLiteral("restore_backup/check_version"), a, 300);
        if (QTest::currentTestFailed())
            return;
        const int first = w->currentId();
        answer(w.get(), a); // fails; a decision reads the result, so Next goes on
        QCOMPARE(currentStep(w.get()), QStringLiteral("restore_backup/update_site"));
        driveTo(w.get(), QStringLiteral("restore_backup/check_version"), a);
        QVERIFY(w->currentId() > first);
        answer(w.get(), a);
        QCOMPARE(currentStep(w.get()), QStringLiteral("restore_backup/browse_software"));
    }

    // The .p12 password is a secret record: a password field, never a wizard field, never in the journal.
    void secretNeverReachesTheJournal()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("secret.jsonl"));
        Answers a = pairAnswers();
        const QString secret = QStringLiteral("Corr3ct-Horse-p12");
        a.records.insert(QStringLiteral("p12_passphrase"), secret);
        driveTo(w.get(), QStringLiteral("restore_certificates/password"), a, 300);
        if (QTest::currentTestFailed())
            return;
        auto* record = qobject_cast<RecordPage*>(page(w.get()));
        QVERIFY(record);
        QCOMPARE(record->input()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(record->input(), secret);
        // Enter takes the default button: keyboard-only use.
        QTest::keyClick(record->input(), Qt::Key_Return);
        QTRY_VERIFY(currentStep(w.get()) != QStringLiteral("restore_certificates/password"));
        QVERIFY(record->input()->text().isEmpty());
        QVERIFY(!w->field(QStringLiteral("p12_passphrase")).isValid());
        // The check that needs it receives it in memory.
        driveTo(w.get(), QStringLiteral("restore_certificates/verify_served"), a);
        answer(w.get(), a);
        QCOMPARE(m_runner->checkRequests().last().secrets.value(QStringLiteral("p12_passphrase")).reveal(),
                 secret.toUtf8());
        driveToEnd(w.get(), a);
        QFile f(w->journalPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray journal = f.readAll();
        QVERIFY(journal.contains("\"secret\":true"));
        QVERIFY(!journal.contains(secret.toUtf8()));
    }

    // Keyboard only: the first input has the focus, Space picks the focused answer, Enter presses Next.
    void keyboardOnly()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("keys.jsonl"));
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(w.get(), Qt::Key_Return); // the introduction
        QTRY_COMPARE(currentStep(w.get()), QStringLiteral("site_fqdn"));
        for (const QString& value : {QStringLiteral("support.example.com"), QStringLiteral("primary.example.com"),
                                     QStringLiteral("backup.example.com")}) {
            QTRY_VERIFY(QApplication::focusWidget() &&
                        QApplication::focusWidget()->objectName() == QLatin1String("recordInput"));
            QWidget* focus = QApplication::focusWidget();
            const QString before = currentStep(w.get());
            QTest::keyClicks(focus, value);
            QTest::keyClick(focus, Qt::Key_Return);
            QTRY_VERIFY(currentStep(w.get()) != before);
        }
        QCOMPARE(currentStep(w.get()), QStringLiteral("routing"));
        QTRY_VERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // the focused first answer
        auto* decision = qobject_cast<DecisionPage*>(page(w.get()));
        QVERIFY(decision);
        QCOMPARE(decision->selectedValue(), QStringLiteral("shared_ip"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(currentStep(w.get()), QStringLiteral("redirect_shared_ip"));
    }

    // A record is validated as it is typed, with the reason shown inline; Next stays closed until it is right.
    void recordValidatesInline()
    {
        auto w = newWizard(QStringLiteral("failover_primary_failed"), false, QStringLiteral("record.jsonl"));
        driveTo(w.get(), QStringLiteral("site_fqdn"), pairAnswers());
        auto* record = qobject_cast<RecordPage*>(page(w.get()));
        QVERIFY(record);
        QVERIFY(!record->input()->accessibleName().isEmpty());
        QTest::keyClicks(record->input(), QStringLiteral("not a host name!"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        auto* error = record->findChild<QLabel*>(QStringLiteral("recordError"));
        QVERIFY(error->isVisibleTo(record));
        QVERIFY(!error->text().isEmpty());
        record->input()->clear();
        QTest::keyClicks(record->input(), QStringLiteral("support.example.com"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!error->isVisibleTo(record));
    }

    // A run interrupted (the wizard closed) is listed under "Runs in progress" and resumes at its step.
    void interruptedRunResumes()
    {
        MainWindow window;
        window.setRunDirectory(m_dir.filePath(QStringLiteral("resume")));
        window.setServicesFactory([this](bool) { return services(); });
        window.show();
        Wizard* w = window.openScenario(QStringLiteral("failover_primary_failed"));
        QVERIFY(w);
        driveTo(w, QStringLiteral("routing"), pairAnswers());
        if (QTest::currentTestFailed())
            return;
        w->close(); // deleted on close; the journal stays
        QTRY_VERIFY(!window.lastWizard());
        auto* runs = window.runsPanel();
        QTRY_COMPARE(runs->list()->count(), 1);
        QVERIFY(runs->isVisibleTo(&window));
        QTest::mouseClick(runs->findChild<QPushButton*>(QStringLiteral("resumeRun")), Qt::LeftButton);
        Wizard* resumed = window.lastWizard();
        QVERIFY(resumed);
        QCOMPARE(currentStep(resumed), QStringLiteral("routing"));
        QCOMPARE(resumed->engine()->run().values().value(QStringLiteral("backup_host")),
                 QStringLiteral("backup.lab.drrunbook.test"));
        answer(resumed, pairAnswers());
        QCOMPARE(currentStep(resumed), QStringLiteral("redirect_shared_ip"));
        QCOMPARE(resumed->engine()->run().resumeCount(), 1);
    }

    // A run started with another definition of its scenario (so that resuming it would be refused) says so in the
    // runs list up front; its tool tip names the definition it was started with and the one of this program.
    void runWithAChangedScenarioSaysSoInTheList()
    {
        using namespace dr::runbook;
        const QString dir = m_dir.filePath(QStringLiteral("changed"));
        QVERIFY(QDir().mkpath(dir));
        ScenarioLibrary edited; // the built-in scenarios with one text of failover_primary_failed changed
        const QDir builtin(ScenarioLibrary::builtinPath());
        for (const QString& name : builtin.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(builtin.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray json = f.readAll();
            if (name.contains(QStringLiteral("failover_primary_failed")))
                json.replace("Backup appliance", "Standby appliance");
            QVERIFY(edited.addFile(json, name));
        }
        QVERIFY(edited.finish());
        const Plan current = ScenarioLibrary::builtin().plan(QStringLiteral("failover_primary_failed"));
        const Plan old = edited.plan(QStringLiteral("failover_primary_failed"));
        QVERIFY(old.definitionHash() != current.definitionHash());
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        const auto interrupted = [&](const Plan& plan, const QString& name) {
            RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
            QString error;
            const bool started = engine.start({{}, QStringLiteral("op"), false, {}, QDir(dir).filePath(name)}, &error);
            clock.advanceSecs(60);
            return started;
        };
        QVERIFY(interrupted(old, QStringLiteral("old.jsonl")));
        QVERIFY(interrupted(current, QStringLiteral("current.jsonl")));

        MainWindow window;
        window.setRunDirectory(dir);
        window.setServicesFactory([this](bool) { return services(); });
        auto* runs = window.runsPanel();
        QTRY_COMPARE(runs->list()->count(), 2);
        const QString changed = QStringLiteral("the scenario has changed since this run started");
        for (int i = 0; i < runs->list()->count(); ++i) {
            const QListWidgetItem* item = runs->list()->item(i);
            const bool isOld = item->data(Qt::UserRole).toString().endsWith(QStringLiteral("old.jsonl"));
            QCOMPARE(item->data(Qt::UserRole + 3).toBool(), isOld);
            QCOMPARE(item->text().contains(changed), isOld);
            if (isOld) {
                QVERIFY2(item->toolTip().contains(old.definitionHash().left(12)), qPrintable(item->toolTip()));
                QVERIFY2(item->toolTip().contains(current.definitionHash().left(12)), qPrintable(item->toolTip()));
            } else {
                QVERIFY(item->toolTip().isEmpty());
            }
        }
        // What the list said is what a resume finds: the changed run is refused, the other one continues.
        QString error;
        RunEngine refused(current, {&runner, &runner, &scheduler, &clock});
        QVERIFY(!refused.resume(QDir(dir).filePath(QStringLiteral("old.jsonl")), &error));
        RunEngine resumed(current, {&runner, &runner, &scheduler, &clock});
        QVERIFY2(resumed.resume(QDir(dir).filePath(QStringLiteral("current.jsonl")), &error), qPrintable(error));
    }

    // The journals are read on a worker thread: setDirectory() and reload() return before any journal is read, the
    // list changes only when they have been (listed()), and reloads asked for meanwhile give one more reading, not
    // one each. A team's history of many interrupted runs is listed in full.
    void runsListedOffTheGuiThread()
    {
        using namespace dr::runbook;
        const QString dir = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(dir));
        const Plan plan = ScenarioLibrary::builtin().plan(QStringLiteral("failover_primary_failed"));
        ScriptedRunner runner;
        ImmediateScheduler scheduler;
        dr::ManualClock clock;
        constexpr int kRuns = 60;
        for (int i = 0; i < kRuns; ++i) {
            RunEngine engine(plan, {&runner, &runner, &scheduler, &clock});
            QString error;
            QVERIFY2(engine.start({{}, QStringLiteral("op"), false, {},
                                   QDir(dir).filePath(QStringLiteral("run-%1.jsonl").arg(i, 3, 10, QLatin1Char('0')))},
                                  &error),
                     qPrintable(error));
            clock.advanceSecs(60);
        }

        WizardRunsPanel panel;
        QSignalSpy listed(&panel, &WizardRunsPanel::listed);
        panel.setDirectory(dir);
        QCOMPARE(panel.list()->count(), 0); // nothing shown before the reading is delivered to this thread
        QVERIFY(panel.isHidden());
        QVERIFY(listed.wait(30'000));
        QCOMPARE(listed.count(), 1);
        QCOMPARE(panel.list()->count(), kRuns);
        QVERIFY(!panel.isHidden());
        QCOMPARE(panel.list()->currentRow(), 0);

        // Five reloads at once (wizards closing together): the list is read again once or twice, never five times.
        listed.clear();
        for (int i = 0; i < 5; ++i)
            panel.reload();
        QVERIFY(listed.wait(30'000));
        QTest::qWait(300);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(panel.list()->count(), kRuns);

        // Another directory asked for while the first is being read: the list ends with the second one's runs.
        listed.clear();
        panel.setDirectory(dir);
        panel.setDirectory(m_dir.filePath(QStringLiteral("none-here")));
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 1 && panel.list()->count() == 0, 30'000);
        QVERIFY(panel.isHidden());
    }

    // Triage in the operator's words picks the scenario (and the facts its answers settle).
    void triagePicksTheScenario()
    {
        QCOMPARE(TriageDialog::pick(QStringLiteral("pair"), {}).scenarioId, QStringLiteral("failover_primary_failed"));
        QCOMPARE(TriageDialog::pick(QStringLiteral("hardware"), QStringLiteral("cold_spare")).scenarioId,
                 QStringLiteral("cold_spare"));
        QCOMPARE(TriageDialog::pick(QStringLiteral("hardware"), QStringLiteral("none")).scenarioId,
                 QStringLiteral("hardware_appliance"));
        QVERIFY(TriageDialog::pick(QStringLiteral("hardware"), {}).scenarioId.isEmpty());
        QCOMPARE(TriageDialog::pick(QStringLiteral("virtual"), {}).scenarioId, QStringLiteral("virtual_appliance"));
        QCOMPARE(TriageDialog::pick(QStringLiteral("atlas"), {}).scenarioId, QStringLiteral("atlas_cluster"));
        const auto cloud = TriageDialog::pick(QStringLiteral("cloud"), QStringLiteral("starter_service"));
        QCOMPARE(cloud.scenarioId, QStringLiteral("cloud_site_down"));
        QCOMPARE(cloud.facts.value(QStringLiteral("site_kind")), QStringLiteral("starter_service"));

        // Through the dialog of the main window: the wizard opens with the fact set, so it does not ask again.
        MainWindow window;
        window.setRunDirectory(m_dir.filePath(QStringLiteral("triage")));
        window.setServicesFactory([this](bool) { return services(); });
        TriageDialog* dialog = window.showTriage();
        auto* open = dialog->findChild<QPushButton*>(QStringLiteral("triageOpen"));
        QVERIFY(!open->isEnabled());
        dialog->findChild<QRadioButton*>(QStringLiteral("triage:cloud"))->click();
        QVERIFY(!open->isEnabled());
        dialog->findChild<QRadioButton*>(QStringLiteral("triage:starter_service"))->click();
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        Wizard* w = window.lastWizard();
        QVERIFY(w);
        QVERIFY(!w->isDrill());
        QCOMPARE(w->engine()->plan().scenario().id, QStringLiteral("cloud_site_down"));
        Answers a;
        a.records.insert(QStringLiteral("site_fqdn"), QStringLiteral("support.example.com"));
        driveTo(w, QStringLiteral("site_fqdn"), a);
        QVERIFY(!w->visitedSteps().contains(QStringLiteral("site_kind")));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_ui_wizard.moc"
