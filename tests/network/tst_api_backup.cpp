// Backup downloads from the drill lab: streamed to disk, SHA-256 beside the file, atomic finish, names,
// password body, and nothing left behind on a drop, a cancel or an error.
#include "tst_api_support.h"

#include "api/BackupName.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// Before the test class: its data functions use them (a declaration after the first use does not compile).
Q_DECLARE_METATYPE(dr::lab::FaultKind)
Q_DECLARE_METATYPE(dr::api::ApiError::Kind)

using namespace dr::api;
using namespace dr::lab;
using namespace apitest;

namespace {

QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QStringList entries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestApiBackup : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;

    std::unique_ptr<BackupDownloader> downloader(const Credentials& c)
    {
        return std::make_unique<BackupDownloader>(settingsFor(m_lab, m_a), c, dr::SystemClock::instance());
    }
    std::unique_ptr<BackupDownloader> downloader() { return downloader(credentialsFor(m_lab.defaultAccount())); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lab.start(Topology::Single), qPrintable(m_lab.errorString()));
        m_a = m_lab.primary();
    }
    void init()
    {
        m_a->clearFaults();
        m_a->resetRequestCounts();
        m_a->setBackupPassword({});
        m_a->setBackupSize(3 * 1024 * 1024 + 17);
        m_lab.setContentDispositionEnabled(true);
        m_lab.setSiteName(QStringLiteral("drlab"));
    }

    void downloadWithServerName()
    {
        QTemporaryDir dir;
        auto d = downloader();
        qint64 lastProgress = 0;
        connect(d.get(), &BackupDownloader::progress, this, [&](qint64 received, qint64) { lastProgress = received; });
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->ok(), describe(d->error()));
        const BackupResult& r = d->result();
        QVERIFY(r.nameFromServer);
        QVERIFY2(r.fileName.startsWith(QStringLiteral("Bomgar-")), qPrintable(r.fileName));
        QVERIFY(r.fileName.contains(QStringLiteral("-drlab-")));
        QCOMPARE(r.bytes, m_a->backupSize());
        QCOMPARE(QFileInfo(r.filePath).size(), m_a->backupSize());
        QCOMPARE(lastProgress, m_a->backupSize());
        // SHA-256 matches the file, and the .sha256 file is in sha256sum format.
        QCOMPARE(r.sha256Hex.toLatin1(), fileSha256(r.filePath));
        QFile sum(r.sha256Path);
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QCOMPARE(sum.readAll(), r.sha256Hex.toLatin1() + "  " + r.fileName.toUtf8() + "\n");
        QCOMPARE(entries(dir).size(), 2); // the backup and its checksum, no temporary file
    }

    void downloadWithBuiltName()
    {
        m_lab.setContentDispositionEnabled(false);
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), std::nullopt, QStringLiteral("23.2.4"), QStringLiteral("support.example.com"),
                  QStringLiteral("0123abcd")});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->ok(), describe(d->error()));
        QVERIFY(!d->result().nameFromServer);
        const QString expected = QStringLiteral("Bomgar-23.2.4-support.example.com-") +
                                 QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM-dd")) +
                                 QStringLiteral("-0123abcd.nsb");
        QCOMPARE(d->result().fileName, expected);
        QVERIFY(QFileInfo::exists(dir.filePath(expected)));
        QVERIFY(QFileInfo::exists(dir.filePath(expected + QStringLiteral(".sha256"))));

        // A second download never overwrites the first.
        auto again = downloader();
        again->start({dir.path(), std::nullopt, QStringLiteral("23.2.4"), QStringLiteral("support.example.com"),
                      QStringLiteral("0123abcd")});
        QVERIFY(awaitDownload(*again));
        QVERIFY2(again->ok(), describe(again->error()));
        QVERIFY(again->result().fileName != expected);
        QCOMPARE(entries(dir).size(), 4);
    }

    void contentDispositionSanitised()
    {
        // The lab puts its site name into the Content-Disposition filename.
        m_lab.setSiteName(QStringLiteral("..\\..\\evil name;x"));
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->ok(), describe(d->error()));
        QVERIFY(d->result().nameFromServer);
        const QString name = d->result().fileName;
        QVERIFY2(!name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char('/')) &&
                     !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char(';')) &&
                     !name.startsWith(QLatin1Char('.')),
                 qPrintable(name));
        QCOMPARE(QFileInfo(d->result().filePath).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }

    void passwordSentAsJsonBody()
    {
        m_a->setBackupPassword("correct horse");
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), dr::Secret(QByteArray("correct horse")), {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->ok(), describe(d->error()));

        auto wrong = downloader();
        wrong->start({dir.path(), dr::Secret(QByteArray("battery staple")), {}, {}, {}});
        QVERIFY(awaitDownload(*wrong));
        QCOMPARE(wrong->error().kind, ApiError::Kind::ApiError);
        QVERIFY(!wrong->error().oneLine().contains(QStringLiteral("battery")));

        auto none = downloader();
        none->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*none));
        QCOMPARE(none->error().kind, ApiError::Kind::ApiError);
        QVERIFY(none->error().message.contains(QStringLiteral("password")));
        QCOMPARE(entries(dir).size(), 2); // only the successful download
    }

    void memoryStaysFlat_data()
    {
        QTest::addColumn<bool>("withPassword");
        QTest::newRow("GET") << false;
        QTest::newRow("POST with password body") << true;
    }
    void memoryStaysFlat()
    {
        // A consumer slower than the network (extra hashing per progress step) must not make the download pile
        // up in memory: the reply's read buffer stays bounded whatever the size.
        QFETCH(bool, withPassword);
        m_a->setBackupSize(48LL * 1024 * 1024);
        if (withPassword)
            m_a->setBackupPassword("pw-memory");
        QTemporaryDir dir;
        auto d = downloader();
        const QByteArray work(1024 * 1024, 'x');
        connect(d.get(), &BackupDownloader::progress, this, [&work](qint64, qint64) {
            QCryptographicHash h(QCryptographicHash::Sha512);
            for (int i = 0; i < 4; ++i)
                h.addData(work);
        });
        d->start({dir.path(),
                  withPassword ? std::optional<dr::Secret>(dr::Secret(QByteArray("pw-memory"))) : std::nullopt,
                  {},
                  {},
                  {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->ok(), describe(d->error()));
        QVERIFY2(d->peakBufferedBytes() <= 2 * 1024 * 1024, QByteArray::number(d->peakBufferedBytes()));
        QCOMPARE(d->result().sha256Hex.toLatin1(), fileSha256(d->result().filePath));
    }

    void droppedMidDownloadLeavesNothing()
    {
        m_a->injectFault({FaultKind::DropMidBackup, QStringLiteral("backup"), 0, m_a->backupSize() / 2, 1});
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->error().kind == ApiError::Kind::Network, describe(d->error()));
        QVERIFY(d->result().filePath.isEmpty());
        QVERIFY2(entries(dir).isEmpty(), qPrintable(entries(dir).join(u',')));
    }

    void cancelLeavesNothing()
    {
        m_a->setBackupSize(512LL * 1024 * 1024);
        QTemporaryDir dir;
        auto d = downloader();
        bool cancelled = false;
        connect(d.get(), &BackupDownloader::progress, this, [&](qint64 received, qint64) {
            if (!cancelled && received > 4 * 1024 * 1024) {
                cancelled = true;
                d->cancel();
            }
        });
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY(cancelled);
        QCOMPARE(d->error().kind, ApiError::Kind::Cancelled);
        QVERIFY2(entries(dir).isEmpty(), qPrintable(entries(dir).join(u',')));
    }

    void hangMidDownloadTimesOut()
    {
        m_a->injectFault({FaultKind::Hang, QStringLiteral("backup"), 0, 0, 1});
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d, kPatienceMs));
        QCOMPARE(d->error().kind, ApiError::Kind::Timeout);
        QVERIFY(entries(dir).isEmpty());
    }

    void missingPermission()
    {
        LabAccount noBackup{QStringLiteral("no-backup"), QByteArray("no-backup-secret"), QStringLiteral("full_access"),
                            false};
        m_lab.addAccount(noBackup);
        QTemporaryDir dir;
        auto d = downloader(credentialsFor(noBackup));
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QCOMPARE(d->error().kind, ApiError::Kind::Permission);
        QCOMPARE(d->error().missingPermission, QStringLiteral("perm_backup"));
        QVERIFY(d->error().message.contains(QStringLiteral("Backup API")));
        QVERIFY(entries(dir).isEmpty());
    }

    void expiredTokenRetriedOnce()
    {
        QTemporaryDir dir;
        auto warm = downloader();
        m_a->injectFault({FaultKind::ExpiredToken, QStringLiteral("backup"), 0, 0, 1});
        warm->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*warm));
        QVERIFY2(warm->ok(), describe(warm->error()));
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
        QCOMPARE(entries(dir).size(), 2);
    }

    void otherFaults_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<ApiError::Kind>("expected");
        QTest::newRow("down") << FaultKind::Down << ApiError::Kind::Network;
        QTest::newRow("http500") << FaultKind::Http500 << ApiError::Kind::Http;
        QTest::newRow("rate limited") << FaultKind::RateLimited << ApiError::Kind::RateLimited;
        QTest::newRow("wrong certificate") << FaultKind::WrongCertificate << ApiError::Kind::Tls;
        QTest::newRow("missing permission") << FaultKind::MissingPermission << ApiError::Kind::Permission;
        QTest::newRow("token refused") << FaultKind::InvalidCredentials << ApiError::Kind::Auth;
    }
    void otherFaults()
    {
        QFETCH(FaultKind, fault);
        QFETCH(ApiError::Kind, expected);
        const QString action =
            fault == FaultKind::InvalidCredentials ? QStringLiteral("token") : QStringLiteral("backup");
        m_a->injectFault({fault, action, 0, 0, -1});
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d, kPatienceMs));
        m_a->clearFaults();
        QVERIFY2(d->error().kind == expected, describe(d->error()));
        QVERIFY(entries(dir).isEmpty());
    }

    void unwritableFolder()
    {
        QTemporaryDir dir;
        auto d = downloader();
        d->start({dir.filePath(QStringLiteral("does-not-exist")), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QCOMPARE(d->error().kind, ApiError::Kind::Disk);
        QCOMPARE(m_a->requestCount(QStringLiteral("backup")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestApiBackup)
#include "tst_api_backup.moc"
