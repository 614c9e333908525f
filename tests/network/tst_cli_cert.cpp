// drrunbook-cli cert inspect / compare / export, run as a child process: JSON fields and exit statuses.
#include "unit/tst_cert_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using dr::test::kP12Pass;

namespace {
const QString kFqdn = QStringLiteral("appliance.example.test");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestCliCert : public QObject
{
    Q_OBJECT

private:
    dr::test::CertFixtures fx;

    // Runs the CLI with the event loop spinning (the TLS server of a test lives in this process).
    CliRun cli(const QStringList& args, const QByteArray& pass = kP12Pass, const QMap<QString, QString>& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DRRUNBOOK_P12_PASSWORD"), QString::fromUtf8(pass));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(fx.dir.path());
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(DR_CLI_PATH), args);
        CliRun r;
        if (!p.waitForStarted(30000) || !done.wait(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QStringList problemCodes(const QJsonObject& o)
    {
        QStringList codes;
        for (const QJsonValue& v : o.value(QStringLiteral("problems")).toArray())
            codes.append(v.toObject().value(QStringLiteral("code")).toString());
        return codes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(DR_CLI_PATH)));
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        const QStringList full{QStringLiteral("-inkey"), QStringLiteral("leaf.key"), QStringLiteral("-in"),
                               QStringLiteral("leaf.crt"), QStringLiteral("-certfile")};
        QVERIFY2(fx.p12(QStringLiteral("full.p12"), full + QStringList{QStringLiteral("chain.pem")}),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("nointer.p12"), full + QStringList{QStringLiteral("root.crt")}),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("legacy.p12"),
                        full + QStringList{QStringLiteral("chain.pem"), QStringLiteral("-legacy")}),
                 qPrintable(fx.error));
    }

    void inspectFitToRestore()
    {
        const CliRun r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12"),
                              QStringLiteral("--fqdn"), kFqdn, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonArray certs = o.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certs.size(), 3);
        const QJsonObject leaf = certs[0].toObject();
        QCOMPARE(leaf.value(QStringLiteral("role")).toString(), QStringLiteral("ca_signed"));
        QCOMPARE(certs[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("intermediate"));
        QCOMPARE(certs[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("root"));
        for (const char* field : {"subject", "issuer", "sha256", "not_before", "not_after"})
            QVERIFY2(!leaf.value(QLatin1String(field)).toString().isEmpty(), field);
        QCOMPARE(leaf.value(QStringLiteral("sha256")).toString().size(), 64);
        QVERIFY(leaf.value(QStringLiteral("san")).toArray().contains(kFqdn));
        QCOMPARE(o.value(QStringLiteral("has_private_key")).toBool(), true);
        QCOMPARE(leaf.value(QStringLiteral("private_key")).toBool(), true);
        QCOMPARE(certs[1].toObject().value(QStringLiteral("private_key")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("key_matches")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("chain_complete")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("fqdn_match")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("problems")).isArray());
        QVERIFY(problemCodes(o).isEmpty());
        QVERIFY(!r.out.contains(kP12Pass));
        QVERIFY(!r.err.contains(kP12Pass));
    }

    void inspectText()
    {
        const CliRun r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Issued To:"));
        QVERIFY(r.out.contains("Private Key?       Yes"));
        QVERIFY(r.out.contains("Alternative Names: appliance.example.test"));
    }

    void inspectProblems()
    {
        CliRun r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("nointer.p12"),
                        QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("chain_complete")).toBool(), false);
        QCOMPARE(problemCodes(r.json()), QStringList({QStringLiteral("chain_incomplete")}));
        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12"),
                 QStringLiteral("--fqdn"), QStringLiteral("wrong.example.test"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("fqdn_match")).toBool(true), false);
        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12"),
                 QStringLiteral("--days"), QStringLiteral("5000"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(problemCodes(r.json()).contains(QStringLiteral("expiring_soon")));
    }

    void cannotBeRead()
    {
        CliRun r = cli(
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12"), QStringLiteral("--json")},
            "wrong");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("wrong_password"));
        QVERIFY(
            !r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());

        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("leaf.crt")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not_pkcs12"));

        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("missing.p12")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("file_unreadable"));
    }

    void legacyFileWithoutTheLegacyModule()
    {
        // A real installation without the provider module: OpenSSL finds no legacy.so in OPENSSL_MODULES.
        const QMap<QString, QString> noModules{{QStringLiteral("OPENSSL_MODULES"), fx.path(QStringLiteral("none"))}};
        CliRun r = cli(
            {QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("legacy.p12"), QStringLiteral("--json")},
            kP12Pass, noModules);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("legacy_provider_missing"));
        // The modern file still reads in the same environment; with the module the legacy one reads too.
        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12")}, kP12Pass, noModules);
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("legacy.p12"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(problemCodes(r.json()).contains(QStringLiteral("legacy_encryption")));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("cert")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("inspect")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("full.p12"),
                      QStringLiteral("--bogus")})
                     .exitCode,
                 64);
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("compare"), QStringLiteral("full.p12")}).exitCode, 64);
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("compare"), QStringLiteral("full.p12"),
                      QStringLiteral("--host"), QStringLiteral("127.0.0.1:99999")})
                     .exitCode,
                 64);
        QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("frobnicate")}).exitCode, 64);
    }

    void compareWithServedChain()
    {
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain({QSslCertificate(fx.read(QStringLiteral("leaf.crt"))),
                                         QSslCertificate(fx.read(QStringLiteral("inter.crt")))});
        config.setPrivateKey(QSslKey(fx.read(QStringLiteral("leaf.key")), QSsl::Rsa));
        server.setSslConfiguration(config);
        QList<QTcpSocket*> sockets;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket* s = server.nextPendingConnection())
                sockets.append(s);
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());

        CliRun r = cli({QStringLiteral("cert"), QStringLiteral("compare"), QStringLiteral("full.p12"),
                        QStringLiteral("--host"), host, QStringLiteral("--fqdn"), kFqdn, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("serves_restored"));
        QCOMPARE(r.json().value(QStringLiteral("served")).toObject().value(QStringLiteral("sni")).toString(), kFqdn);

        config.setLocalCertificateChain({QSslCertificate(fx.read(QStringLiteral("leaf.crt")))});
        server.setSslConfiguration(config);
        r = cli({QStringLiteral("cert"), QStringLiteral("compare"), QStringLiteral("full.p12"),
                 QStringLiteral("--host"), host, QStringLiteral("--fqdn"), kFqdn, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("chain_incomplete"));
        QCOMPARE(r.json().value(QStringLiteral("missing_intermediates")).toArray().size(), 1);
        qDeleteAll(sockets);
        server.close();

        r = cli({QStringLiteral("cert"), QStringLiteral("compare"), QStringLiteral("full.p12"),
                 QStringLiteral("--host"), host, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("connection_refused"));
    }

    void exportRoundTrip()
    {
        const QMap<QString, QString> newPass{
            {QStringLiteral("DRRUNBOOK_P12_NEW_PASSWORD"), QStringLiteral("n3w pass")}};
        CliRun r = cli({QStringLiteral("cert"), QStringLiteral("export"), QStringLiteral("legacy.p12"),
                        QStringLiteral("--out"), QStringLiteral("re.p12"), QStringLiteral("--pem-chain"),
                        QStringLiteral("re.pem")},
                       kP12Pass, newPass);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fx.read(QStringLiteral("re.pem")).count("BEGIN CERTIFICATE"), 3);
        r = cli({QStringLiteral("cert"), QStringLiteral("inspect"), QStringLiteral("re.p12"), QStringLiteral("--json")},
                "n3w pass");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("legacy_encryption")).toBool(true), false);
        QCOMPARE(r.json().value(QStringLiteral("mac")).toString(), QStringLiteral("SHA256"));
    }
};

QTEST_GUILESS_MAIN(TestCliCert)
#include "tst_cli_cert.moc"
