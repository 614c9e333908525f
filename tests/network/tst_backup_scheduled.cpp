// The scheduled backup of a site profile against the drill lab over real TLS: download from the primary, verify,
// rotate, log; a dropped or hung download leaves the older backups as they were and no partial file.
#include "backup/BackupLog.h"
#include "backup/ScheduledBackup.h"
#include "lab/Lab.h"
#include "site/SiteFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr;
using namespace dr::lab;

namespace {

void makeOldBackup(const QString& dir, const QString& date)
{
    const QString name = QStringLiteral("Bomgar-23.2.4-support.example.com-%1-0ld%2.nsb").arg(date, date.right(2));
    const QByteArray content = "old backup " + date.toUtf8();
    QFile f(QDir(dir).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    QFile s(f.fileName() + QStringLiteral(".sha256"));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + "\n");
}

QStringList files(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList logLines(const QString& dir)
{
    QFile f(QDir(dir).filePath(backup::ScheduledBackup::logFileName()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestBackupScheduled : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    QTemporaryDir m_dir;
    QString m_caFile;

    site::Appliance applianceFor(const QString& labName, const QString& role) const
    {
        const LabAppliance* a = m_lab.appliance(labName);
        site::Appliance out;
        out.name = labName;
        out.model = QStringLiteral("B300");
        out.serial = QStringLiteral("SN-") + labName;
        out.fqdn = a->hostname();
        out.failoverRole = role;
        out.routingMethod = QStringLiteral("dns_swing");
        out.api.url = a->url().toString();
        out.api.caFile = m_caFile;
        return out;
    }

    site::SiteProfile profile(const QString& folder, bool swapped = false) const
    {
        site::SiteProfile p;
        p.site.name = QStringLiteral("Lab HQ");
        p.site.fqdn = QStringLiteral("support.example.com");
        p.appliances << applianceFor(QStringLiteral("primary"),
                                     swapped ? QStringLiteral("backup") : QStringLiteral("primary"))
                     << applianceFor(QStringLiteral("backup"),
                                     swapped ? QStringLiteral("primary") : QStringLiteral("backup"));
        p.apiAccounts << site::ApiAccount{
            m_lab.defaultAccount().clientId, QStringLiteral("lab"), QStringLiteral("full_access"), {}};
        p.backups.folder = folder;
        p.backups.keep = 2;
        return p;
    }

    backup::ScheduledBackupResult run(const site::SiteProfile& p, int transferTimeoutMs = 4000)
    {
        backup::ScheduledBackup job(p, m_dir.filePath(QStringLiteral("site.json")), SystemClock::instance());
        api::Credentials c;
        c.clientId = m_lab.defaultAccount().clientId;
        c.secret = Secret(m_lab.defaultAccount().clientSecret);
        job.setCredentials(c);
        job.setTimeouts(transferTimeoutMs, 0);
        job.start();
        if (!QTest::qWaitFor([&] { return job.isFinished(); }, 120000)) {
            backup::ScheduledBackupResult never;
            never.reason = QStringLiteral("never finished");
            return never;
        }
        return job.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString()));
        m_caFile = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        QVERIFY(m_lab.writeCaFile(m_caFile));
    }
    void init()
    {
        for (LabAppliance* a : m_lab.appliances()) {
            a->clearFaults();
            a->setBackupSize(1024 * 1024 + 3);
        }
        m_lab.setSiteName(QStringLiteral("drlab"));
    }

    void downloadsVerifiesRotatesAndLogs()
    {
        QTemporaryDir folder;
        for (const char* date : {"2026-01-01", "2026-01-02", "2026-01-03"})
            makeOldBackup(folder.path(), QString::fromLatin1(date));
        QFile other(folder.filePath(QStringLiteral("README.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const backup::ScheduledBackupResult r = run(profile(folder.path()));
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.appliance, QStringLiteral("primary"));
        QCOMPARE(r.version, QStringLiteral("23.2.4"));
        QCOMPARE(r.bytes, qint64(1024 * 1024 + 3));
        QCOMPARE(QFileInfo(r.filePath).size(), r.bytes);
        QCOMPARE(r.rotation.kept.size(), 2);
        QCOMPARE(r.rotation.kept.first(), QFileInfo(r.filePath).fileName());
        QCOMPARE(r.rotation.removed.size(), 2);
        QVERIFY(!r.reason.contains(QLatin1Char('\n')));
        const QStringList left = files(folder.path());
        QVERIFY2(left.contains(QFileInfo(r.filePath).fileName()), qPrintable(left.join(u',')));
        QVERIFY(left.contains(QStringLiteral("Bomgar-23.2.4-support.example.com-2026-01-03-0ld03.nsb")));
        QVERIFY(!left.contains(QStringLiteral("Bomgar-23.2.4-support.example.com-2026-01-01-0ld01.nsb")));
        QVERIFY(!left.contains(QStringLiteral("Bomgar-23.2.4-support.example.com-2026-01-01-0ld01.nsb.sha256")));
        QVERIFY(left.contains(QStringLiteral("README.txt")));
        const QStringList log = logLines(folder.path());
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().contains(QStringLiteral(" OK ")) && log.first().contains(r.sha256),
                 qPrintable(log.first()));

        // Run again: still 2 kept, one more line in the log. (Another site name, so that the lab's second name
        // differs even within the same second.)
        m_lab.setSiteName(QStringLiteral("drlab-again"));
        const backup::ScheduledBackupResult again = run(profile(folder.path()));
        QVERIFY2(again.ok, qPrintable(again.reason));
        QCOMPARE(again.rotation.kept.size(), 2);
        QCOMPARE(logLines(folder.path()).size(), 2);
        const auto last = backup::BackupLog::last(folder.path());
        QVERIFY(last && last->ok);
        QCOMPARE(last->file, QFileInfo(again.filePath).fileName());
        QCOMPARE(last->site, QStringLiteral("Lab HQ"));
        QCOMPARE(backup::BackupLog::tail(folder.path()).size(), 2);
        int backups = 0;
        for (const QString& f : files(folder.path()))
            backups += f.endsWith(QStringLiteral(".nsb")) ? 1 : 0;
        QCOMPARE(backups, 2);
    }

    void droppedDownloadLeavesOlderBackupsIntact()
    {
        QTemporaryDir folder;
        makeOldBackup(folder.path(), QStringLiteral("2026-01-01"));
        makeOldBackup(folder.path(), QStringLiteral("2026-01-02"));
        makeOldBackup(folder.path(), QStringLiteral("2026-01-03"));
        const QStringList before = files(folder.path());
        m_lab.appliance(QStringLiteral("primary"))
            ->injectFault({FaultKind::DropMidBackup, QStringLiteral("backup"), 0, 300 * 1024, 1});
        const backup::ScheduledBackupResult r = run(profile(folder.path()));
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.contains(QStringLiteral("older backups kept")), qPrintable(r.reason));
        QVERIFY(!r.reason.contains(QLatin1Char('\n')));
        QStringList after = files(folder.path());
        after.removeAll(backup::ScheduledBackup::logFileName());
        QCOMPARE(after, before); // the three old ones (not rotated) and no partial file
        const QStringList log = logLines(folder.path());
        QCOMPARE(log.size(), 1);
        QVERIFY2(log.first().contains(QStringLiteral(" FAILED ")), qPrintable(log.first()));
        const auto last = backup::BackupLog::last(folder.path());
        QVERIFY(last && !last->ok);
        QCOMPARE(last->reason,
                 QString(r.reason).replace(QLatin1Char('"'), QLatin1Char('\''))); // quotes swapped in the log
        QCOMPARE(last->appliance, QStringLiteral("primary"));
    }

    void hungDownloadTimesOutAndLeavesNothing()
    {
        QTemporaryDir folder;
        makeOldBackup(folder.path(), QStringLiteral("2026-01-01"));
        const QStringList before = files(folder.path());
        m_lab.appliance(QStringLiteral("primary"))->injectFault({FaultKind::Hang, QStringLiteral("backup"), 0, 0, 1});
        const backup::ScheduledBackupResult r = run(profile(folder.path()), 1000);
        QVERIFY(!r.ok);
        QVERIFY2(!r.reason.isEmpty() && !r.reason.contains(QLatin1Char('\n')), qPrintable(r.reason));
        QStringList after = files(folder.path());
        after.removeAll(backup::ScheduledBackup::logFileName());
        QCOMPARE(after, before);
    }

    void followsAFailover()
    {
        // The profile still records the lab's backup as primary (written before a failover): the job asks each
        // failover member and downloads from the one that is primary now.
        QTemporaryDir folder;
        const backup::ScheduledBackupResult r = run(profile(folder.path(), true));
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.appliance, QStringLiteral("primary"));
    }

    void unreachableApplianceFails()
    {
        QTemporaryDir folder;
        makeOldBackup(folder.path(), QStringLiteral("2026-01-01"));
        site::SiteProfile p = profile(folder.path());
        p.backups.fromAppliance = QStringLiteral("backup");
        m_lab.appliance(QStringLiteral("backup"))->injectFault({FaultKind::Down, QString(), 0, 0, -1});
        const backup::ScheduledBackupResult r = run(p, 1000);
        m_lab.appliance(QStringLiteral("backup"))->clearFaults();
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.contains(QStringLiteral("backup")), qPrintable(r.reason));
        QCOMPARE(files(folder.path()).size(), 3); // the old backup, its checksum, the log
    }

    void noFolderConfigured()
    {
        site::SiteProfile p = profile(QString());
        const backup::ScheduledBackupResult r = run(p);
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.contains(QStringLiteral("backups.folder")), qPrintable(r.reason));
    }
};

QTEST_MAIN(TestBackupScheduled)
#include "tst_backup_scheduled.moc"
