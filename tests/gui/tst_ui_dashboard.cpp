// The main window in drill mode against the real in-process lab over real TLS: the dashboard shows each
// appliance's health and role, the certificate it serves and the age of the site's last backup, and follows what
// happens in the lab.
#include "ui/DashboardModel.h"
#include "ui/DrillBanner.h"
#include "ui/DrillSession.h"
#include "ui/LabPanel.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/StatusDashboard.h"

#include "lab/LabCa.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::ui;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int rowOf(DashboardModel* m, const QString& name)
    {
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->data(m->index(row, DashboardModel::Name), Qt::DisplayRole).toString().startsWith(name))
                return row;
        return -1;
    }
    static QString cell(DashboardModel* m, const QString& name, int column)
    {
        const int row = rowOf(m, name);
        return row < 0 ? QStringLiteral("<no row %1>").arg(name)
                       : m->data(m->index(row, column), Qt::DisplayRole).toString();
    }
    static CellLevel level(DashboardModel* m, const QString& name, int column)
    {
        return CellLevel(m->data(m->index(rowOf(m, name), column), DashboardModel::LevelRole).toInt());
    }
    static void touch(const QString& path, const QDateTime& when)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a real backup");
        QVERIFY(f.flush()); // before the time is set: closing must not write again
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }
    // A drill on a pair with its own settings file and backup folder; waits for the first full round.
    std::unique_ptr<MainWindow> pairDrill(const QString& tag)
    {
        auto window = std::make_unique<MainWindow>();
        window->useSettingsFile(m_dir.filePath(tag + QStringLiteral(".ini")));
        window->settings().setDrillBackupFolder(m_dir.filePath(tag + QStringLiteral("-backups")));
        window->setRunDirectory(m_dir.filePath(tag + QStringLiteral("-runs")));
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pairDrillShowsRolesAndFollowsAPowerCut()
    {
        auto window = pairDrill(QStringLiteral("power"));
        QVERIFY(window->startDrill(QStringLiteral("pair")));
        window->show();
        QVERIFY(window->findChild<DrillBanner*>(QStringLiteral("drillBanner")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("DRILL")));

        StatusDashboard* dashboard = window->dashboard();
        QSignalSpy refreshed(dashboard, &StatusDashboard::refreshed);
        QVERIFY(refreshed.wait(15'000));
        DashboardModel* model = dashboard->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Health), QStringLiteral("Healthy"));
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Role), QStringLiteral("Primary"));
        QCOMPARE(cell(model, QStringLiteral("backup"), DashboardModel::Role), QStringLiteral("Backup"));
        QVERIFY(!cell(model, QStringLiteral("primary"), DashboardModel::Version).isEmpty());

        window->drill()->lab().powerOff(QStringLiteral("primary"));
        dashboard->refresh();
        QVERIFY(refreshed.wait(15'000));
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::Health).startsWith(QStringLiteral("Not answering")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::Health)));
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Role), QStringLiteral("unknown"));
        QCOMPARE(cell(model, QStringLiteral("backup"), DashboardModel::Health), QStringLiteral("Healthy"));
        // Nothing served: the certificate is unknown, said in words.
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::Certificate).startsWith(QStringLiteral("UNKNOWN")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::Certificate)));
    }

    // The served certificate is read over TLS without trusting it and compared with the name and the lab's
    // certificate backup; the backup folder is listed on a worker thread.
    void certificateAndBackupAge()
    {
        auto window = pairDrill(QStringLiteral("cert"));
        const QString folder = window->drillBackupFolder();
        QVERIFY(QDir().mkpath(folder));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Named as the appliance names them: the date in the name is the backup's date.
        const QString older = QStringLiteral("/Bomgar-23.2.4-drlab-%1-a1b2c3.nsb").arg(now.addDays(-12).toString(QStringLiteral("yyyyMMdd")));
        const QString newer = QStringLiteral("/Bomgar-23.2.4-drlab-%1-d4e5f6.nsb").arg(now.addDays(-2).toString(QStringLiteral("yyyyMMdd")));
        touch(folder + older, now);
        touch(folder + newer, now);
        touch(folder + QStringLiteral("/notes.txt"), now);
        QVERIFY(window->startDrill(QStringLiteral("pair")));
        StatusDashboard* dashboard = window->dashboard();
        DashboardModel* model = dashboard->model();
        QSignalSpy refreshed(dashboard, &StatusDashboard::refreshed);
        QVERIFY(refreshed.wait(15'000));

        const QString certText = cell(model, QStringLiteral("primary"), DashboardModel::Certificate);
        // The lab's certificates are issued for 30 days: the right certificate, expiring within the warning period.
        QVERIFY2(certText.startsWith(QStringLiteral("EXPIRES SOON: 29 day")), qPrintable(certText));
        QCOMPARE(level(model, QStringLiteral("primary"), DashboardModel::Certificate), CellLevel::Warning);
        QCOMPARE(cell(model, QStringLiteral("backup"), DashboardModel::LastBackup), QStringLiteral("OK: 2 days ago"));
        const QString tip = model->data(model->index(0, DashboardModel::LastBackup), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("d4e5f6.nsb")) && tip.contains(QStringLiteral("2 backup")), qPrintable(tip));

        // The newest backup goes: the remaining one is older than the 7 days of the settings.
        QVERIFY(QFile::remove(folder + newer));
        // The lab: the backup serves a certificate the site's CA did not issue, the primary its factory one.
        auto* panel = window->findChild<LabPanel*>();
        QVERIFY(panel);
        auto* appliance = panel->findChild<QComboBox*>(QStringLiteral("labAppliance"));
        auto* fault = panel->findChild<QComboBox*>(QStringLiteral("labFault"));
        appliance->setCurrentText(QStringLiteral("backup"));
        fault->setCurrentIndex(fault->findData(QStringLiteral("wrong_certificate")));
        panel->findChild<QPushButton*>(QStringLiteral("injectFault"))->click();
        appliance->setCurrentText(QStringLiteral("primary"));
        fault->setCurrentIndex(fault->findData(QStringLiteral("factory_certificate")));
        panel->findChild<QPushButton*>(QStringLiteral("injectFault"))->click();
        QTRY_VERIFY(!dashboard->refreshInProgress());
        dashboard->refresh();
        QVERIFY(refreshed.wait(15'000));

        QVERIFY2(cell(model, QStringLiteral("backup"), DashboardModel::Certificate).startsWith(QStringLiteral("MISMATCH")),
                 qPrintable(cell(model, QStringLiteral("backup"), DashboardModel::Certificate)));
        QCOMPARE(level(model, QStringLiteral("backup"), DashboardModel::Certificate), CellLevel::Error);
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Certificate),
                 QStringLiteral("WRONG NAME: Bomgar Appliance"));
        QVERIFY(model->data(model->index(rowOf(model, QStringLiteral("primary")), DashboardModel::Certificate),
                            Qt::BackgroundRole)
                    .isValid());
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::LastBackup)
                     .startsWith(QStringLiteral("STALE: 12 days ago")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::LastBackup)));
        QCOMPARE(level(model, QStringLiteral("primary"), DashboardModel::LastBackup), CellLevel::Warning);
        QVERIFY(dashboard->findChild<QLabel*>(QStringLiteral("dashboardSummary"))->text().contains(
            QStringLiteral("2 with errors")));
    }

    // A certificate made by the openssl command, 10 days from expiry, served by the lab: a warning in words.
    void certificateExpiringSoonWarns()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command is not installed");
        const QString key = m_dir.filePath(QStringLiteral("soon.key"));
        const QString crt = m_dir.filePath(QStringLiteral("soon.crt"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("10"), QStringLiteral("-subj"), QStringLiteral("/CN=primary.lab.drrunbook.test"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:primary.lab.drrunbook.test"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), crt});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey sslKey(&keyFile, QSsl::Rsa);
        QVERIFY(!sslKey.isNull());

        dr::lab::Lab lab;
        QVERIFY(lab.start(dr::lab::Topology::Single));
        dr::lab::LabAppliance* primary = lab.appliance(QStringLiteral("primary"));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(crt);
        QCOMPARE(chain.size(), 1);
        primary->serveCertificate(chain, sslKey);
        // A dashboard entry as a site profile makes it: the certificate backup's fingerprint, no API client.
        StatusDashboard dashboard;
        DashboardAppliance entry;
        entry.name = QStringLiteral("primary");
        entry.tlsHost = primary->url().host();
        entry.tlsPort = primary->port();
        entry.tlsName = primary->hostname();
        entry.expectedCertificateSha256 = QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex());
        entry.backupFolder = m_dir.filePath(QStringLiteral("no-such-folder"));
        entry.healthNote = QStringLiteral("Not asked: no API account");
        dashboard.addAppliance(entry);
        QSignalSpy refreshed(&dashboard, &StatusDashboard::refreshed);
        dashboard.refresh();
        QVERIFY(refreshed.wait(15'000));
        DashboardModel* model = dashboard.model();
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Health), QStringLiteral("Not asked"));
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::Certificate)
                     .startsWith(QStringLiteral("EXPIRES SOON: 9 day")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::Certificate)));
        QCOMPARE(level(model, QStringLiteral("primary"), DashboardModel::Certificate), CellLevel::Warning);
        // The backup folder of this drill does not exist: it says so instead of claiming there is no backup.
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::LastBackup).startsWith(QStringLiteral("UNKNOWN")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::LastBackup)));
    }

    // The thresholds, independent of any lab.
    void cellsSayWhatIsWrongInWords()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        CertificateStatus c;
        c.notAfter = now.addDays(200);
        c.issuedTo = QStringLiteral("support.example.com");
        c.sha256 = QStringLiteral("ab");
        c.hostName = c.issuedTo;
        QCOMPARE(DashboardModel::certificateCell(c, now).level, CellLevel::Ok);
        QCOMPARE(DashboardModel::certificateCell(c, now.addDays(170)).level, CellLevel::Ok);      // 30 days left
        QCOMPARE(DashboardModel::certificateCell(c, now.addDays(172)).level, CellLevel::Warning); // 28 days left
        const DashboardModel::Cell expired = DashboardModel::certificateCell(c, now.addDays(203));
        QCOMPARE(expired.level, CellLevel::Error);
        QVERIFY2(expired.text.startsWith(QStringLiteral("EXPIRED 3 day")), qPrintable(expired.text));
        c.expectedSha256 = QStringLiteral("cd");
        QVERIFY(DashboardModel::certificateCell(c, now).text.startsWith(QStringLiteral("MISMATCH")));
        QCOMPARE(DashboardModel::certificateCell(std::nullopt, now).level, CellLevel::Neutral);

        BackupStatus b;
        b.folder = QStringLiteral("/backups");
        QCOMPARE(DashboardModel::backupCell(b, now, 7).text, QStringLiteral("NO BACKUP"));
        QCOMPARE(DashboardModel::backupCell(b, now, 7).level, CellLevel::Error);
        b.count = 1;
        b.newestFile = QStringLiteral("x.nsb");
        b.newestAt = now.addDays(-7).addSecs(60);
        QCOMPARE(DashboardModel::backupCell(b, now, 7).level, CellLevel::Ok);
        QCOMPARE(DashboardModel::backupCell(b, now, 6).level, CellLevel::Warning);
        QCOMPARE(DashboardModel::backupCell(BackupStatus {}, now, 7).text, QStringLiteral("No backup folder set"));
    }

    void unknownTopologyIsRefused()
    {
        QCOMPARE(DrillSession::parseTopology(QStringLiteral("triple")), std::nullopt);
        QCOMPARE(DrillSession::parseTopology(QStringLiteral("atlas")), dr::lab::Topology::Atlas);
    }

    void agesReadNaturally()
    {
        QCOMPARE(DashboardModel::ageText(5), QStringLiteral("5 s ago"));
        QCOMPARE(DashboardModel::ageText(3 * 60), QStringLiteral("3 min ago"));
        QCOMPARE(DashboardModel::ageText(5 * 3600), QStringLiteral("5 h ago"));
        QCOMPARE(DashboardModel::ageText(3 * 86400), QStringLiteral("3 days ago"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_ui_dashboard.moc"
