// PKCS#12 import: every kind of file made at test time by the openssl command, and every error code.
#include "unit/tst_cert_fixtures.h"

#include "cert/PasswordSource.h"
#include "cert/Pkcs12Reader.h"
#include "common/OpenSslRuntime.h"

#include <openssl/pem.h>

using namespace dr;
using namespace dr::cert;
using dr::test::kP12Pass;

// Scripted answers, as XCA's PwDialogMock: "wrong password, then right".
class ScriptedPasswords : public PasswordSource
{
public:
    QList<std::optional<QByteArray>> answers;
    QList<ImportError> seenErrors;
    std::optional<Secret> password(const QString&, int, ImportError lastError) override
    {
        seenErrors.append(lastError);
        if (answers.isEmpty())
            return std::nullopt;
        const std::optional<QByteArray> a = answers.takeFirst();
        return a ? std::optional<Secret>(Secret(*a)) : std::nullopt;
    }
};

class TestCertImport : public QObject
{
    Q_OBJECT

private:
    test::CertFixtures fx;
    Secret pass{kP12Pass};

    ImportResult open(const QString& name, const Secret& password, bool legacy = true)
    {
        ImportOptions o;
        o.useLegacyProvider = legacy;
        return importPkcs12File(fx.path(name), password, o);
    }
    PkeyPtr loadKey(const QString& name)
    {
        BioPtr bio(BIO_new_file(fx.path(name).toLocal8Bit().constData(), "r"));
        return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    X509Ptr loadCert(const QString& name)
    {
        BioPtr bio(BIO_new_file(fx.path(name).toLocal8Bit().constData(), "r"));
        return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    // A .p12 written with OpenSSL's API (for what the openssl command refuses to make).
    bool apiP12(const QString& out, const char* password, const QString& keyFile, const QString& certFile)
    {
        PkeyPtr key = loadKey(keyFile);
        X509Ptr cert = loadCert(certFile);
        if (!key || !cert)
            return false;
        Pkcs12Ptr p12(PKCS12_create(password, "x", key.get(), cert.get(), nullptr, NID_aes_256_cbc, NID_aes_256_cbc,
                                    2048, 2048, 0));
        BioPtr bio(BIO_new_file(fx.path(out).toLocal8Bit().constData(), "wb"));
        return p12 && bio && i2d_PKCS12_bio(bio.get(), p12.get()) == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openSslRuntime().legacyProvider); // the machine running the tests ships legacy.so
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        const QStringList withChain{QStringLiteral("-inkey"),    QStringLiteral("leaf.key"),
                                    QStringLiteral("-in"),       QStringLiteral("leaf.crt"),
                                    QStringLiteral("-certfile"), QStringLiteral("chain.pem")};
        QVERIFY2(fx.p12(QStringLiteral("modern.p12"), withChain), qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("legacy.p12"), withChain + QStringList{QStringLiteral("-legacy")}),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("nokeys.p12"), withChain + QStringList{QStringLiteral("-nokeys")}),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("nomac.p12"), withChain + QStringList{QStringLiteral("-nomac")}),
                 qPrintable(fx.error));
        const QStringList emptyPass{QStringLiteral("pkcs12"),   QStringLiteral("-export"),
                                    QStringLiteral("-out"),     QStringLiteral("emptypass.p12"),
                                    QStringLiteral("-passout"), QStringLiteral("pass:")};
        QVERIFY2(fx.ossl(emptyPass + withChain), qPrintable(fx.error));
        QVERIFY(
            apiP12(QStringLiteral("nullpass.p12"), nullptr, QStringLiteral("leaf.key"), QStringLiteral("leaf.crt")));
        QVERIFY2(fx.ecKey(QStringLiteral("ec.key")), qPrintable(fx.error));
        QVERIFY2(fx.issue(QStringLiteral("ec.key"), QStringLiteral("/CN=appliance.example.test"),
                          QStringLiteral("leaf_a"), QStringLiteral("inter.crt"), QStringLiteral("inter.key"),
                          QStringLiteral("ec.crt")),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("ec.p12"),
                        {QStringLiteral("-inkey"), QStringLiteral("ec.key"), QStringLiteral("-in"),
                         QStringLiteral("ec.crt"), QStringLiteral("-certfile"), QStringLiteral("chain.pem")}),
                 qPrintable(fx.error));
    }

    void modernFile()
    {
        const ImportResult r = open(QStringLiteral("modern.p12"), pass);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.contents.certificates.size(), size_t(3));
        QVERIFY(r.contents.privateKey);
        QCOMPARE(r.contents.certificates.front().issuedTo, QStringLiteral("appliance.example.test"));
        QCOMPARE(r.contents.macDigest, QStringLiteral("SHA256"));
        QVERIFY(!r.contents.legacyEncryption);
        QVERIFY(r.contents.encryption.join(QLatin1Char(' ')).contains(QStringLiteral("AES-256-CBC")));
        QVERIFY(!r.contents.emptyPassword);
        QCOMPARE(r.contents.certificates.front().keyType, QStringLiteral("RSA"));
        QCOMPARE(r.contents.certificates.front().keyBits, 2048);
    }

    void modernFileNeedsNoLegacyProvider()
    {
        // The private default-only context really works: only legacy files fail in it.
        const ImportResult r = open(QStringLiteral("modern.p12"), pass, false);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.contents.certificates.size(), size_t(3));
    }

    void legacyFile()
    {
        const ImportResult r = open(QStringLiteral("legacy.p12"), pass);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.contents.legacyEncryption);
        QCOMPARE(r.contents.macDigest, QStringLiteral("SHA1"));
        QVERIFY(r.contents.encryption.join(QLatin1Char(' ')).contains(QStringLiteral("RC2")));
        QCOMPARE(r.contents.certificates.size(), size_t(3));
    }

    void legacyFileWithoutLegacyProvider()
    {
        const ImportResult r = open(QStringLiteral("legacy.p12"), pass, false);
        QCOMPARE(r.error, ImportError::LegacyProviderMissing);
        QCOMPARE(r.code(), QStringLiteral("legacy_provider_missing"));
        QVERIFY(r.message.contains(QStringLiteral("RC2")));
        QVERIFY(r.message.contains(QStringLiteral("legacy provider")));
    }

    void wrongPasswordIsToldApart()
    {
        const Secret wrong(QByteArray("not it"));
        QCOMPARE(open(QStringLiteral("modern.p12"), wrong).error, ImportError::WrongPassword);
        QCOMPARE(open(QStringLiteral("legacy.p12"), wrong).error, ImportError::WrongPassword);
        // Without the legacy provider the MAC (SHA-1) still verifies first: still "wrong password".
        QCOMPARE(open(QStringLiteral("legacy.p12"), wrong, false).error, ImportError::WrongPassword);
        QCOMPARE(open(QStringLiteral("modern.p12"), Secret()).error, ImportError::WrongPassword);
        const ImportResult r = open(QStringLiteral("modern.p12"), wrong);
        QCOMPARE(r.code(), QStringLiteral("wrong_password"));
        QVERIFY(!r.message.contains(QStringLiteral("not it")));
    }

    void emptyPasswords()
    {
        ImportResult r = open(QStringLiteral("emptypass.p12"), Secret());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.contents.emptyPassword);
        QVERIFY(r.contents.privateKey);
        r = open(QStringLiteral("nullpass.p12"), Secret());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.contents.privateKey);
        QCOMPARE(open(QStringLiteral("emptypass.p12"), pass).error, ImportError::WrongPassword);
        QCOMPARE(open(QStringLiteral("nullpass.p12"), pass).error, ImportError::WrongPassword);
    }

    void withoutPrivateKey()
    {
        const ImportResult r = open(QStringLiteral("nokeys.p12"), pass);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.contents.privateKey);
        QCOMPARE(r.contents.certificates.size(), size_t(3));
    }

    void withoutMac()
    {
        const ImportResult r = open(QStringLiteral("nomac.p12"), pass);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.contents.macDigest.isEmpty());
    }

    void ecKey()
    {
        const ImportResult r = open(QStringLiteral("ec.p12"), pass);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.contents.privateKey);
        QCOMPARE(EVP_PKEY_get_base_id(r.contents.privateKey.get()), EVP_PKEY_EC);
        QCOMPARE(r.contents.certificates.front().keyType, QStringLiteral("EC"));
        QCOMPARE(r.contents.certificates.front().keyBits, 256);
    }

    void truncatedAndDamaged()
    {
        const QByteArray good = fx.read(QStringLiteral("modern.p12"));
        QVERIFY(good.size() > 1000);
        QVERIFY(fx.write(QStringLiteral("truncated.p12"), good.left(good.size() / 2)));
        ImportResult r = open(QStringLiteral("truncated.p12"), pass);
        QCOMPARE(r.error, ImportError::CorruptFile);
        QCOMPARE(r.code(), QStringLiteral("corrupt_file"));
        QVERIFY(r.message.contains(QStringLiteral("truncated")));

        QByteArray damaged = good;
        for (int i = 7; i < 40; ++i)
            damaged[i] = char(0xff);
        QVERIFY(fx.write(QStringLiteral("damaged.p12"), damaged));
        r = open(QStringLiteral("damaged.p12"), pass);
        QCOMPARE(r.error, ImportError::CorruptFile);
    }

    void notPkcs12_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << "notes.p12" << QByteArray("hostname appliance.example.test\n");
        QTest::newRow("empty") << "empty.p12" << QByteArray();
        QTest::newRow("pem") << "leaf.crt" << QByteArray();
        QTest::newRow("zip") << "backup.pfx" << QByteArray("PK\x03\x04 not a certificate at all");
    }
    void notPkcs12()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        if (file != QLatin1String("leaf.crt"))
            QVERIFY(fx.write(file, content));
        const ImportResult r = open(file, pass);
        QCOMPARE(r.error, ImportError::NotPkcs12);
        QCOMPARE(r.code(), QStringLiteral("not_pkcs12"));
        QVERIFY(!r.message.isEmpty());
    }

    void derCertificateIsNotPkcs12()
    {
        QVERIFY2(fx.ossl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.crt"),
                          QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                          QStringLiteral("leaf.der")}),
                 qPrintable(fx.error));
        const ImportResult r = open(QStringLiteral("leaf.der"), pass);
        QCOMPARE(r.error, ImportError::NotPkcs12);
        QVERIFY(r.message.contains(QStringLiteral("without its private key")));
    }

    void javaKeystore()
    {
        const QString keytool = QStandardPaths::findExecutable(QStringLiteral("keytool"));
        if (!keytool.isEmpty()) {
            QVERIFY2(
                fx.run(keytool, {QStringLiteral("-genkeypair"), QStringLiteral("-storetype"), QStringLiteral("JKS"),
                                 QStringLiteral("-keystore"), QStringLiteral("real.jks"),
                                 QStringLiteral("-storepass:env"), QStringLiteral("P12PASS"),
                                 QStringLiteral("-keypass:env"), QStringLiteral("P12PASS"), QStringLiteral("-alias"),
                                 QStringLiteral("appliance"), QStringLiteral("-keyalg"), QStringLiteral("RSA"),
                                 QStringLiteral("-keysize"), QStringLiteral("2048"), QStringLiteral("-dname"),
                                 QStringLiteral("CN=appliance.example.test"), QStringLiteral("-noprompt")}),
                qPrintable(fx.error));
            QVERIFY(fx.read(QStringLiteral("real.jks")).startsWith(QByteArray::fromHex("feedfeed")));
            const ImportResult r = open(QStringLiteral("real.jks"), pass);
            QCOMPARE(r.error, ImportError::JavaKeystore);
            QVERIFY(r.message.contains(QStringLiteral("keytool -importkeystore")));
        }
        QVERIFY(fx.write(QStringLiteral("magic.jks"), QByteArray::fromHex("feedfeed00000002") + "junk"));
        QCOMPARE(open(QStringLiteral("magic.jks"), pass).code(), QStringLiteral("java_keystore"));
        QVERIFY(fx.write(QStringLiteral("magic.jceks"), QByteArray::fromHex("cececece00000002") + "junk"));
        QCOMPARE(open(QStringLiteral("magic.jceks"), pass).error, ImportError::JavaKeystore);
    }

    void unsupportedAlgorithm()
    {
        // No MAC, and the AES-256-CBC OID of the encrypted safe replaced by one no provider knows.
        QByteArray data = fx.read(QStringLiteral("nomac.p12"));
        const QByteArray aes256 = QByteArray::fromHex("060960864801650304012a");
        const qsizetype at = data.indexOf(aes256);
        QVERIFY(at > 0);
        data[at + aes256.size() - 1] = char(0x7f);
        QVERIFY(fx.write(QStringLiteral("unknown-cipher.p12"), data));
        const ImportResult r = open(QStringLiteral("unknown-cipher.p12"), pass);
        QCOMPARE(r.error, ImportError::UnsupportedAlgorithm);
        QCOMPARE(r.code(), QStringLiteral("unsupported_algorithm"));
    }

    void passwordSourceWrongThenRight()
    {
        ScriptedPasswords src;
        src.answers = {QByteArray("nope"), kP12Pass};
        const InteractiveImport r = importPkcs12Interactive(fx.path(QStringLiteral("modern.p12")), src);
        QVERIFY2(r.result.ok(), qPrintable(r.result.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(src.seenErrors, QList<ImportError>({ImportError::None, ImportError::WrongPassword}));

        ScriptedPasswords wrong;
        wrong.answers = {QByteArray("a"), QByteArray("b"), QByteArray("c"), kP12Pass};
        const InteractiveImport w = importPkcs12Interactive(fx.path(QStringLiteral("modern.p12")), wrong, 3);
        QCOMPARE(w.result.error, ImportError::WrongPassword);
        QCOMPARE(w.attempts, 3);

        ScriptedPasswords cancel;
        cancel.answers = {std::nullopt};
        const InteractiveImport c = importPkcs12Interactive(fx.path(QStringLiteral("modern.p12")), cancel);
        QVERIFY(c.cancelled);
        QVERIFY(!c.result.ok());

        // No question at all for a file without a password or for something that is no PKCS#12.
        ScriptedPasswords never;
        QVERIFY(importPkcs12Interactive(fx.path(QStringLiteral("emptypass.p12")), never).result.ok());
        QCOMPARE(importPkcs12Interactive(fx.path(QStringLiteral("magic.jks")), never).result.error,
                 ImportError::JavaKeystore);
        QVERIFY(never.seenErrors.isEmpty());
    }

    void unreadableFile()
    {
        const ImportResult r = open(QStringLiteral("does-not-exist.p12"), pass);
        QCOMPARE(r.error, ImportError::FileUnreadable);
        QCOMPARE(r.code(), QStringLiteral("file_unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestCertImport)
#include "tst_cert_import.moc"
