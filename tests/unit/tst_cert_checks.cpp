// Classification as the guide does it, chain building leaf -> root, and every problem code of inspectContents().
#include "unit/tst_cert_fixtures.h"

#include "cert/CertChecker.h"
#include "cert/HostnameMatch.h"
#include "common/OpenSslRuntime.h"

#include <openssl/pem.h>

#include <algorithm>

using namespace dr;
using namespace dr::cert;
using dr::test::kP12Pass;

namespace {
const QString kFqdn = QStringLiteral("appliance.example.test");
}

class TestCertChecks : public QObject
{
    Q_OBJECT

private:
    test::CertFixtures fx;
    ManualClock clock;

    CertReport inspect(const QString& file, const QString& fqdn = kFqdn, int days = 30,
                       const QByteArray& pass = kP12Pass)
    {
        const ImportResult r = importPkcs12File(fx.path(file), Secret(pass));
        if (!r.ok())
            qWarning() << file << r.code() << r.message;
        return inspectContents(r.contents, {fqdn, days, &clock});
    }
    QStringList codes(const CertReport& r)
    {
        QStringList c;
        for (const Problem& p : r.problems)
            c.append(p.code);
        return c;
    }
    QStringList roles(const CertReport& r)
    {
        QStringList c;
        for (const ClassifiedCert& x : r.certificates)
            c.append(roleCode(x.role));
        return c;
    }
    bool p12(const QString& out, const QString& key, const QString& cert, const QString& chain,
             const QStringList& extra = {})
    {
        QStringList args;
        if (!key.isEmpty())
            args << QStringLiteral("-inkey") << key;
        if (!cert.isEmpty())
            args << QStringLiteral("-in") << cert;
        if (!chain.isEmpty())
            args << QStringLiteral("-certfile") << chain;
        return fx.p12(out, args + extra);
    }
    std::vector<CertInfo> pemCerts(const QStringList& files)
    {
        std::vector<CertInfo> out;
        for (const QString& f : files) {
            BioPtr bio(BIO_new_file(fx.path(f).toLocal8Bit().constData(), "r"));
            X509Ptr x(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
            if (auto info = CertInfo::fromX509(x.get()))
                out.push_back(*info);
        }
        return out;
    }

private slots:
    void init()
    {
        // Certificates made during a test start "now": look at them a little later.
        clock.set(QDateTime::currentDateTimeUtc().addSecs(300));
    }

    void initTestCase()
    {
        openSslRuntime();
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        QVERIFY2(fx.makePki(QStringLiteral("b-"), QStringLiteral("other.example.test")), qPrintable(fx.error));
        QVERIFY2(p12(QStringLiteral("full.p12"), QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"),
                     QStringLiteral("chain.pem")),
                 qPrintable(fx.error));
    }

    void completeChainIsFitToRestore()
    {
        const CertReport r = inspect(QStringLiteral("full.p12"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(codes(r).join(QLatin1Char(','))));
        QVERIFY(r.fitToRestore());
        QCOMPARE(roles(r),
                 QStringList({QStringLiteral("ca_signed"), QStringLiteral("intermediate"), QStringLiteral("root")}));
        QVERIFY(r.hasPrivateKey);
        QVERIFY(r.keyMatches);
        QVERIFY(r.chainComplete);
        QCOMPARE(r.fqdnMatch, std::optional<bool>(true));
        QCOMPARE(r.leaf()->info.issuedTo, kFqdn);
        QCOMPARE(r.leaf()->info.issuedBy, QStringLiteral("DR Test Issuing CA"));
        QVERIFY(r.leaf()->info.dnsNames.contains(kFqdn));
        QVERIFY(r.leaf()->info.ipAddresses.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(r.certificates[1].info.isCa);
        QVERIFY(r.privateKeyFor(r.certificates[0]));
        QVERIFY(!r.privateKeyFor(r.certificates[1]));
        QVERIFY(r.certificates[2].info.selfSigned);
    }

    void chainOrderDoesNotMatter()
    {
        std::vector<CertInfo> certs =
            pemCerts({QStringLiteral("leaf.crt"), QStringLiteral("inter.crt"), QStringLiteral("root.crt")});
        QCOMPARE(certs.size(), size_t(3));
        const QString leafSha = certs[0].sha256;
        std::sort(certs.begin(), certs.end(), [](const CertInfo& a, const CertInfo& b) { return a.sha256 < b.sha256; });
        int permutations = 0;
        do {
            const ChainAnalysis a = analyseChain(certs, nullptr, QString());
            QVERIFY(a.complete);
            QCOMPARE(a.chain.size(), size_t(3));
            QCOMPARE(a.chain[0].info.sha256, leafSha);
            QCOMPARE(a.chain[1].role, CertRole::Intermediate);
            QCOMPARE(a.chain[2].role, CertRole::Root);
            ++permutations;
        } while (std::next_permutation(certs.begin(), certs.end(),
                                       [](const CertInfo& a, const CertInfo& b) { return a.sha256 < b.sha256; }));
        QCOMPARE(permutations, 6);
    }

    void shuffledFileWithoutKey()
    {
        QVERIFY(fx.concat({QStringLiteral("root.crt"), QStringLiteral("leaf.crt"), QStringLiteral("inter.crt")},
                          QStringLiteral("shuffled.pem")));
        QVERIFY2(p12(QStringLiteral("shuffled.p12"), QString(), QStringLiteral("shuffled.pem"), QString(),
                     {QStringLiteral("-nokeys")}),
                 qPrintable(fx.error));
        const CertReport r = inspect(QStringLiteral("shuffled.p12"));
        QCOMPARE(roles(r),
                 QStringList({QStringLiteral("ca_signed"), QStringLiteral("intermediate"), QStringLiteral("root")}));
        QVERIFY(r.chainComplete);
        QVERIFY(!r.hasPrivateKey);
        QCOMPARE(codes(r), QStringList({QStringLiteral("no_private_key")}));
        QVERIFY(!r.fitToRestore());
    }

    void missingIntermediateIsNamed()
    {
        QVERIFY(p12(QStringLiteral("nointer.p12"), QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"),
                    QStringLiteral("root.crt")));
        const CertReport r = inspect(QStringLiteral("nointer.p12"));
        QVERIFY(!r.chainComplete);
        QCOMPARE(r.missingIssuer, QStringLiteral("CN=DR Test Issuing CA,O=DR Test"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("chain_incomplete")}));
        QVERIFY(r.problems[0].message.contains(r.missingIssuer));
    }

    void missingRootIsNamed()
    {
        QVERIFY(p12(QStringLiteral("noroot.p12"), QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"),
                    QStringLiteral("inter.crt")));
        const CertReport r = inspect(QStringLiteral("noroot.p12"));
        QVERIFY(!r.chainComplete);
        QCOMPARE(r.missingIssuer, QStringLiteral("CN=DR Test Root CA,O=DR Test"));
        QCOMPARE(roles(r), QStringList({QStringLiteral("ca_signed"), QStringLiteral("intermediate")}));
        QCOMPARE(codes(r), QStringList({QStringLiteral("chain_incomplete")}));
    }

    void selfSignedLeaf()
    {
        QVERIFY(fx.rsaKey(QStringLiteral("self.key")));
        QVERIFY(fx.selfSigned(QStringLiteral("self.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("v3_self"),
                              QStringLiteral("self.crt")));
        QVERIFY(p12(QStringLiteral("self.p12"), QStringLiteral("self.key"), QStringLiteral("self.crt"), QString()));
        const CertReport r = inspect(QStringLiteral("self.p12"));
        QCOMPARE(roles(r), QStringList({QStringLiteral("self_signed")}));
        QVERIFY(r.chainComplete);
        QCOMPARE(codes(r), QStringList({QStringLiteral("self_signed")}));
        QCOMPARE(r.problems[0].severity, Severity::Info);
        QVERIFY(r.fitToRestore());
        QCOMPARE(r.leaf()->info.issuedTo, r.leaf()->info.issuedBy);
    }

    void keyOfAnotherCertificate()
    {
        // openssl refuses to pair a key with the wrong certificate: put the certificates in as CA certificates.
        QVERIFY(fx.concat({QStringLiteral("leaf.crt"), QStringLiteral("chain.pem")}, QStringLiteral("all.pem")));
        QVERIFY2(p12(QStringLiteral("mismatch.p12"), QStringLiteral("b-leaf.key"), QString(), QStringLiteral("all.pem"),
                     {QStringLiteral("-nocerts")}),
                 qPrintable(fx.error));
        CertReport r = inspect(QStringLiteral("mismatch.p12"));
        if (r.certificates.empty()) {
            // -nocerts drops -certfile on this OpenSSL: build it with the API instead.
            BioPtr kb(BIO_new_file(fx.path(QStringLiteral("b-leaf.key")).toLocal8Bit().constData(), "r"));
            PkeyPtr key(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
            X509StackPtr ca(sk_X509_new_null());
            for (const CertInfo& c :
                 pemCerts({QStringLiteral("leaf.crt"), QStringLiteral("inter.crt"), QStringLiteral("root.crt")}))
                sk_X509_push(ca.get(), x509FromDer(c.der).release());
            Pkcs12Ptr p(PKCS12_create(kP12Pass.constData(), nullptr, key.get(), nullptr, ca.get(), NID_aes_256_cbc,
                                      NID_aes_256_cbc, 2048, 2048, 0));
            QVERIFY(p);
            BioPtr out(BIO_new_file(fx.path(QStringLiteral("mismatch.p12")).toLocal8Bit().constData(), "wb"));
            QCOMPARE(i2d_PKCS12_bio(out.get(), p.get()), 1);
            out.reset();
            r = inspect(QStringLiteral("mismatch.p12"));
        }
        QVERIFY(r.hasPrivateKey);
        QVERIFY(!r.keyMatches);
        QVERIFY(!r.privateKeyFor(r.certificates[0]));
        QCOMPARE(codes(r), QStringList({QStringLiteral("key_mismatch")}));
    }

    void onlyCaCertificatesOrNoCertificate()
    {
        QVERIFY(p12(QStringLiteral("calonly.p12"), QString(), QStringLiteral("chain.pem"), QString(),
                    {QStringLiteral("-nokeys")}));
        CertReport r = inspect(QStringLiteral("calonly.p12"));
        QVERIFY(codes(r).contains(QStringLiteral("no_leaf")));
        QVERIFY(!r.leaf());
        QVERIFY2(p12(QStringLiteral("keyonly.p12"), QStringLiteral("leaf.key"), QString(), QString(),
                     {QStringLiteral("-nocerts")}),
                 qPrintable(fx.error));
        r = inspect(QStringLiteral("keyonly.p12"));
        QVERIFY(r.hasPrivateKey);
        QCOMPARE(codes(r), QStringList({QStringLiteral("no_certificate")}));
    }

    void extraRootsAndUnrelatedCertificates()
    {
        QVERIFY(fx.concat({QStringLiteral("chain.pem"), QStringLiteral("b-root.crt"), QStringLiteral("b-leaf.crt")},
                          QStringLiteral("extra.pem")));
        QVERIFY(p12(QStringLiteral("extra.p12"), QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"),
                    QStringLiteral("extra.pem")));
        const CertReport r = inspect(QStringLiteral("extra.p12"));
        QVERIFY(r.chainComplete);
        QCOMPARE(r.certificates.size(), size_t(5));
        QCOMPARE(codes(r), QStringList({QStringLiteral("multiple_roots"), QStringLiteral("unrelated_certificate"),
                                        QStringLiteral("unrelated_certificate")}));
        QCOMPARE(roles(r).mid(3), QStringList({QStringLiteral("root"), QStringLiteral("unrelated")}));
    }

    void validity()
    {
        QVERIFY(fx.issue(QStringLiteral("leaf.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("leaf_a"),
                         QStringLiteral("inter.crt"), QStringLiteral("inter.key"), QStringLiteral("short.crt"), 1));
        QVERIFY(p12(QStringLiteral("short.p12"), QStringLiteral("leaf.key"), QStringLiteral("short.crt"),
                    QStringLiteral("chain.pem")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        clock.set(now.addDays(10));
        CertReport r = inspect(QStringLiteral("short.p12"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("expired")}));
        QCOMPARE(r.problems[0].sha256, r.leaf()->info.sha256);
        QCOMPARE(r.problemsFor(r.certificates[0]).size(), 1);
        QVERIFY(r.problemsFor(r.certificates[1]).isEmpty());
        clock.set(now.addDays(-2));
        r = inspect(QStringLiteral("short.p12"));
        QVERIFY(codes(r).contains(QStringLiteral("not_yet_valid")));
        clock.set(now);
        r = inspect(QStringLiteral("short.p12"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("expiring_soon")}));
        QCOMPARE(r.problems[0].severity, Severity::Warning);
        r = inspect(QStringLiteral("full.p12"), kFqdn, 900); // leaf valid 825 days
        QCOMPARE(codes(r), QStringList({QStringLiteral("expiring_soon")}));
        r = inspect(QStringLiteral("full.p12"), kFqdn, 0);
        QVERIFY(r.problems.isEmpty());
    }

    void fqdn()
    {
        CertReport r = inspect(QStringLiteral("full.p12"), QStringLiteral("other.example.test"));
        QCOMPARE(r.fqdnMatch, std::optional<bool>(false));
        QCOMPARE(codes(r), QStringList({QStringLiteral("fqdn_mismatch")}));
        r = inspect(QStringLiteral("full.p12"), QStringLiteral("APPLIANCE.Example.Test."));
        QCOMPARE(r.fqdnMatch, std::optional<bool>(true));
        r = inspect(QStringLiteral("full.p12"), QString());
        QCOMPARE(r.fqdnMatch, std::optional<bool>());
        r = inspect(QStringLiteral("full.p12"), QStringLiteral("127.0.0.1"));
        QCOMPARE(r.fqdnMatch, std::optional<bool>(true));
    }

    void weakKeysAndSignatures()
    {
        QVERIFY(fx.rsaKey(QStringLiteral("weak.key"), 1024));
        QVERIFY(fx.issue(QStringLiteral("weak.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("leaf_a"),
                         QStringLiteral("inter.crt"), QStringLiteral("inter.key"), QStringLiteral("weak.crt"), 365,
                         QStringLiteral("sha1")));
        QVERIFY(p12(QStringLiteral("weak.p12"), QStringLiteral("weak.key"), QStringLiteral("weak.crt"),
                    QStringLiteral("chain.pem")));
        CertReport r = inspect(QStringLiteral("weak.p12"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("weak_key"), QStringLiteral("weak_signature")}));
        QCOMPARE(r.leaf()->info.signatureDigest, QStringLiteral("SHA1"));

        QVERIFY(fx.ecKey(QStringLiteral("ec224.key"), QStringLiteral("secp224r1")));
        QVERIFY(fx.issue(QStringLiteral("ec224.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("leaf_a"),
                         QStringLiteral("inter.crt"), QStringLiteral("inter.key"), QStringLiteral("ec224.crt")));
        QVERIFY(p12(QStringLiteral("ec224.p12"), QStringLiteral("ec224.key"), QStringLiteral("ec224.crt"),
                    QStringLiteral("chain.pem")));
        r = inspect(QStringLiteral("ec224.p12"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("weak_key")}));

        // A root's own SHA-1 self-signature is exempt; the leaf it signs with SHA-256 is fine.
        QVERIFY(fx.rsaKey(QStringLiteral("r1.key")));
        QVERIFY(fx.ossl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                         QStringLiteral("r1.key"), QStringLiteral("-subj"), QStringLiteral("/CN=Old SHA1 Root"),
                         QStringLiteral("-sha1"), QStringLiteral("-days"), QStringLiteral("3650"),
                         QStringLiteral("-config"), QStringLiteral("fixtures.cnf"), QStringLiteral("-extensions"),
                         QStringLiteral("v3_root"), QStringLiteral("-out"), QStringLiteral("r1.crt")}));
        QVERIFY(fx.issue(QStringLiteral("leaf.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("leaf_a"),
                         QStringLiteral("r1.crt"), QStringLiteral("r1.key"), QStringLiteral("r1leaf.crt")));
        QVERIFY(p12(QStringLiteral("r1.p12"), QStringLiteral("leaf.key"), QStringLiteral("r1leaf.crt"),
                    QStringLiteral("r1.crt")));
        r = inspect(QStringLiteral("r1.p12"));
        QCOMPARE(r.certificates.back().info.signatureDigest, QStringLiteral("SHA1"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(codes(r).join(QLatin1Char(','))));
    }

    void fileProtection()
    {
        QVERIFY(p12(QStringLiteral("legacy.p12"), QStringLiteral("leaf.key"), QStringLiteral("leaf.crt"),
                    QStringLiteral("chain.pem"), {QStringLiteral("-legacy")}));
        CertReport r = inspect(QStringLiteral("legacy.p12"));
        QCOMPARE(codes(r), QStringList({QStringLiteral("legacy_encryption")}));
        QVERIFY(r.fitToRestore());
        QVERIFY(fx.ossl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                         QStringLiteral("leaf.key"), QStringLiteral("-in"), QStringLiteral("leaf.crt"),
                         QStringLiteral("-certfile"), QStringLiteral("chain.pem"), QStringLiteral("-passout"),
                         QStringLiteral("pass:"), QStringLiteral("-out"), QStringLiteral("nopass.p12")}));
        r = inspect(QStringLiteral("nopass.p12"), kFqdn, 30, QByteArray());
        QCOMPARE(codes(r), QStringList({QStringLiteral("empty_password")}));
        QCOMPARE(r.problems[0].severity, Severity::Info);
    }

    void hostnameRules_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact") << "appliance.example.com"
                               << "appliance.example.com" << true;
        QTest::newRow("case") << "Appliance.EXAMPLE.com"
                              << "appliance.example.COM" << true;
        QTest::newRow("trailing dot") << "appliance.example.com."
                                      << "appliance.example.com" << true;
        QTest::newRow("other") << "appliance.example.com"
                               << "support.example.com" << false;
        QTest::newRow("wildcard") << "*.example.com"
                                  << "support.example.com" << true;
        QTest::newRow("wildcard case") << "*.EXAMPLE.com"
                                       << "Support.example.com" << true;
        QTest::newRow("wildcard two labels") << "*.example.com"
                                             << "a.b.example.com" << false;
        QTest::newRow("wildcard apex") << "*.example.com"
                                       << "example.com" << false;
        QTest::newRow("wildcard empty label") << "*.example.com"
                                              << ".example.com" << false;
        QTest::newRow("partial prefix") << "sup*.example.com"
                                        << "support.example.com" << false;
        QTest::newRow("partial suffix") << "*port.example.com"
                                        << "support.example.com" << false;
        QTest::newRow("inner wildcard") << "support.*.com"
                                        << "support.example.com" << false;
        QTest::newRow("tld wildcard") << "*.com"
                                      << "example.com" << false;
        QTest::newRow("bare wildcard") << "*"
                                       << "localhost" << false;
        QTest::newRow("double wildcard") << "*.*.example.com"
                                         << "a.b.example.com" << false;
        QTest::newRow("idn a-label host") << "*.example.com"
                                          << "xn--bcher-kva.example.com" << false;
        QTest::newRow("idn exact") << "xn--bcher-kva.example.com"
                                   << QString::fromUtf8("b\xc3\xbc"
                                                        "cher.example.com")
                                   << true;
    }
    void hostnameRules()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, match);
        QCOMPARE(hostnameMatchesPattern(pattern, host), match);
    }

    void commonNameFallbackOnlyWithoutDnsNames()
    {
        CertInfo c;
        c.subject = QStringLiteral("CN=appliance.example.com");
        c.issuedTo = QStringLiteral("appliance.example.com");
        QVERIFY(certificateMatchesHost(c, QStringLiteral("appliance.example.com")));
        c.dnsNames = {QStringLiteral("other.example.com")};
        QVERIFY(!certificateMatchesHost(c, QStringLiteral("appliance.example.com")));
        QVERIFY(certificateMatchesHost(c, QStringLiteral("other.example.com")));
        QVERIFY(!certificateMatchesHost(c, QStringLiteral("10.0.0.1")));
        c.ipAddresses = {QStringLiteral("10.0.0.1")};
        QVERIFY(certificateMatchesHost(c, QStringLiteral("10.0.0.1")));
    }

    void fqdnHeuristic()
    {
        QVERIFY(looksLikeFqdn(QStringLiteral("appliance.example.com")));
        QVERIFY(looksLikeFqdn(QStringLiteral("*.example.com")));
        QVERIFY(!looksLikeFqdn(QStringLiteral("DigiCert Global Root G2")));
        QVERIFY(!looksLikeFqdn(QStringLiteral("localhost")));
    }
};

QTEST_GUILESS_MAIN(TestCertChecks)
#include "tst_cert_checks.moc"
