// Reliability under faults the other network tests do not make: a connection RESET (RST) mid-backup, a reply that
// stalls forever mid-body, a FULL DISK during a backup, a token that expires on the appliance in the middle of a
// run, and the appliance's certificate changing between two calls under pinned trust. Each ends in a typed error
// with a message that says what to do, and a failed backup leaves nothing behind.
#include "tst_api_relay.h"
#include "tst_api_support.h"

#include "api/Tls.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace dr::api;
// Before the test class: its data functions use it (a declaration after the first use does not compile).
Q_DECLARE_METATYPE(dr::lab::ExpiredTokenStyle)

using namespace dr::lab;
using namespace apitest;

namespace {

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A folder that runs out of space: a small tmpfs mounted on it when this process may mount (root), else a file
// size limit on this process (RLIMIT_FSIZE: a write beyond it fails with EFBIG instead of ENOSPC, through the same
// code path). `limit` is the space left for the backup.
class FullDisk
{
public:
    explicit FullDisk(const QString& mountPoint, qint64 limit) : m_path(mountPoint)
    {
        const QByteArray options = "size=" + QByteArray::number(limit) + ",mode=0700";
        if (::geteuid() == 0 &&
            ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, options.constData()) == 0) {
            m_mounted = true;
            return;
        }
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit small = m_saved;
        small.rlim_cur = static_cast<rlim_t>(limit);
        m_limited = ::setrlimit(RLIMIT_FSIZE, &small) == 0;
        m_oldSignal = std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG rather than killing the process
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
        if (m_limited) {
            ::setrlimit(RLIMIT_FSIZE, &m_saved);
            std::signal(SIGXFSZ, m_oldSignal);
        }
    }
    bool ready() const { return m_mounted || m_limited; }
    bool isTmpfs() const { return m_mounted; }

private:
    QString m_path;
    bool m_mounted = false;
    bool m_limited = false;
    rlimit m_saved{};
    void (*m_oldSignal)(int) = nullptr;
};

} // namespace

class TestApiReliability : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;

    Credentials creds() const { return credentialsFor(m_lab.defaultAccount()); }
    std::unique_ptr<BackupDownloader> downloader(const ConnectionSettings& s)
    {
        return std::make_unique<BackupDownloader>(s, creds(), dr::SystemClock::instance());
    }
    ConnectionSettings viaRelay(const FaultRelay& relay) const
    {
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.baseUrl.setPort(relay.port());
        return s;
    }

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
        m_a->serveLabCertificate();
        m_a->setBackupSize(3 * 1024 * 1024);
        m_lab.setTimeScale(1.0);
        m_lab.setTokenLifetimeSecs(3600);
        m_lab.setExpiredTokenStyle(ExpiredTokenStyle::Json);
    }

    void connectionResetMidBackup()
    {
        FaultRelay relay(m_a->port(), FaultRelay::Mode::Reset, 1024 * 1024); // RST after ~1 MiB of the reply
        QTemporaryDir dir;
        auto d = downloader(viaRelay(relay));
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY(relay.tripped());
        QVERIFY2(d->error().kind == ApiError::Kind::Network, describe(d->error()));
        QVERIFY2(d->error().message.contains(QStringLiteral("try again"), Qt::CaseInsensitive), describe(d->error()));
        QVERIFY(d->result().filePath.isEmpty());
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u',')));
    }

    void replyStallsForeverMidBackup()
    {
        // The appliance sends the headers and part of the body, then nothing ever again (connection kept open).
        FaultRelay relay(m_a->port(), FaultRelay::Mode::Stall, 512 * 1024);
        QTemporaryDir dir;
        auto d = downloader(viaRelay(relay));
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d, kPatienceMs));
        QVERIFY(relay.tripped());
        QVERIFY2(d->error().kind == ApiError::Kind::Timeout, describe(d->error()));
        QVERIFY2(d->error().message.contains(QStringLiteral("stopped answering")), describe(d->error()));
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u',')));
    }

    void applianceThatHangsForever()
    {
        // Accepts the request, never answers: the call ends with the client's own timeout and says what to check.
        ApiClient c(settingsFor(m_lab, m_a), creds(), dr::SystemClock::instance());
        m_a->injectFault({FaultKind::Hang, QStringLiteral("check_health"), 0, 0, -1});
        const auto r = await(c.checkHealth());
        QVERIFY2(r.error.kind == ApiError::Kind::Timeout, describe(r.error));
        QVERIFY2(r.error.message.contains(QStringLiteral("127.0.0.1")), describe(r.error));
        QVERIFY2(r.error.message.contains(QStringLiteral("reachable"), Qt::CaseInsensitive), describe(r.error));
        m_a->clearFaults();
        QVERIFY(await(c.checkHealth()).ok()); // and the client is usable again
    }

    void fullDiskDuringBackup()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        m_a->setBackupSize(8 * 1024 * 1024);
        // Room for the whole backup when the download starts (the free-space pre-check passes)...
        FullDisk disk(mountPoint, 10 * 1024 * 1024);
        QVERIFY(disk.ready());
        const QString out = mountPoint + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        auto d = downloader(settingsFor(m_lab, m_a));
        bool filled = !disk.isTmpfs(); // (under the file size limit the backup is made bigger than the limit instead)
        connect(d.get(), &BackupDownloader::progress, this, [&](qint64 received, qint64) {
            if (filled || received < 1024 * 1024)
                return;
            // ...then something else fills the disk while the backup streams in.
            filled = true;
            QFile filler(mountPoint + QStringLiteral("/filler"));
            if (filler.open(QIODevice::WriteOnly)) {
                const QByteArray block(64 * 1024, 'x');
                while (filler.write(block) == block.size()) {
                }
            }
        });
        if (!disk.isTmpfs())
            m_a->setBackupSize(12 * 1024 * 1024); // beyond the 10 MiB file size limit
        d->start({out, std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY(filled);
        const ApiError& e = d->error();
        QVERIFY2(e.kind == ApiError::Kind::Disk, describe(e));
        QVERIFY2(e.message.contains(QStringLiteral("Nothing was saved")), describe(e));
        QVERIFY2(e.message.contains(QStringLiteral("Free some disk space")), describe(e));
        QVERIFY2(e.message.contains(out), describe(e)); // names where it was writing
        const QString expected =
            disk.isTmpfs() ? QString::fromLocal8Bit(strerror(ENOSPC)) : QString::fromLocal8Bit(strerror(EFBIG));
        QVERIFY2(e.detail.contains(expected), QByteArray(describe(e) + " / " + e.detail.toUtf8()).constData());
        QVERIFY(d->result().filePath.isEmpty());
        QVERIFY2(entries(out).isEmpty(), qPrintable(entries(out).join(u','))); // no partial or temporary file
    }

    void tokenExpiresOnTheApplianceMidRun_data()
    {
        QTest::addColumn<ExpiredTokenStyle>("style");
        QTest::newRow("json 401") << ExpiredTokenStyle::Json;
        QTest::newRow("xml error") << ExpiredTokenStyle::Xml;
    }
    void tokenExpiresOnTheApplianceMidRun()
    {
        // The client's clock says the token is still good (frozen here, as with a clock that lags the appliance's);
        // the appliance's clock runs on and the token really expires there between two calls of a run of polls.
        QFETCH(ExpiredTokenStyle, style);
        m_lab.setExpiredTokenStyle(style);
        m_lab.setTokenLifetimeSecs(400); // lab seconds
        dr::ManualClock clock(QDateTime::currentDateTimeUtc());
        TokenManager tokens(clock);
        ApiClient c(settingsFor(m_lab, m_a), creds(), clock, &tokens);
        for (int i = 0; i < 3; ++i) {
            const auto r = await(c.checkHealth());
            QVERIFY2(r.ok(), describe(r.error));
        }
        const QDateTime issuedBefore = m_lab.labNow(); // the token was issued before this (lab time)
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(1));
        m_lab.setTimeScale(200.0); // the appliance's clock runs on: its 400 s pass in about 2 real seconds
        QVERIFY(QTest::qWaitFor([&] { return m_lab.labNow() > issuedBefore.addSecs(401); }, 20000));
        m_lab.setTimeScale(1.0); // the next token lives 400 real seconds
        for (int i = 0; i < 3; ++i) {
            int attempts = 0;
            const auto r = awaitCounting(c.getAppliances(), &attempts);
            QVERIFY2(r.ok(), describe(r.error));
            QCOMPARE(attempts, i == 0 ? 2 : 1); // the first call after expiry re-authenticated, once
        }
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(2));
    }

    void certificateChangesBetweenTwoCallsWhenPinned()
    {
        // Trust by pin only (no CA): the first call sees the pinned certificate, then the appliance serves another.
        ConnectionSettings s = settingsFor(m_lab, m_a);
        s.trust.caCertificates.clear();
        const QSslCertificate pinned = m_a->servedChain().first();
        s.trust.pinnedSha256 = pinned.digest(QCryptographicHash::Sha256);
        ApiClient c(s, creds(), dr::SystemClock::instance());
        const auto first = await(c.checkHealth());
        QVERIFY2(first.ok(), describe(first.error));

        m_a->serveFactoryDefaultCertificate();
        const QSslCertificate replaced = m_a->servedChain().first();
        QVERIFY(replaced != pinned);
        const auto second = await(c.checkHealth());
        QVERIFY2(second.error.kind == ApiError::Kind::Tls, describe(second.error));
        QVERIFY2(second.error.message.contains(sha256Fingerprint(replaced)), describe(second.error));
        QVERIFY(!second.error.message.contains(sha256Fingerprint(pinned)));
        QVERIFY2(second.error.message.contains(QStringLiteral("pin")), describe(second.error));
        QCOMPARE(second.error.certificateSha256, sha256Fingerprint(replaced));

        // A backup over the same pinned settings is refused the same way and writes nothing.
        QTemporaryDir dir;
        auto d = downloader(s);
        d->start({dir.path(), std::nullopt, {}, {}, {}});
        QVERIFY(awaitDownload(*d));
        QVERIFY2(d->error().kind == ApiError::Kind::Tls, describe(d->error()));
        QVERIFY(d->error().message.contains(sha256Fingerprint(replaced)));
        QVERIFY(entries(dir.path()).isEmpty());

        // Back to the pinned certificate: accepted again.
        m_a->serveLabCertificate();
        QVERIFY(await(c.checkHealth()).ok());
    }
};

QTEST_GUILESS_MAIN(TestApiReliability)
#include "tst_api_reliability.moc"
