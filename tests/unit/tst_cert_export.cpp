// PKCS#12 export (AES-256 default, insecure 3DES option) checked by the openssl command and by re-import.
#include "unit/tst_cert_fixtures.h"

#include "cert/CertChecker.h"
#include "cert/Pkcs12Writer.h"
#include "common/OpenSslRuntime.h"

#include <QFileInfo>

using namespace dr;
using namespace dr::cert;
using dr::test::kP12Pass;

class TestCertExport : public QObject
{
    Q_OBJECT

private:
    test::CertFixtures fx;
    ImportResult source;
    std::vector<CertInfo> chain;
    const QByteArray newPass = "new passphrase \xc3\xa9t\xc3\xa9"; // non-ASCII on purpose

    QByteArray info(const QString& file)
    {
        if (!fx.ossl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                      QStringLiteral("-in"), file, QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                     newPass))
            return "FAILED: " + fx.error.toUtf8();
        return fx.output;
    }
    QStringList shas(const std::vector<CertInfo>& certs)
    {
        QStringList s;
        for (const CertInfo& c : certs)
            s.append(c.sha256);
        return s;
    }

private slots:
    void initTestCase()
    {
        openSslRuntime();
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("legacy-src.p12"),
                        {QStringLiteral("-inkey"), QStringLiteral("leaf.key"), QStringLiteral("-in"),
                         QStringLiteral("leaf.crt"), QStringLiteral("-certfile"), QStringLiteral("chain.pem"),
                         QStringLiteral("-legacy")}),
                 qPrintable(fx.error));
        source = importPkcs12File(fx.path(QStringLiteral("legacy-src.p12")), Secret(kP12Pass));
        QVERIFY2(source.ok(), qPrintable(source.message));
        const CertReport r = inspectContents(source.contents, {});
        for (const ClassifiedCert& c : r.certificates)
            chain.push_back(c.info);
        QCOMPARE(chain.size(), size_t(3));
    }

    void modernRoundTrip()
    {
        const QString out = fx.path(QStringLiteral("modern-out.p12"));
        const ExportResult w = writePkcs12File(out, source.contents.privateKey.get(), chain, Secret(newPass));
        QVERIFY2(w.ok, qPrintable(w.message));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QByteArray text = info(out);
        QVERIFY2(text.contains("MAC: sha256"), text.constData());
        QVERIFY2(text.contains("PBES2, PBKDF2, AES-256-CBC"), text.constData());
        QVERIFY2(text.contains("Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC"), text.constData());
        QVERIFY(!text.contains("RC2"));
        QVERIFY(!text.contains("3DES") && !text.contains("TripleDES"));

        ImportOptions noLegacy;
        noLegacy.useLegacyProvider = false;
        const ImportResult back = importPkcs12File(out, Secret(newPass), noLegacy);
        QVERIFY2(back.ok(), qPrintable(back.message));
        QVERIFY(!back.contents.legacyEncryption);
        QCOMPARE(back.contents.macDigest, QStringLiteral("SHA256"));
        QCOMPARE(EVP_PKEY_eq(back.contents.privateKey.get(), source.contents.privateKey.get()), 1);
        QCOMPARE(shas(back.contents.certificates), shas(chain));
        const CertReport r = inspectContents(back.contents, {QStringLiteral("appliance.example.test"), 30, nullptr});
        QVERIFY(r.fitToRestore());
        QCOMPARE(importPkcs12File(out, Secret(kP12Pass)).error, ImportError::WrongPassword);
    }

    void legacyInsecureRoundTrip()
    {
        const QString out = fx.path(QStringLiteral("legacy-out.p12"));
        const ExportResult w = writePkcs12File(out, source.contents.privateKey.get(), chain, Secret(newPass),
                                               ExportProfile::LegacyInsecure);
        QVERIFY2(w.ok, qPrintable(w.message));
        const QByteArray text = info(out);
        QVERIFY2(text.contains("MAC: sha1"), text.constData());
        QVERIFY2(text.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), text.constData());
        QVERIFY(!text.contains("AES"));
        // 3DES is in OpenSSL 3's default provider: old targets and this app read it without the legacy module.
        ImportOptions noLegacy;
        noLegacy.useLegacyProvider = false;
        const ImportResult back = importPkcs12File(out, Secret(newPass), noLegacy);
        QVERIFY2(back.ok(), qPrintable(back.message));
        QVERIFY(back.contents.legacyEncryption);
        QCOMPARE(back.contents.macDigest, QStringLiteral("SHA1"));
        QCOMPARE(shas(back.contents.certificates), shas(chain));
    }

    void refusesWrongKeyOrNothing()
    {
        QVERIFY(fx.rsaKey(QStringLiteral("other.key")));
        const ImportResult other = importPkcs12File(fx.path(QStringLiteral("legacy-src.p12")), Secret(kP12Pass));
        std::vector<CertInfo> interFirst(chain.begin() + 1, chain.end());
        ExportResult w = exportPkcs12(other.contents.privateKey.get(), interFirst, Secret(newPass));
        QVERIFY(!w.ok);
        QVERIFY(!w.message.isEmpty());
        w = exportPkcs12(nullptr, chain, Secret(newPass));
        QVERIFY(!w.ok);
        w = exportPkcs12(source.contents.privateKey.get(), {}, Secret(newPass));
        QVERIFY(!w.ok);
        w = writePkcs12File(fx.path(QStringLiteral("no/such/dir/out.p12")), source.contents.privateKey.get(), chain,
                            Secret(newPass));
        QVERIFY(!w.ok);
        QVERIFY(w.message.contains(QStringLiteral("no/such/dir")));
    }

    void pemChainExport()
    {
        const QString out = fx.path(QStringLiteral("chain-out.pem"));
        const ExportResult w = writePemChainFile(out, chain);
        QVERIFY2(w.ok, qPrintable(w.message));
        const QByteArray pem = fx.read(QStringLiteral("chain-out.pem"));
        QCOMPARE(pem.count("-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY(!pem.contains("PRIVATE KEY"));
        // The exported chain verifies with openssl: root as trust anchor, intermediate untrusted.
        QVERIFY(fx.write(QStringLiteral("only-leaf.pem"), pem.left(pem.indexOf("-----END CERTIFICATE-----") + 26)));
        QVERIFY2(
            fx.ossl({QStringLiteral("verify"), QStringLiteral("-CAfile"), QStringLiteral("root.crt"),
                     QStringLiteral("-untrusted"), QStringLiteral("chain-out.pem"), QStringLiteral("only-leaf.pem")}),
            qPrintable(fx.error));
    }
};

QTEST_GUILESS_MAIN(TestCertExport)
#include "tst_cert_export.moc"
