// drrunbook-cli health | appliances | backup against the drill lab (served in this process) over real TLS.
#include "lab/Lab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::lab;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT
private:
    Lab m_lab;
    LabAppliance* m_a = nullptr;
    QTemporaryDir m_dir;
    QString m_caFile;

    CliRun cli(const QStringList& args, bool withCredentials = true, const QByteArray& backupPassword = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DRRUNBOOK_CLIENT_ID"));
        env.remove(QStringLiteral("DRRUNBOOK_CLIENT_SECRET"));
        env.remove(QStringLiteral("DRRUNBOOK_BACKUP_PASSWORD"));
        if (withCredentials) {
            env.insert(QStringLiteral("DRRUNBOOK_CLIENT_ID"), m_lab.defaultAccount().clientId);
            env.insert(QStringLiteral("DRRUNBOOK_CLIENT_SECRET"),
                       QString::fromUtf8(m_lab.defaultAccount().clientSecret));
        }
        if (!backupPassword.isEmpty())
            env.insert(QStringLiteral("DRRUNBOOK_BACKUP_PASSWORD"), QString::fromUtf8(backupPassword));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(DR_CLI_PATH), args);
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        // The lab answers from this process's event loop: keep it running while the CLI works.
        const bool ended = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000);
        if (!ended) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    QStringList base() const
    {
        return {QStringLiteral("--url"), m_a->url().toString(), QStringLiteral("--ca"), m_caFile};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_lab.start(Topology::Pair), qPrintable(m_lab.errorString()));
        m_a = m_lab.appliance(QStringLiteral("primary"));
        m_caFile = m_dir.filePath(QStringLiteral("lab-ca.pem"));
        QVERIFY(m_lab.writeCaFile(m_caFile));
    }
    void init()
    {
        m_a->clearFaults();
        m_a->resetRequestCounts();
    }

    void health()
    {
        const CliRun r = cli(QStringList{QStringLiteral("health")} + base());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(m_a->hostname().toUtf8()));
        QVERIFY(r.out.contains("primary"));
    }

    void healthJson()
    {
        const CliRun r = cli(QStringList{QStringLiteral("health")} + base() + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("appliance_guid")).toString(), m_a->guid());
        QCOMPARE(o.value(QStringLiteral("failover_role")).toString(), QStringLiteral("primary"));
        QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    }

    void healthUnhealthyExitsNonZero()
    {
        m_a->setHealthy(false, QStringLiteral("RAID degraded"));
        const CliRun r = cli(QStringList{QStringLiteral("health")} + base());
        const CliRun probe = cli(QStringList{QStringLiteral("health"), QStringLiteral("--probe")} + base(), false);
        m_a->setHealthy(true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("RAID degraded"));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(probe.exitCode, 1);
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(1)); // the probe needs no token
    }

    void pinAndUntrusted()
    {
        const QByteArray fp = m_a->servedChain().value(0).digest(QCryptographicHash::Sha256).toHex(':');
        const CliRun pinned = cli({QStringLiteral("health"), QStringLiteral("--url"), m_a->url().toString(),
                                   QStringLiteral("--pin"), QString::fromLatin1(fp)});
        QVERIFY2(pinned.exitCode == 0, pinned.err.constData());

        const CliRun untrusted = cli({QStringLiteral("health"), QStringLiteral("--url"), m_a->url().toString()});
        QCOMPARE(untrusted.exitCode, 1);
        QCOMPARE(untrusted.err.count('\n'), 1);
        QVERIFY2(untrusted.err.contains(fp.toUpper()), untrusted.err.constData());
    }

    void appliances()
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("appliances")} + base() + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("appliances")).toArray().size(), 2);
        const CliRun text = cli(QStringList{QStringLiteral("appliances")} + base());
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains(m_a->guid().toUtf8()));
    }

    void backup()
    {
        m_a->setBackupSize(2 * 1024 * 1024);
        m_a->setBackupPassword("s3cret-backup");
        QTemporaryDir out;
        const CliRun r = cli(QStringList{QStringLiteral("backup")} + base() +
                                 QStringList{QStringLiteral("--out"), out.path(), QStringLiteral("--json")},
                             true, "s3cret-backup");
        m_a->setBackupPassword({});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QString file = o.value(QStringLiteral("file")).toString();
        QVERIFY(QFileInfo(file).fileName().startsWith(QStringLiteral("Bomgar-")));
        QCOMPARE(QFileInfo(file).size(), 2 * 1024 * 1024);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), h.result().toHex());
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".sha256")));
    }

    void backupDroppedLeavesNothing()
    {
        m_a->setBackupSize(4 * 1024 * 1024);
        m_a->injectFault({FaultKind::DropMidBackup, QStringLiteral("backup"), 0, 1024 * 1024, 1});
        QTemporaryDir out;
        const CliRun r =
            cli(QStringList{QStringLiteral("backup")} + base() + QStringList{QStringLiteral("--out"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void secretsNeverFromArgv_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--secret") << QStringLiteral("--secret=abc");
        QTest::newRow("--client-secret") << QStringLiteral("--client-secret");
        QTest::newRow("--password") << QStringLiteral("--password=x");
    }
    void secretsNeverFromArgv()
    {
        QFETCH(QString, option);
        const CliRun r = cli(QStringList{QStringLiteral("health")} + base() + QStringList{option});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains("DRRUNBOOK_CLIENT_SECRET"));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_a->requestCount(QStringLiteral("token")), qint64(0));
    }

    void missingCredentials()
    {
        const CliRun r = cli(QStringList{QStringLiteral("appliances")} + base(), false);
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains("DRRUNBOOK_CLIENT_ID"));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("health")}).exitCode, 64); // no --url
        QCOMPARE(cli({QStringLiteral("health"), QStringLiteral("--url"), QStringLiteral("http://x")}).exitCode, 64);
        QCOMPARE(cli(QStringList{QStringLiteral("health")} + base() +
                     QStringList{QStringLiteral("--pin"), QStringLiteral("zz")})
                     .exitCode,
                 64);
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} + base()).exitCode, 64); // no --out
    }

    void downAppliance()
    {
        m_a->injectFault({FaultKind::Down, {}, 0, 0, -1});
        const CliRun r = cli(QStringList{QStringLiteral("health")} + base() +
                             QStringList{QStringLiteral("--timeout"), QStringLiteral("2")});
        m_a->clearFaults();
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("refused"));
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
