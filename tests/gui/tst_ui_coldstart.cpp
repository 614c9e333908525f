// The application's start (MainWindow::startDrillAfterFirstPaint): the window opens in drill mode with the lab
// shown as starting, and the real in-process lab comes up once the window has been painted; its dashboard then
// shows the lab's appliances over TLS. An unknown topology is refused with the reason, and nothing starts.
#include "ui/DashboardModel.h"
#include "ui/DrillBanner.h"
#include "ui/DrillSession.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/StartupWarmup.h"
#include "ui/StatusDashboard.h"

#include "ui/SitesPanel.h"
#include "ui/WizardRunsPanel.h"

#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::ui;

class TestColdStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out; // DR_SCREENSHOT_DIR: where to save what the window shows (on xcb, what the X server shows)

    void save(QWidget* w, const QString& name)
    {
        if (m_out.isEmpty())
            return;
        QCoreApplication::processEvents();
        const QPixmap shot =
            QGuiApplication::platformName() == QLatin1String("xcb")
                ? w->screen()->grabWindow(0, w->x(), w->y(), w->frameGeometry().width(), w->frameGeometry().height())
                : w->grab();
        QVERIFY(shot.save(QDir(m_out).filePath(QStringLiteral("coldstart_%1.png").arg(name))));
    }

    std::unique_ptr<MainWindow> window(const QString& tag)
    {
        auto w = std::make_unique<MainWindow>();
        w->useSettingsFile(m_dir.filePath(tag + QStringLiteral(".ini")));
        w->settings().setDrillBackupFolder(m_dir.filePath(tag + QStringLiteral("-backups")));
        w->setRunDirectory(m_dir.filePath(tag + QStringLiteral("-runs")));
        return w;
    }
    static QString dashboardTitle(MainWindow* w)
    {
        auto* title = w->dashboard()->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
        return title ? title->text() : QStringLiteral("<no dashboard title>");
    }
    static QStringList applianceNames(DashboardModel* m)
    {
        QStringList names;
        for (int row = 0; row < m->rowCount(); ++row)
            names << m->data(m->index(row, DashboardModel::Name), Qt::DisplayRole).toString();
        return names;
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

    // The window says the drill is starting before the lab exists; the lab comes up after the window is shown.
    void startingStateThenTheLab()
    {
        auto w = window(QStringLiteral("pair"));
        QSignalSpy started(w.get(), &MainWindow::drillStarted);
        QSignalSpy failed(w.get(), &MainWindow::drillFailed);
        QVERIFY(w->startDrillAfterFirstPaint(QStringLiteral("pair")));

        // Nothing of the lab yet: the window only shows the drill as starting.
        QVERIFY(!w->drill());
        QVERIFY(w->drillTopology().isEmpty());
        QCOMPARE(started.count(), 0);
        QVERIFY(w->windowTitle().contains(QStringLiteral("DRILL")));
        auto* banner = w->findChild<DrillBanner*>(QStringLiteral("drillBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QVERIFY2(dashboardTitle(w.get()).contains(QStringLiteral("Starting the drill lab")),
                 qPrintable(dashboardTitle(w.get())));
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Starting the drill lab")));
        QCOMPARE(w->dashboard()->model()->rowCount(), 0);

        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        if (!w->drill())
            save(w.get(), QStringLiteral("starting"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30'000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(w->drill());
        QCOMPARE(w->drillTopology(), QStringLiteral("pair"));
        QVERIFY(!banner->isHidden());
        QVERIFY2(dashboardTitle(w.get()).contains(QStringLiteral("drill lab's appliances")),
                 qPrintable(dashboardTitle(w.get())));

        // The dashboard shows the lab's appliances and what they answer over TLS.
        DashboardModel* model = w->dashboard()->model();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!w->dashboard()->refreshInProgress() &&
                                     model->data(model->index(0, DashboardModel::Health), Qt::DisplayRole).toString() ==
                                         QStringLiteral("Healthy"),
                                 30'000);
        const QString names = applianceNames(model).join(QLatin1String(", "));
        QVERIFY2(names.contains(QStringLiteral("primary")) && names.contains(QStringLiteral("backup")),
                 qPrintable(names));
        QCOMPARE(model->data(model->index(1, DashboardModel::Health), Qt::DisplayRole).toString(),
                 QStringLiteral("Healthy"));
        QCOMPARE(model->data(model->index(0, DashboardModel::Role), Qt::DisplayRole).toString(),
                 QStringLiteral("Primary"));
        QCOMPARE(started.count(), 1);
        save(w.get(), QStringLiteral("lab"));

        // The Sites tab (its panel is built after the first paint): there, with its table, from the keyboard too.
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        SitesPanel* sites = w->sitesPanel();
        QVERIFY(sites->isVisible());
        QVERIFY(sites->table()->isVisible());
        save(w.get(), QStringLiteral("sites"));
        w->showDashboard();
        QVERIFY(w->dashboard()->isVisible());
    }

    // main() starts the warm-up (fonts, image-format plugins, session bus) with the QApplication and builds the
    // window while it runs: the window comes up the same, every task runs to its end, and the threads are joined.
    // DR_NO_STARTUP_WARMUP=1 (for measuring) starts nothing.
    void warmupWhileTheWindowIsBuilt()
    {
        {
            qputenv("DR_NO_STARTUP_WARMUP", "1");
            const StartupWarmup off;
            qunsetenv("DR_NO_STARTUP_WARMUP");
            QVERIFY(!off.started());
        }
        StartupWarmup warmup;
        QVERIFY(StartupWarmup::enabledByEnvironment());
        QVERIFY(warmup.started());
        auto w = window(QStringLiteral("warmup"));
        QVERIFY(w->startDrillAfterFirstPaint(QStringLiteral("single")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->findChild<QPushButton*>(QStringLiteral("somethingIsDown"))->isVisible());
        warmup.wait();
        QVERIFY(warmup.finished(StartupWarmup::Fonts));
        QVERIFY(warmup.finished(StartupWarmup::ImageFormats));
        QVERIFY(warmup.finished(StartupWarmup::SessionBus));
        QVERIFY(!QFontDatabase::families().isEmpty());
        QSignalSpy started(w.get(), &MainWindow::drillStarted);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30'000);
    }

    // The Sites tab shown before the window was ever painted builds its panel there and then.
    void sitesTabBuiltWhenFirstShown()
    {
        auto w = window(QStringLiteral("tab"));
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->tabText(1).contains(QStringLiteral("tes")));
        tabs->setCurrentIndex(1);
        auto* panel = w->findChild<SitesPanel*>();
        QVERIFY(panel);
        QVERIFY(tabs->currentWidget()->isAncestorOf(panel));
        QCOMPARE(w->sitesPanel(), panel);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(panel->table()->isVisible());
        QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("openSite"))->isVisible());
        save(w.get(), QStringLiteral("sites_first"));
    }

    // "Runs in progress" (built after the first paint) sits between the Prepare button and the tabs for Tab.
    void runsPanelInTheTabOrder()
    {
        auto w = window(QStringLiteral("order"));
        QWidget* prepare = w->findChild<QPushButton*>(QStringLiteral("prepare"));
        QVERIFY(prepare);
        QWidget* list = w->runsPanel()->list();
        QWidget* resume = w->runsPanel()->findChild<QPushButton*>(QStringLiteral("resumeRun"));
        QWidget* tabBar = w->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->tabBar();
        QList<QWidget*> order;
        for (QWidget* next = prepare->nextInFocusChain(); next != prepare && order.size() < 1000;
             next = next->nextInFocusChain())
            if (next == list || next == resume || next == tabBar)
                order << next;
        QCOMPARE(order, (QList<QWidget*>{list, resume, tabBar}));
    }

    // An unknown topology is refused at once, with the reason; the window stays as it was and no lab starts.
    // A start asked afterwards (the window already painted) comes up with the topology asked for.
    void unknownTopologyRefused()
    {
        if (!QGuiApplication::platformName().startsWith(QLatin1String("offscreen")))
            QSKIP("Outside the offscreen platform the reason is a modal message box.");
        auto w = window(QStringLiteral("unknown"));
        const QString title = w->windowTitle();
        QSignalSpy started(w.get(), &MainWindow::drillStarted);
        QSignalSpy failed(w.get(), &MainWindow::drillFailed);
        QVERIFY(!w->startDrillAfterFirstPaint(QStringLiteral("triple")));
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("'triple' is not a drill topology")),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(w->windowTitle(), title);
        QVERIFY(w->findChild<DrillBanner*>(QStringLiteral("drillBanner"))->isHidden());
        QVERIFY(!dashboardTitle(w.get()).contains(QStringLiteral("Starting the drill lab")));

        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(!w->drill());

        // Now a known one: the lab that starts is that one (one appliance), and only once.
        QVERIFY(w->startDrillAfterFirstPaint(QStringLiteral("single")));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30'000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(w->drillTopology(), QStringLiteral("single"));
        QCOMPARE(w->dashboard()->model()->rowCount(), 1);
        QVERIFY(!w->startDrillAfterFirstPaint(QStringLiteral("")));
        QCOMPARE(w->drillTopology(), QStringLiteral("single")); // a refused start leaves the running drill alone
    }

    // A direct start before the first paint replaces the pending one: one lab, the one asked for last.
    void directStartReplacesThePendingOne()
    {
        auto w = window(QStringLiteral("replace"));
        QSignalSpy started(w.get(), &MainWindow::drillStarted);
        QVERIFY(w->startDrillAfterFirstPaint(QStringLiteral("pair")));
        QVERIFY(w->startDrill(QStringLiteral("single")));
        QCOMPARE(started.count(), 1);
        QCOMPARE(w->drillTopology(), QStringLiteral("single"));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // What runs after the first paint has run once the Sites tab is built (it is built after the lab).
        QTRY_VERIFY_WITH_TIMEOUT(w->findChild<QObject*>(QStringLiteral("sitesPanel")), 30'000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(w->drillTopology(), QStringLiteral("single"));
        QCOMPARE(w->dashboard()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestColdStart)
#include "tst_ui_coldstart.moc"
