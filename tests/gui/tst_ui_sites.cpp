// Sites: the site profile editor (findings shown at their field, atomic save keeping the previous version,
// screenshots named as the guide asks), the Sites list (last backup age, drill reminders from the run journals) and
// a real site's dashboard built from its profile, against the lab over real TLS.
#include "ui/DashboardModel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/SiteEditor.h"
#include "ui/SiteEditorPages.h"
#include "ui/SiteSession.h"
#include "ui/SitesPanel.h"
#include "ui/StatusDashboard.h"
#include "ui/Wizard.h"

#include "lab/Lab.h"
#include "site/SiteFile.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::ui;

class TestSites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QLabel* errorLabel(QWidget* root, const QString& path)
    {
        return root->findChild<QLabel*>(QStringLiteral("error:%1").arg(path));
    }
    static void touch(const QString& path, const QDateTime& when)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a real backup");
        QVERIFY(f.flush()); // before the time is set: closing must not write again
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }
    static QString cell(QTableWidget* t, int row, int col) { return t->item(row, col) ? t->item(row, col)->text() : QString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void editorShowsFindingsAtTheFieldAndSavesAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit/site.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        SiteEditor editor;
        editor.newProfile(path);
        editor.show();
        QVERIFY(editor.save());
        QVERIFY(QFile::exists(path));
        // The empty name is an error, shown under the field itself.
        QLabel* nameError = errorLabel(&editor, QStringLiteral("site.name"));
        QVERIFY(nameError);
        QVERIFY(nameError->isVisibleTo(&editor));
        QVERIFY2(nameError->text().startsWith(QStringLiteral("Error: ")), qPrintable(nameError->text()));
        QVERIFY(editor.statusLabel()->text().contains(QStringLiteral("error")));

        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("field:site.name")), QStringLiteral("Example Corp"));
        QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("field:site.fqdn")),
                         QStringLiteral("support.example.com"));
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addAppliance")), Qt::LeftButton);
        auto* fqdn = editor.findChild<QLineEdit*>(QStringLiteral("field:fqdn"));
        QTest::keyClicks(fqdn, QStringLiteral("not a host!"));
        const dr::site::SiteIssues issues = editor.check();
        QVERIFY(!nameError->isVisibleTo(&editor));
        QLabel* fqdnError = errorLabel(&editor, QStringLiteral("fqdn"));
        QVERIFY(fqdnError);
        QVERIFY2(fqdnError->text().contains(QStringLiteral("not a host name")), qPrintable(fqdnError->text()));

        // Activating the finding goes to its field.
        auto* list = editor.findChild<QListWidget*>(QStringLiteral("siteIssues"));
        QListWidgetItem* finding = nullptr;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("appliances[0].fqdn"))
                finding = list->item(i);
        QVERIFY(finding);
        editor.showSection(SiteEditor::SiteSection);
        emit list->itemActivated(finding);
        QCOMPARE(editor.currentSection(), int(SiteEditor::AppliancesSection));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(fqdn));

        fqdn->clear();
        QTest::keyClicks(fqdn, QStringLiteral("support-a.example.com"));
        QVERIFY(editor.save());
        QVERIFY(QFile::exists(dr::site::siteBackupPath(path))); // the version before this save is kept
        const dr::site::SiteLoadResult back = dr::site::loadSiteProfile(path);
        QVERIFY2(back.profile, qPrintable(back.error));
        QCOMPARE(back.profile->site.name, QStringLiteral("Example Corp"));
        QCOMPARE(back.profile->appliances.size(), 1);
        QCOMPARE(back.profile->appliances.first().fqdn, QStringLiteral("support-a.example.com"));
        QCOMPARE(back.profile->appliances.first().failoverRole, QStringLiteral("primary"));

        // Reopened, the forms show the file.
        SiteEditor again;
        QString error;
        QVERIFY2(again.openFile(path, &error), qPrintable(error));
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("field:site.name"))->text(), QStringLiteral("Example Corp"));
    }

    // A screenshot is copied beside the profile under the name the guide asks for (page, version, serial, base
    // software version, system time), and the page counts as captured.
    void screenshotIsNamedAsTheGuideAsks()
    {
        const QString path = m_dir.filePath(QStringLiteral("shots/site.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        SiteEditor editor;
        editor.newProfile(path);
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("addAppliance")), Qt::LeftButton);
        auto* pages = editor.findChild<SiteEditorPages*>();
        QVERIFY(pages);
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QImage(40, 30, QImage::Format_RGB32).save(png);
        QVERIFY(!pages->attachScreenshot(QStringLiteral("syslog"), png, &error));
        QVERIFY(error.contains(QStringLiteral("Status page")));
        editor.findChild<QLineEdit*>(QStringLiteral("field:appliance_settings.status.appliance_version"))
            ->setText(QStringLiteral("23.2.4"));
        editor.findChild<QLineEdit*>(QStringLiteral("field:appliance_settings.status.serial"))
            ->setText(QStringLiteral("B300-0012345"));
        editor.findChild<QLineEdit*>(QStringLiteral("field:appliance_settings.status.base_software_version"))
            ->setText(QStringLiteral("6.2.1"));
        editor.findChild<QDateTimeEdit*>(QStringLiteral("field:appliance_settings.status.system_time"))
            ->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC));
        QVERIFY2(pages->attachScreenshot(QStringLiteral("syslog"), png, &error), qPrintable(error));
        const QString expected = QStringLiteral("screenshots/primary/syslog_23.2.4_B300-0012345_6.2.1_20261120T101500Z.png");
        QVERIFY(QFile::exists(QFileInfo(path).dir().filePath(expected)));
        const dr::site::SiteProfile p = editor.profile();
        const dr::site::CapturedPage page = p.appliances.first().applianceSettings.page(QStringLiteral("syslog"));
        QCOMPARE(page.screenshots, QStringList {expected});
        QCOMPARE(page.status, QStringLiteral("captured"));
        for (const dr::site::SiteIssue& i : editor.check())
            QVERIFY2(!i.path.contains(QStringLiteral("syslog.screenshots")), qPrintable(i.toString()));
    }

    // The Sites list: the last backup from the profile's folder (stale after the settings' period) and the drill
    // reminders from the runs folder (a drill started while the site is open is recorded for it); the site's
    // dashboard reads the certificate the lab serves and compares it with the profile's fingerprint.
    void sitesListAndRealSiteDashboard()
    {
        dr::lab::Lab lab;
        QVERIFY(lab.start(dr::lab::Topology::Pair));
        const QString folder = m_dir.filePath(QStringLiteral("real"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(lab.writeCaFile(folder + QStringLiteral("/lab-ca.pem")));
        dr::site::SiteProfile p;
        p.site.name = QStringLiteral("Lab as a real site");
        p.site.fqdn = lab.siteHostname();
        for (const QString& name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            dr::site::Appliance a;
            a.name = name;
            a.model = QStringLiteral("B300");
            a.fqdn = lab.appliance(name)->hostname();
            a.failoverRole = name;
            a.api.url = lab.appliance(name)->url().toString();
            a.api.caFile = QStringLiteral("lab-ca.pem");
            p.appliances << a;
        }
        p.certificateBackup.sha256 = QString::fromLatin1(
            lab.appliance(QStringLiteral("primary"))->labChain().first().digest(QCryptographicHash::Sha256).toHex());
        p.backups.folder = QStringLiteral("backups");
        const QString path = folder + QStringLiteral("/site.json");
        QString error;
        QVERIFY2(dr::site::saveSiteProfile(path, p, &error), qPrintable(error));
        touch(folder + QStringLiteral("/backups/Bomgar-23.2.4-lab-x.nsb"), QDateTime::currentDateTimeUtc().addDays(-10));

        MainWindow window;
        window.useSettingsFile(m_dir.filePath(QStringLiteral("sites.ini")));
        window.setRunDirectory(m_dir.filePath(QStringLiteral("sites-runs")));
        window.settings().addSiteFile(path);
        window.show();
        SitesPanel* sites = window.sitesPanel();
        QSignalSpy reloaded(sites, &SitesPanel::reloaded);
        window.reloadSites();
        QVERIFY(reloaded.wait(15'000));
        QTableWidget* table = sites->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("Lab as a real site"));
        QVERIFY2(cell(table, 0, 1).startsWith(QStringLiteral("STALE: 10 days ago")), qPrintable(cell(table, 0, 1)));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("DRILL DUE: 2 of 2 scenarios")); // failover pair, hardware

        // Opened, its dashboard reads what the lab serves over TLS.
        QVERIFY(window.openSite(path));
        QTRY_VERIFY_WITH_TIMEOUT(window.site() && window.site()->isReady(), 30'000);
        StatusDashboard* dashboard = window.dashboard();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->rowCount(), 2, 5'000);
        QSignalSpy refreshed(dashboard, &StatusDashboard::refreshed);
        QVERIFY(refreshed.wait(30'000));
        DashboardModel* m = dashboard->model();
        const QString primaryCert = m->data(m->index(0, DashboardModel::Certificate), Qt::DisplayRole).toString();
        // The right certificate (the lab issues them for 30 days: within the warning period).
        QVERIFY2(primaryCert.startsWith(QStringLiteral("EXPIRES SOON: 29 day")), qPrintable(primaryCert));
        // The backup serves its own certificate, not the one of the certificate backup: said in words.
        const QString backupCert = m->data(m->index(1, DashboardModel::Certificate), Qt::DisplayRole).toString();
        QVERIFY2(backupCert.startsWith(QStringLiteral("MISMATCH")), qPrintable(backupCert));
        QVERIFY2(m->data(m->index(0, DashboardModel::LastBackup), Qt::DisplayRole).toString().startsWith(QStringLiteral("STALE")),
                 qPrintable(m->data(m->index(0, DashboardModel::LastBackup), Qt::DisplayRole).toString()));
        // No client secret in the keychain here: health is not asked, and the cell says what to do.
        const QString health = m->data(m->index(0, DashboardModel::Health), Qt::DisplayRole).toString();
        QVERIFY2(health.startsWith(QStringLiteral("Not asked")) || health == QStringLiteral("Healthy"), qPrintable(health));

        // A drill started while the site is open counts for it.
        Wizard* drill = window.openDrill(QStringLiteral("failover_primary_failed"));
        QVERIFY(drill);
        drill->close();
        window.reloadSites();
        QVERIFY(reloaded.wait(15'000));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("DRILL DUE: 1 of 2 scenarios"));
        QVERIFY2(sites->findChild<QLabel*>(QStringLiteral("siteDetails"))->text().contains(QStringLiteral("last drill")),
                 qPrintable(sites->findChild<QLabel*>(QStringLiteral("siteDetails"))->text()));

        // Settings: the backup is not stale with a 30-day period.
        window.settings().setBackupStaleDays(30);
        window.reloadSites();
        QVERIFY(reloaded.wait(15'000));
        QVERIFY2(cell(table, 0, 1).startsWith(QStringLiteral("OK: 10 days ago")), qPrintable(cell(table, 0, 1)));
    }
};

QTEST_MAIN(TestSites)
#include "tst_ui_sites.moc"
