// The backup catalog (listing, sidecar checksums, verification in a worker thread, age) and rotation (keep the N
// newest verified, never the only good one, never a file that is not a backup).
#include "backup/BackupCatalog.h"
#include "backup/BackupRotation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::backup;
using V = BackupEntry::Verification;

namespace {

QString backupName(const QString& date, const QString& id)
{
    return QStringLiteral("Bomgar-23.2.4-support.example.com-%1-%2.nsb").arg(date, id);
}

// A backup file of `size` bytes and, unless sidecar is None, its .sha256 (right or wrong).
enum class Sidecar { Right, Wrong, None };
void makeBackup(const QString& dir, const QString& name, int size, Sidecar sidecar)
{
    QByteArray content(size, '\0');
    for (int i = 0; i < size; ++i)
        content[i] = char((i * 31 + name.size()) & 0xff);
    QFile f(QDir(dir).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    if (sidecar == Sidecar::None)
        return;
    QByteArray hex = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    if (sidecar == Sidecar::Wrong)
        hex[0] = hex[0] == '0' ? '1' : '0';
    QFile s(QDir(dir).filePath(name + QStringLiteral(".sha256")));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(hex + "  " + name.toUtf8() + "\n");
}

QStringList files(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString a = backupName(QStringLiteral("2026-11-20"), QStringLiteral("aaaa01"));
    const QString b = backupName(QStringLiteral("2026-11-21"), QStringLiteral("bbbb02"));
    const QString c = backupName(QStringLiteral("2026-11-22"), QStringLiteral("cccc03")); // damaged
    const QString d = backupName(QStringLiteral("2026-11-23"), QStringLiteral("dddd04"));
    const QString e = backupName(QStringLiteral("2026-11-24"), QStringLiteral("eeee05")); // no sidecar

    void populate(const QString& dir)
    {
        makeBackup(dir, a, 3000, Sidecar::Right);
        makeBackup(dir, b, 4000, Sidecar::Right);
        makeBackup(dir, c, 5000, Sidecar::Wrong);
        makeBackup(dir, d, 6000, Sidecar::Right);
        makeBackup(dir, e, 7000, Sidecar::None);
        makeBackup(dir, QStringLiteral("random.nsb"), 100, Sidecar::Right);
        // No date in its name: it is placed by its modification time.
        QFile random(QDir(dir).filePath(QStringLiteral("random.nsb")));
        QVERIFY(random.open(QIODevice::ReadWrite));
        QVERIFY(
            random.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC), QFileDevice::FileModificationTime));
        QFile notes(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a backup");
        QVERIFY(QDir(dir).mkdir(QStringLiteral("old.nsb"))); // a folder named like a backup
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        populate(m_dir.path());
    }

    void listsNewestFirstWithoutHashing()
    {
        const QList<BackupEntry> list = BackupCatalog::list(m_dir.path());
        QStringList names;
        for (const BackupEntry& x : list)
            names << x.fileName;
        QCOMPARE(names.mid(0, 5), (QStringList{e, d, c, b, a}));
        QVERIFY(names.contains(QStringLiteral("random.nsb")));
        QVERIFY(!names.contains(QStringLiteral("notes.txt")));
        QVERIFY(!names.contains(QStringLiteral("old.nsb")));
        const BackupEntry& first = list.first();
        QCOMPARE(first.version, QStringLiteral("23.2.4"));
        QCOMPARE(first.size, qint64(7000));
        QCOMPARE(first.verification, V::NoChecksum);
        QCOMPARE(list.at(1).verification, V::NotVerified);
        QCOMPARE(list.at(1).recordedSha256.size(), 64);
        QCOMPARE(list.last().fileName, QStringLiteral("random.nsb")); // oldest by its modification time
        QVERIFY(!list.last().name);                                   // not a backup-style name
    }

    void verifiesInAWorkerThread()
    {
        BackupCatalog catalog;
        catalog.setFolder(m_dir.path());
        QSignalSpy done(&catalog, &BackupCatalog::verificationFinished);
        catalog.verifyAll();
        QVERIFY(catalog.isVerifying());
        QCOMPARE(catalog.find(d)->verification, V::Verifying);
        QVERIFY(done.wait(20000));
        QCOMPARE(catalog.find(a)->verification, V::Verified);
        QCOMPARE(catalog.find(d)->verification, V::Verified);
        QCOMPARE(catalog.find(c)->verification, V::Mismatch);
        QVERIFY(catalog.find(c)->verifyMessage.contains(QStringLiteral("fresh backup")));
        QCOMPARE(catalog.find(e)->verification, V::NoChecksum);
        QCOMPARE(catalog.newestUsable()->fileName, d);
        // A refresh keeps what is known about unchanged files.
        catalog.refresh();
        QCOMPARE(catalog.find(d)->verification, V::Verified);
    }

    void ageAndStaleness()
    {
        dr::ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        BackupCatalog catalog(clock);
        QVERIFY(catalog.isStale(3600)); // no folder: no backup
        catalog.setFolder(m_dir.path());
        QCOMPARE(catalog.newest()->fileName, e);
        QCOMPARE(catalog.newestAgeSecs(), std::optional<qint64>(2 * 86400 + 12 * 3600));
        QVERIFY(!catalog.isStale(3 * 86400));
        QVERIFY(catalog.isStale(86400));
    }

    void destroyedWhileVerifying()
    {
        auto catalog = std::make_unique<BackupCatalog>();
        catalog->setFolder(m_dir.path());
        catalog->verifyAll();
        catalog.reset(); // waits for the worker; no late delivery to a dead object
        QTest::qWait(0);
    }

    void rotationKeepsTheNewestVerified()
    {
        QTemporaryDir dir;
        populate(dir.path());
        const RotationResult r = BackupRotation::rotate(dir.path(), 2);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.kept, (QStringList{d, b}));
        QCOMPARE(r.removed, QStringList{a});
        const QStringList left = files(dir.path());
        QVERIFY(!left.contains(a));
        QVERIFY(!left.contains(a + QStringLiteral(".sha256")));
        for (const QString& keep : {b, c, d, e, QStringLiteral("random.nsb"), QStringLiteral("notes.txt")})
            QVERIFY2(left.contains(keep), qPrintable(keep));
        QVERIFY(QFileInfo(QDir(dir.path()).filePath(QStringLiteral("old.nsb"))).isDir());
        QVERIFY(r.untouched.contains(c));
        QVERIFY(r.untouched.contains(e));
    }

    void rotationKeepOne()
    {
        QTemporaryDir dir;
        populate(dir.path());
        const RotationResult r = BackupRotation::rotate(dir.path(), 1);
        QCOMPARE(r.kept, QStringList{d});
        QCOMPARE(r.removed, (QStringList{c, b, a})); // older than the kept one: the damaged one goes too
    }

    void neverDeletesTheOnlyGoodBackup()
    {
        QTemporaryDir dir;
        makeBackup(dir.path(), c, 5000, Sidecar::Wrong);
        makeBackup(dir.path(), d, 6000, Sidecar::Wrong);
        makeBackup(dir.path(), a, 3000, Sidecar::Right); // the oldest is the only good one
        const RotationResult r = BackupRotation::rotate(dir.path(), 1);
        QVERIFY(r.removed.isEmpty());
        QCOMPARE(r.kept, QStringList{a});
        QCOMPARE(files(dir.path()).size(), 6);

        QTemporaryDir bad;
        makeBackup(bad.path(), c, 5000, Sidecar::Wrong);
        makeBackup(bad.path(), b, 5000, Sidecar::Wrong);
        const RotationResult none = BackupRotation::rotate(bad.path(), 1);
        QVERIFY(none.removed.isEmpty());
        QVERIFY(none.kept.isEmpty());
        QCOMPARE(files(bad.path()).size(), 4);
    }

    void planIsPure()
    {
        QList<BackupEntry> entries = BackupCatalog::list(m_dir.path());
        // Nothing verified yet: nothing may be deleted.
        QVERIFY(BackupRotation::plan(entries, 1).isEmpty());
        for (BackupEntry& x : entries)
            x = BackupCatalog::verifyNow(x.path);
        QCOMPARE(BackupRotation::plan(entries, 3), QStringList());
        QCOMPARE(BackupRotation::plan(entries, 2), QStringList{a});
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "tst_backup_catalog.moc"
