// The first window reaches every window it opens through AppFeatures (ui/AppFeatures.h): each menu entry and
// button must open its own window, not a neighbour's, and the Sites entry must bring the Sites panel.
#include "ui/MainWindow.h"
#include "ui/SitesPanel.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dr::ui;

class TestUiFeatures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // The class names of the top-level windows that `open` brought up; they are closed again.
    QStringList opened(const std::function<void()>& open)
    {
        const QWidgetList before = QApplication::topLevelWidgets();
        open();
        QStringList classes;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (before.contains(w) || !w->isVisible())
                continue;
            classes << QString::fromLatin1(w->metaObject()->className());
            w->close();
            w->deleteLater();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return classes;
    }

    QStringList trigger(const QString& action)
    {
        auto* a = m_window->findChild<QAction*>(QStringLiteral("action:") + action);
        if (!a)
            return {QStringLiteral("no action ") + action};
        return opened([a] { a->trigger(); });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        m_window = std::make_unique<MainWindow>();
        m_window->useSettingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window->setRunDirectory(m_dir.filePath(QStringLiteral("runs")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void eachEntryOpensItsWindow_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("window");
        QTest::newRow("Something is down") << "somethingIsDown"
                                           << "dr::ui::TriageDialog";
        QTest::newRow("Run a drill") << "runDrill"
                                     << "dr::ui::WizardDrillPicker";
        QTest::newRow("Settings") << "settings"
                                  << "dr::ui::SettingsDialog";
        QTest::newRow("Settings (Prepare)") << "prepareSettings"
                                            << "dr::ui::SettingsDialog";
        QTest::newRow("Backups") << "backups"
                                 << "dr::ui::BackupManager";
        QTest::newRow("Certificates") << "certificates"
                                      << "dr::ui::CertificateInspector";
        QTest::newRow("Incident") << "incident"
                                  << "dr::ui::IncidentComposerDialog";
        QTest::newRow("RMA") << "rma"
                             << "dr::ui::RmaDialog";
        QTest::newRow("Prepare checklist") << "prepareChecklist"
                                           << "dr::ui::Wizard";
    }

    void eachEntryOpensItsWindow()
    {
        QFETCH(QString, action);
        QFETCH(QString, window);
        QCOMPARE(trigger(action), QStringList{window});
    }

    void theButtonsOpenTheirWindows()
    {
        auto* down = m_window->findChild<QPushButton*>(QStringLiteral("somethingIsDown"));
        auto* drill = m_window->findChild<QPushButton*>(QStringLiteral("runDrill"));
        QVERIFY(down && drill);
        QCOMPARE(opened([down] { down->click(); }), QStringList{QStringLiteral("dr::ui::TriageDialog")});
        QCOMPARE(opened([drill] { drill->click(); }), QStringList{QStringLiteral("dr::ui::WizardDrillPicker")});
    }

    void sitesShowsTheSitesPanel()
    {
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(trigger(QStringLiteral("sites")), QStringList{});
        QVERIFY(m_window->findChild<SitesPanel*>());
        QCOMPARE(tabs->currentWidget(), m_window->findChild<SitesPanel*>()->parentWidget());
        QCOMPARE(trigger(QStringLiteral("status")), QStringList{});
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void printEntries()
    {
        // No run in the runs folder: the run report says so (offscreen, on the status bar).
        m_window->setRunDirectory(m_dir.filePath(QStringLiteral("no-runs")));
        QCOMPARE(trigger(QStringLiteral("printReport")), QStringList{});
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("No run yet: start a guide or a drill first."));
        QCOMPARE(trigger(QStringLiteral("printBinder")), QStringList{QStringLiteral("QPrintPreviewDialog")});
        // No guide open: the checklist entry asks which one (a modal list, cancelled here).
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                asked = QString::fromLatin1(modal->metaObject()->className());
                modal->close();
            }
        });
        QCOMPARE(trigger(QStringLiteral("printChecklist")), QStringList{});
        QCOMPARE(asked, QStringLiteral("QInputDialog"));
    }
};

QTEST_MAIN(TestUiFeatures)
#include "tst_ui_features.moc"
