// Screenshots of the main window, the dashboard (with the certificate and backup columns and a drill fault), the
// Sites list, the site profile editor, the settings, and the first page of each scenario wizard (plus the check and
// the guarded action pages of the failover drill), written as PNG files into $DR_SCREENSHOT_DIR when it is set.
// Every page of every wizard's default path is rendered either way, so a page that crashes is caught.
#include "tst_ui_wizard_support.h"

#include "ui/DrillSession.h"
#include "ui/LabPanel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/SiteEditor.h"
#include "ui/SitesPanel.h"
#include "ui/StatusDashboard.h"
#include "ui/TriageDialog.h"
#include "ui/WizardDrillPicker.h"

#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include "lab/Lab.h"
#include "site/SiteFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
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
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_out = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (!m_out.isEmpty())
            QVERIFY(QDir().mkpath(m_out));
    }

    void mainWindowAndDashboard()
    {
        MainWindow window;
        window.useSettingsFile(m_dir.filePath(QStringLiteral("screens.ini")));
        window.setRunDirectory(m_dir.filePath(QStringLiteral("runs")));
        const QString backups = m_dir.filePath(QStringLiteral("drill-backups"));
        window.settings().setDrillBackupFolder(backups);
        QVERIFY(QDir().mkpath(backups));
        {
            QFile nsb(backups + QStringLiteral("/Bomgar-23.2.4-drlab-recent.nsb"));
            QVERIFY(nsb.open(QIODevice::WriteOnly));
            QVERIFY(nsb.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        }
        window.resize(1280, 720);
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
        // A drill fault in one click; the factory certificate on the backup shows in the dashboard.
        auto* panel = window.findChild<LabPanel*>();
        QVERIFY(panel->inject(QStringLiteral("backup_does_not_take_over")));
        window.drill()->lab().appliance(QStringLiteral("backup"))->serveFactoryDefaultCertificate();
        QTRY_VERIFY(!window.dashboard()->refreshInProgress());
        window.dashboard()->refresh();
        QVERIFY(refreshed.wait(15'000));
        save(&window, QStringLiteral("main_window_drill_fault"));

        SettingsDialog* settings = window.showSettings();
        save(settings, QStringLiteral("settings"));
        settings->close();
    }

    void sitesAndEditor()
    {
        const QString path = m_dir.filePath(QStringLiteral("site/example.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        dr::site::SiteProfile p;
        p.site.name = QStringLiteral("Example Corp support");
        p.site.fqdn = QStringLiteral("support.example.com");
        p.site.product = QStringLiteral("remote_support");
        for (const QString& name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            dr::site::Appliance a;
            a.name = name;
            a.model = QStringLiteral("B300");
            a.serial = name == QLatin1String("primary") ? QStringLiteral("B300-0012345") : QStringLiteral("B300-0012346");
            a.fqdn = name == QLatin1String("primary") ? QStringLiteral("support-a.example.com") : QStringLiteral("support-b.example.com");
            a.addresses = {name == QLatin1String("primary") ? QStringLiteral("192.0.2.10") : QStringLiteral("192.0.2.11")};
            a.failoverRole = name;
            a.routingMethod = QStringLiteral("shared_ip");
            p.appliances << a;
        }
        dr::site::Contact c;
        c.name = QStringLiteral("Alex Operator");
        c.role = QStringLiteral("on-call");
        c.phone = QStringLiteral("+1 555 0100");
        c.email = QStringLiteral("alex@example.com");
        p.contacts << c;
        dr::site::ApiAccount account;
        account.clientId = QStringLiteral("0123456789abcdef");
        account.label = QStringLiteral("DR runbook");
        account.permissions = QStringLiteral("full_access+backup");
        p.apiAccounts << account;
        p.backups.folder = QStringLiteral("backups");
        QString error;
        QVERIFY2(dr::site::saveSiteProfile(path, p, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(QFileInfo(path).dir().filePath(QStringLiteral("backups"))));
        QFile nsb(QFileInfo(path).dir().filePath(QStringLiteral("backups/Bomgar-23.2.4-example-old.nsb")));
        QVERIFY(nsb.open(QIODevice::WriteOnly));
        QVERIFY(nsb.setFileTime(QDateTime::currentDateTimeUtc().addDays(-12), QFileDevice::FileModificationTime));

        MainWindow window;
        window.useSettingsFile(m_dir.filePath(QStringLiteral("sites.ini")));
        window.setRunDirectory(m_dir.filePath(QStringLiteral("runs")));
        window.settings().addSiteFile(path);
        window.resize(1280, 720);
        window.show();
        QSignalSpy reloaded(window.sitesPanel(), &SitesPanel::reloaded);
        window.reloadSites();
        QVERIFY(reloaded.wait(15'000));
        window.showSites();
        save(&window, QStringLiteral("sites"));

        SiteEditor* editor = window.editSite(path);
        QVERIFY(editor);
        for (int section = SiteEditor::SiteSection; section <= SiteEditor::PagesSection; ++section) {
            editor->showSection(section);
            save(editor, QStringLiteral("site_editor_%1").arg(section));
        }
        editor->findChild<QLineEdit*>(QStringLiteral("field:site.name"))->clear();
        editor->check();
        editor->showSection(SiteEditor::SiteSection);
        save(editor, QStringLiteral("site_editor_finding"));
        editor->close();
    }

    // Every window of the Prepare and Support menus opens from the keyboard (shortcuts of the menu bar).
    void entryPointsFromTheKeyboard()
    {
        MainWindow window;
        window.useSettingsFile(m_dir.filePath(QStringLiteral("keys.ini")));
        window.setRunDirectory(m_dir.filePath(QStringLiteral("keys-runs")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<std::pair<QKeySequence, const char*>> keys = {
            {QKeySequence(Qt::CTRL | Qt::Key_B), "dr::ui::BackupManager"},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), "dr::ui::CertificateInspector"},
            {QKeySequence(Qt::CTRL | Qt::Key_I), "dr::ui::IncidentComposerDialog"},
            {QKeySequence(Qt::CTRL | Qt::Key_Comma), "dr::ui::SettingsDialog"},
        };
        for (const auto& [key, className] : keys) {
            QTest::keySequence(&window, key);
            QWidget* opened = nullptr;
            for (QWidget* w : QApplication::topLevelWidgets())
                if (w->isVisible() && QLatin1String(w->metaObject()->className()) == QLatin1String(className))
                    opened = w;
            QVERIFY2(opened, className);
            save(opened, QStringLiteral("opened_%1").arg(QString::fromLatin1(className).section(QLatin1Char(':'), -1)));
            opened->close();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        QVERIFY(window.printChecklist(QStringLiteral("failover_primary_failed")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("action:rma")));
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
