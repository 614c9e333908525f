// The backup manager driven as an operator would: a folder of real .nsb files with .sha256 files written by
// `sha256sum`, hashed in the background (verified, damaged, no checksum), versions and ages from the names, stale
// highlighting, restore hints against a typed target version; "Download now" from the drill lab over real HTTPS
// with progress, a cancel that leaves nothing, TLS refusal with the fingerprint to trust, and a wrong secret.
// Screenshots go to $DR_SCREENSHOT_DIR when set, else to a temporary folder.
#include "ui/BackupDownloadPanel.h"
#include "ui/BackupListModel.h"
#include "ui/BackupManager.h"
#include "ui/CertNotice.h"

#include "api/Tls.h"
#include "keychain/SecretStore.h"
#include "lab/Lab.h"
#include "site/SiteConnection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::ui;

namespace {

QString dated(const QString& version, int daysAgo, const QString& id)
{
    const QDate d = QDateTime::currentDateTimeUtc().date().addDays(-daysAgo);
    return QStringLiteral("Bomgar-%1-support.example.com-%2-%3.nsb")
        .arg(version, d.toString(QStringLiteral("yyyy-MM-dd")), id);
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// sha256sum's own output, written beside the file as the downloader does.
QString sha256sum(const QDir& dir, const QString& name)
{
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.setStandardOutputFile(dir.filePath(name + QStringLiteral(".sha256")));
    p.start(QStringLiteral("sha256sum"), {name});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QFile f(dir.filePath(name + QStringLiteral(".sha256")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().left(64)) : QString();
}

QStringList everything(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private:
    lab::Lab m_lab;
    QTemporaryDir m_tmp;
    QString m_shots;
    QString m_caFile;

    void save(QWidget* w, const QString& name)
    {
        QCoreApplication::processEvents(); // pending layout requests, as the event loop would run them
        const QPixmap pixmap = w->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

    QString cell(BackupManager& m, int row, int column) { return m.model()->index(row, column).data().toString(); }

    // A manager on an empty folder, set up to download from the lab with the default account.
    std::unique_ptr<BackupManager> downloadManager(const QString& folder)
    {
        auto m = std::make_unique<BackupManager>();
        m->setFolder(folder);
        BackupDownloadPanel* panel = m->downloadPanel();
        panel->setAppliance(m_lab.primary()->url().toString(), m_lab.defaultAccount().clientId);
        panel->setTrust(BackupDownloadPanel::CaFile, m_caFile);
        panel->setTransferTimeoutMs(5000);
        return m;
    }

    void typeSecret(BackupManager& m, const QByteArray& secret)
    {
        QTest::keyClicks(m.findChild<QLineEdit*>(QStringLiteral("downloadSecret")), QString::fromUtf8(secret));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_shots = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (m_shots.isEmpty())
            m_shots = m_tmp.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(m_shots));
        QVERIFY2(m_lab.start(lab::Topology::Single), qPrintable(m_lab.errorString()));
        m_caFile = m_tmp.filePath(QStringLiteral("lab-ca.pem"));
        QVERIFY(m_lab.writeCaFile(m_caFile));
    }

    void init()
    {
        m_lab.primary()->clearFaults();
        m_lab.primary()->setBackupPassword({});
        m_lab.primary()->setBackupSize(3 * 1024 * 1024 + 17);
    }

    void listsTheFolder()
    {
        QTemporaryDir folder;
        const QDir dir(folder.path());
        const QString fresh = dated(QStringLiteral("23.2.4"), 1, QStringLiteral("a1b2c3"));
        const QString old = dated(QStringLiteral("22.3.1"), 30, QStringLiteral("d4e5f6"));
        const QString damaged = dated(QStringLiteral("23.3.1"), 2, QStringLiteral("0a0b0c"));
        const QString unchecked = dated(QStringLiteral("23.1.0"), 3, QStringLiteral("aaaaaa"));
        QVERIFY(writeFile(dir.filePath(fresh), QByteArray(200000, 'f')));
        QVERIFY(writeFile(dir.filePath(old), QByteArray(1500000, 'o')));
        QVERIFY(writeFile(dir.filePath(damaged), QByteArray(4096, 'd')));
        QVERIFY(writeFile(dir.filePath(unchecked), QByteArray(10, 'u')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a backup"));
        const QString freshSum = sha256sum(dir, fresh);
        const QString oldSum = sha256sum(dir, old);
        QVERIFY(freshSum.size() == 64 && oldSum.size() == 64);
        QVERIFY(!sha256sum(dir, damaged).isEmpty());
        QVERIFY(writeFile(dir.filePath(damaged), QByteArray(4096, 'D'))); // changed after its checksum

        BackupManager m;
        m.resize(1100, 860);
        m.show();
        QSignalSpy verified(&m, &BackupManager::verificationFinished);
        m.setFolder(folder.path());
        QCOMPARE(m.model()->rowCount(), 4); // notes.txt is not a backup
        QTRY_VERIFY_WITH_TIMEOUT(!m.model()->catalog()->isVerifying(), 60000);

        // Newest first, from the dates in the names.
        QCOMPARE(cell(m, 0, BackupListModel::Name), fresh);
        QCOMPARE(cell(m, 1, BackupListModel::Name), damaged);
        QCOMPARE(cell(m, 2, BackupListModel::Name), unchecked);
        QCOMPARE(cell(m, 3, BackupListModel::Name), old);
        QCOMPARE(cell(m, 0, BackupListModel::Version), QStringLiteral("23.2.4"));
        QCOMPARE(cell(m, 0, BackupListModel::Size), BackupListModel::sizeText(200000));
        QCOMPARE(cell(m, 0, BackupListModel::Sha256), QStringLiteral("verified %1…").arg(freshSum.left(16)));
        QCOMPARE(cell(m, 3, BackupListModel::Sha256), QStringLiteral("verified %1…").arg(oldSum.left(16)));
        QVERIFY(cell(m, 1, BackupListModel::Sha256).startsWith(QStringLiteral("DAMAGED")));
        QCOMPARE(cell(m, 2, BackupListModel::Sha256), QStringLiteral("no .sha256 file"));
        QVERIFY(m.model()->index(0, BackupListModel::Sha256).data(Qt::ToolTipRole).toString().contains(freshSum));

        // Age: the 30-day-old one is stale with the default threshold of 7 days, and highlighted.
        QVERIFY(cell(m, 3, BackupListModel::Age).startsWith(QStringLiteral("STALE: 30 day")));
        QVERIFY(m.model()->index(3, BackupListModel::Age).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m.model()->index(0, 0).data(BackupListModel::StaleRole).toBool());
        QVERIFY(m.model()->index(3, 0).data(BackupListModel::StaleRole).toBool());
        m.setStaleAfterDays(60);
        QVERIFY(!m.model()->index(3, 0).data(BackupListModel::StaleRole).toBool());
        m.setStaleAfterDays(7);

        // The damaged backup is what the summary talks about (the newest is fresh).
        auto* summary = m.findChild<CertNotice*>(QStringLiteral("backupSummary"));
        QCOMPARE(summary->level(), CertNotice::Level::Error);
        QVERIFY(summary->title().contains(QStringLiteral("damaged")));

        // Restore onto a typed target version (the guide's rules, core/support RestoreCompatibility).
        QCOMPARE(cell(m, 0, BackupListModel::Restore), QStringLiteral("type a target version"));
        QTest::keyClicks(m.findChild<QLineEdit*>(QStringLiteral("backupTarget")), QStringLiteral("23.2.4"));
        QCOMPARE(cell(m, 0, BackupListModel::Restore), QStringLiteral("OK: same version"));
        QCOMPARE(cell(m, 1, BackupListModel::Restore), QStringLiteral("NO: newer than the target"));
        QCOMPARE(cell(m, 3, BackupListModel::Restore), QStringLiteral("RISK: upgrade not listed"));
        support::SupportedUpgrades upgrades;
        upgrades.add(*support::ProductVersion::parse(QStringLiteral("23.2.4")),
                     {*support::ProductVersion::parse(QStringLiteral("22.3"))});
        m.setSupportedUpgrades(upgrades);
        QCOMPARE(cell(m, 3, BackupListModel::Restore), QStringLiteral("OK: supported upgrade"));
        m.view()->selectRow(1);
        const QString details = m.findChild<QLabel*>(QStringLiteral("backupDetails"))->text();
        QVERIFY2(details.contains(damaged) && details.contains(QStringLiteral("differs")), qPrintable(details));
        QVERIFY(m.findChild<QLabel*>(QStringLiteral("backupTargetHint"))->text().isEmpty());
        save(&m, QStringLiteral("backup_manager"));

        // A typo in the version says so and gives no hint.
        m.setTargetVersion(QStringLiteral("twenty-three"));
        QVERIFY(!m.findChild<QLabel*>(QStringLiteral("backupTargetHint"))->text().isEmpty());
        QCOMPARE(cell(m, 0, BackupListModel::Restore), QStringLiteral("type a target version"));

        // Only the stale backup left: the summary says to download one.
        QVERIFY(QFile::remove(dir.filePath(fresh)) && QFile::remove(dir.filePath(damaged)) &&
                QFile::remove(dir.filePath(unchecked)));
        m.refresh();
        QCOMPARE(m.model()->rowCount(), 1);
        QCOMPARE(summary->level(), CertNotice::Level::Warning);
        QVERIFY(summary->title().contains(QStringLiteral("stale")));
    }

    void downloadsFromTheLab()
    {
        QTemporaryDir folder;
        auto m = downloadManager(folder.path());
        m->resize(1100, 860);
        m->show();
        QCOMPARE(m->findChild<CertNotice*>(QStringLiteral("backupSummary"))->level(), CertNotice::Level::Error);
        BackupDownloadPanel* panel = m->downloadPanel();
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        m->findChild<QCheckBox*>(QStringLiteral("downloadRemember"))->setChecked(true);
        QSignalSpy progress(panel, &BackupDownloadPanel::progress);
        QSignalSpy finished(panel, &BackupDownloadPanel::finished);
        QSignalSpy remembered(panel, &BackupDownloadPanel::secretRemembered);
        bool shot = false;
        connect(panel, &BackupDownloadPanel::progress, this, [&](qint64 received, qint64) {
            if (!shot && received > 0) {
                shot = true;
                QVERIFY(m->findChild<QProgressBar*>(QStringLiteral("downloadProgress"))->isVisible());
                save(m.get(), QStringLiteral("backup_manager_downloading"));
            }
        });
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(panel->isRunning());
        // The secret left the field when the download started.
        QVERIFY(m->findChild<QLineEdit*>(QStringLiteral("downloadSecret"))->text().isEmpty());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(panel->lastError()->message));
        QVERIFY(progress.size() > 0);
        QCOMPARE(progress.last().at(0).toLongLong(), m_lab.primary()->backupSize());
        QVERIFY(QFileInfo(panel->lastFile()).size() == m_lab.primary()->backupSize());
        // Listed at once, then verified against the .sha256 the download wrote.
        QCOMPARE(m->model()->rowCount(), 1);
        QCOMPARE(cell(*m, 0, BackupListModel::Name), QFileInfo(panel->lastFile()).fileName());
        QTRY_VERIFY_WITH_TIMEOUT(cell(*m, 0, BackupListModel::Sha256).startsWith(QStringLiteral("verified")), 60000);
        QCOMPARE(m->findChild<CertNotice*>(QStringLiteral("backupSummary"))->level(), CertNotice::Level::Ok);
        auto* notice = m->findChild<CertNotice*>(QStringLiteral("downloadNotice"));
        QCOMPARE(notice->level(), CertNotice::Level::Ok);
        // Its age comes from when it was written, not from the midnight of the date in its name.
        QCOMPARE(cell(*m, 0, BackupListModel::Age), QStringLiteral("less than an hour"));

        // "Keep the typed client secret in the system keychain": stored where the CLI looks, or said why not.
        QVERIFY(remembered.size() == 1 || remembered.wait(30000));
        api::ConnectionSettings where;
        where.baseUrl = m_lab.primary()->url();
        const keychain::SecretKey key = site::apiSecretKey(where, m_lab.defaultAccount().clientId);
        keychain::SecretStore store;
        if (remembered.first().first().toBool()) {
            const keychain::SecretLookup back = store.readNow(key);
            QCOMPARE(back.status, keychain::SecretLookup::Status::Found);
            QCOMPARE(back.secret.reveal(), m_lab.defaultAccount().clientSecret);
            store.removeNow(key);
        } else {
            QVERIFY2(notice->detail().contains(QStringLiteral("was not kept")), qPrintable(notice->detail()));
        }
        save(m.get(), QStringLiteral("backup_manager_downloaded"));
    }

    void cancelLeavesNothing()
    {
        m_lab.primary()->setBackupSize(256LL * 1024 * 1024);
        QTemporaryDir folder;
        auto m = downloadManager(folder.path());
        BackupDownloadPanel* panel = m->downloadPanel();
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        auto* cancel = m->findChild<QPushButton*>(QStringLiteral("downloadCancel"));
        QVERIFY(!cancel->isEnabled());
        connect(panel, &BackupDownloadPanel::progress, this, [&](qint64 received, qint64) {
            if (received > 0 && cancel->isEnabled())
                cancel->click();
        });
        QSignalSpy finished(panel, &BackupDownloadPanel::finished);
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(panel->lastError()->kind, api::ApiError::Kind::Cancelled);
        QVERIFY(!panel->isRunning());
        QCOMPARE(everything(folder.path()), QStringList());
        QCOMPARE(m->model()->rowCount(), 0);
        QVERIFY(
            m->findChild<CertNotice*>(QStringLiteral("downloadNotice"))->title().contains(QStringLiteral("cancelled")));
    }

    void tlsRefusalShowsTheFingerprintToTrust()
    {
        QTemporaryDir folder;
        auto m = downloadManager(folder.path());
        BackupDownloadPanel* panel = m->downloadPanel();
        panel->setTrust(BackupDownloadPanel::SystemCas); // the lab CA is not trusted by this computer
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        QSignalSpy finished(panel, &BackupDownloadPanel::finished);
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel->lastError()->kind, api::ApiError::Kind::Tls);
        const QString served = api::sha256Fingerprint(m_lab.primary()->servedChain().constFirst());
        auto* trust = m->findChild<QPushButton*>(QStringLiteral("downloadTrustServed"));
        QVERIFY(trust->isVisibleTo(m.get()));
        QVERIFY2(trust->text().contains(served), qPrintable(trust->text()));
        QCOMPARE(m->findChild<CertNotice*>(QStringLiteral("downloadNotice"))->level(), CertNotice::Level::Error);
        QCOMPARE(everything(folder.path()), QStringList());
        m->resize(1100, 860);
        save(m.get(), QStringLiteral("backup_manager_tls_refused"));

        // The operator compares the fingerprint and trusts exactly that certificate, then downloads again.
        trust->click();
        QCOMPARE(m->findChild<QComboBox*>(QStringLiteral("downloadTrust"))->currentData().toInt(),
                 int(BackupDownloadPanel::PinnedSha256));
        QCOMPARE(m->findChild<QLineEdit*>(QStringLiteral("downloadPin"))->text(), served);
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(panel->lastError()->message));
        QCOMPARE(m->model()->rowCount(), 1);
    }

    void wrongSecretAndBackupPassword()
    {
        QTemporaryDir folder;
        auto m = downloadManager(folder.path());
        BackupDownloadPanel* panel = m->downloadPanel();
        QSignalSpy finished(panel, &BackupDownloadPanel::finished);
        typeSecret(*m, "not the secret");
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel->lastError()->kind, api::ApiError::Kind::Auth);
        auto* notice = m->findChild<CertNotice*>(QStringLiteral("downloadNotice"));
        QCOMPARE(notice->level(), CertNotice::Level::Error);
        QVERIFY(notice->detail().contains(panel->lastError()->message));
        QCOMPARE(everything(folder.path()), QStringList());

        // The appliance wants a backup password: without it, a clear error; typed, the download works.
        m_lab.primary()->setBackupPassword("backup pass 1");
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(!notice->detail().isEmpty());
        QCOMPARE(everything(folder.path()), QStringList());
        typeSecret(*m, m_lab.defaultAccount().clientSecret);
        QTest::keyClicks(m->findChild<QLineEdit*>(QStringLiteral("downloadBackupPassword")),
                         QStringLiteral("backup pass 1"));
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(panel->lastError()->message));
        QVERIFY(m->findChild<QLineEdit*>(QStringLiteral("downloadBackupPassword"))->text().isEmpty());
    }

    void noSecretTypedAsksTheKeychainThenTheOperator()
    {
        QTemporaryDir folder;
        auto m = downloadManager(folder.path());
        m->show();
        auto* notice = m->findChild<CertNotice*>(QStringLiteral("downloadNotice"));
        m->findChild<QPushButton*>(QStringLiteral("downloadStart"))->click();
        // This test machine's keychain holds no such entry (or there is no keychain): the operator is asked.
        QTRY_VERIFY_WITH_TIMEOUT(!m->downloadPanel()->isRunning(), 30000);
        QCOMPARE(notice->level(), CertNotice::Level::Warning);
        QVERIFY(notice->title().contains(QStringLiteral("client secret")));
        QCOMPARE(everything(folder.path()), QStringList());
    }

    void accessibleAndKeyboard()
    {
        BackupManager m;
        m.show();
        QVERIFY(QTest::qWaitForWindowActive(&m));
        for (QWidget* w : m.findChildren<QWidget*>()) {
            const bool spinBoxPart = w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox");
            if ((qobject_cast<QLineEdit*>(w) && !spinBoxPart) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QTableView*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        // Tab reaches the Download now button from the folder field.
        m.findChild<QLineEdit*>(QStringLiteral("backupFolder"))->setFocus();
        auto* start = m.findChild<QPushButton*>(QStringLiteral("downloadStart"));
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == start;
        }
        QVERIFY(reached);
    }
};

QTEST_MAIN(TestBackups)
#include "tst_ui_backups.moc"
