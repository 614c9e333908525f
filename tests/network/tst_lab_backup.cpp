// Backups from the drill lab: streamed at any size with flat memory, named, password protected, cut mid-way.

#include "tst_lab_support.h"

#include "lab/LabBackup.h"

#include <QCryptographicHash>
#include <QFile>

using namespace dr::lab;

namespace {
// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Download
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    qint64 bytes = 0;
    QByteArray sha256;
    QByteArray disposition;
    QByteArray firstBytes;
};

// Streams /api/backup, hashing as it arrives and keeping nothing but the first bytes.
Download download(LabTestClient& c, const QUrl& base, const QByteArray& token, const QByteArray& jsonBody = {})
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/backup"));
    QNetworkRequest request = c.request(url, token, 60000);
    QNetworkReply* reply = nullptr;
    if (jsonBody.isEmpty()) {
        reply = c.nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = c.nam.post(request, jsonBody);
    }
    reply->setReadBufferSize(256 * 1024);
    Download d;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        if (d.firstBytes.size() < 256)
            d.firstBytes += chunk.left(256 - d.firstBytes.size());
        d.bytes += chunk.size();
        hash.addData(chunk);
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(280000);
    const QByteArray rest = reply->readAll();
    d.bytes += rest.size();
    hash.addData(rest);
    if (d.firstBytes.size() < 256)
        d.firstBytes += rest.left(256 - d.firstBytes.size());
    d.error = reply->error();
    d.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    d.disposition = reply->rawHeader("Content-Disposition");
    d.sha256 = hash.result();
    reply->deleteLater();
    return d;
}
} // namespace

class TestLabBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_lab.start(Topology::Single), qPrintable(m_lab.errorString())); }

    void generatorIsDeterministicAndSeekable()
    {
        const quint64 seed = LabBackup::seedFor(QStringLiteral("0123456789abcdef0123456789abcdef"));
        const QByteArray whole = LabBackup::bytes(seed, 0, 1000);
        QCOMPARE(whole.size(), 1000);
        QCOMPARE(LabBackup::bytes(seed, 123, 77), whole.mid(123, 77));
        QCOMPARE(LabBackup::bytes(seed, 3, 5), whole.mid(3, 5));
        QVERIFY(LabBackup::bytes(seed + 1, 100, 100) != whole.mid(100, 100));
        QCOMPARE(LabBackup::defaultFileName(QStringLiteral("23.2.4 (41027-abc)"), QStringLiteral("site"),
                                            QDate(2026, 11, 25), QStringLiteral("u1")),
                 QStringLiteral("Bomgar-23.2.4-site-20261125-u1.nsb"));
    }

    void largeBackupStreamsWithFlatMemory()
    {
        LabAppliance* a = m_lab.appliance(QStringLiteral("primary"));
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 size = 64LL * 1024 * 1024 + 12345; // ASan is slow, and its quarantine keeps freed memory
#else
        constexpr qint64 size = 384LL * 1024 * 1024 + 12345; // not a multiple of the chunk size
#endif
        a->setBackupSize(size);
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(a->url(), m_lab.defaultAccount());
        const qint64 before = peakRssKiB();
        const Download d = download(c, a->url(), token);
        const qint64 after = peakRssKiB();
        QCOMPARE(d.error, QNetworkReply::NoError);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.bytes, size);
        QVERIFY(d.firstBytes.startsWith("DRLAB-NSB"));
        QCOMPARE(d.sha256, LabBackup::sha256(LabBackup::seedFor(a->guid()), size));
        // Neither the lab nor the client held the backup: peak memory grew by far less than its size.
        qInfo("peak RSS before %lld KiB, after %lld KiB, backup %lld KiB", before, after, size / 1024);
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(after - before < 96 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
#endif
        QCOMPARE(a->requestCount(QStringLiteral("backup")), qint64(1));
    }

    void contentDispositionFollowsTheVendorOrder()
    {
        LabAppliance* a = m_lab.appliance(QStringLiteral("primary"));
        a->setBackupSize(1000);
        m_lab.setSiteName(QStringLiteral("support-example"));
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(a->url(), m_lab.defaultAccount());
        const Download named = download(c, a->url(), token);
        const QString version = a->version().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(named.disposition.startsWith(
                     QByteArray("attachment; filename=\"Bomgar-" + version.toUtf8() + "-support-example-")),
                 named.disposition.constData());
        QVERIFY(named.disposition.endsWith(".nsb\""));
        m_lab.setContentDispositionEnabled(false);
        const Download anonymous = download(c, a->url(), token);
        QVERIFY(anonymous.disposition.isEmpty());
        QCOMPARE(anonymous.bytes, qint64(1000));
        m_lab.setContentDispositionEnabled(true);
    }

    void passwordProtectedBackup()
    {
        LabAppliance* a = m_lab.appliance(QStringLiteral("primary"));
        a->setBackupSize(5000);
        a->setBackupPassword("correct horse");
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(a->url(), m_lab.defaultAccount());
        const Download missing = download(c, a->url(), token);
        QVERIFY(missing.firstBytes.contains("<error"));
        const Download wrong = download(c, a->url(), token, R"({"password":"battery staple"})");
        QVERIFY(wrong.firstBytes.contains("<error"));
        const Download right = download(c, a->url(), token, R"({"password":"correct horse"})");
        QCOMPARE(right.bytes, qint64(5000));
        QCOMPARE(right.sha256, LabBackup::sha256(LabBackup::seedFor(a->guid()), 5000));
        a->setBackupPassword({});
    }

    void withoutBackupPermissionItIsDocumentNotFound()
    {
        LabAppliance* a = m_lab.appliance(QStringLiteral("primary"));
        const LabAccount noBackup{QStringLiteral("no-backup"), "pw", QStringLiteral("full_access"), false};
        m_lab.addAccount(noBackup);
        LabTestClient c(m_lab.caCertificate());
        const Download d = download(c, a->url(), c.token(a->url(), noBackup));
        QCOMPARE(d.status, 200);
        QVERIFY(d.firstBytes.contains("Document Not Found"));
    }

    void droppedMidBackup()
    {
        LabAppliance* a = m_lab.appliance(QStringLiteral("primary"));
        a->setBackupSize(8 * 1024 * 1024);
        a->injectFault({FaultKind::DropMidBackup, QStringLiteral("backup"), 0, 3 * 1024 * 1024, 1});
        LabTestClient c(m_lab.caCertificate());
        const QByteArray token = c.token(a->url(), m_lab.defaultAccount());
        const Download cut = download(c, a->url(), token);
        QVERIFY2(cut.error != QNetworkReply::NoError, "a cut download must fail");
        // The lab cuts the connection after 3 MiB; what was still in flight may be lost with it.
        QVERIFY2(cut.bytes > 0 && cut.bytes <= qint64(3 * 1024 * 1024), qPrintable(QString::number(cut.bytes)));
        // The fault was for one download: the next one completes.
        const Download whole = download(c, a->url(), token);
        QCOMPARE(whole.error, QNetworkReply::NoError);
        QCOMPARE(whole.bytes, qint64(8 * 1024 * 1024));
    }

private:
    Lab m_lab;
};

QTEST_GUILESS_MAIN(TestLabBackup)
#include "tst_lab_backup.moc"
