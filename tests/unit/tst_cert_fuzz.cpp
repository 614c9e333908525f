// Fuzzing the PKCS#12 import: arbitrary and mutated bytes must give a typed result, never a crash.
// As a QtTest it runs a deterministic mutation campaign (fixed seed) over real files made by openssl.
// Built with -DDR_LIBFUZZER and clang's -fsanitize=fuzzer,address it is a libFuzzer target instead:
//   clang++ -std=c++20 -DDR_LIBFUZZER -fsanitize=fuzzer,address -fPIC -I core tests/unit/tst_cert_fuzz.cpp
//     $(ls core/cert/*.cpp | grep -v -e ServedChainProbe -e CertJson -e ServeComparison)
//     core/common/Secret.cpp core/common/OpenSslRuntime.cpp core/common/Clock.cpp
//     $(pkg-config --cflags --libs Qt6Core Qt6Network libcrypto libssl) -o cert_fuzz
//   ASAN_OPTIONS=detect_leaks=0 ./cert_fuzz -max_total_time=60 CORPUS_DIR_WITH_P12_FILES
// (156,000 runs in 60 s on 2026-11-25 found nothing.)
#include "cert/CertChecker.h"
#include "cert/Pkcs12Reader.h"
#include "common/OpenSslRuntime.h"

namespace {

void fuzzOne(const QByteArray& data, const dr::Secret& password, bool legacy)
{
    dr::cert::ImportOptions options;
    options.useLegacyProvider = legacy;
    const dr::cert::ImportResult r = dr::cert::importPkcs12(data, password, options);
    if (r.ok()) {
        dr::ManualClock clock;
        const dr::cert::CertReport report =
            dr::cert::inspectContents(r.contents, {QStringLiteral("appliance.example.test"), 30, &clock});
        (void)report.fitToRestore();
    } else if (r.message.isEmpty() || r.code() == QLatin1String("unknown")) {
        abort();
    }
}

} // namespace

#ifdef DR_LIBFUZZER

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dr::openSslRuntime();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    fuzzOne(bytes, dr::Secret(QByteArray("correct horse battery")), true);
    fuzzOne(bytes, dr::Secret(), size % 2 == 0);
    return 0;
}

#else

#include "unit/tst_cert_fixtures.h"

#include <QRandomGenerator>

using dr::test::kP12Pass;

class TestCertFuzz : public QObject
{
    Q_OBJECT

private:
    dr::test::CertFixtures fx;
    QList<QByteArray> corpus;
    QRandomGenerator rng{20261125u};

    QByteArray mutate(QByteArray d)
    {
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !d.isEmpty(); ++e) {
            const auto at = qsizetype(rng.bounded(quint32(d.size())));
            switch (rng.bounded(6)) {
            case 0:
                d[at] = char(d[at] ^ char(1 << rng.bounded(8)));
                break;
            case 1:
                d[at] = char(rng.bounded(256));
                break;
            case 2:
                d.truncate(at);
                break;
            case 3:
                d.insert(at, QByteArray(1 + int(rng.bounded(8)), char(rng.bounded(256))));
                break;
            case 4:
                d.remove(at, 1 + qsizetype(rng.bounded(16)));
                break;
            default: {
                // DER lengths are the interesting bytes: make one huge or tiny.
                const qsizetype i = d.indexOf(char(0x82), at);
                if (i >= 0 && i + 2 < d.size()) {
                    d[i + 1] = char(rng.bounded(256));
                    d[i + 2] = char(rng.bounded(256));
                }
                break;
            }
            }
        }
        return d;
    }

private slots:
    void initTestCase()
    {
        dr::openSslRuntime();
        QVERIFY(fx.dir.isValid());
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        const QStringList base{QStringLiteral("-inkey"),   QStringLiteral("leaf.key"),  QStringLiteral("-in"),
                               QStringLiteral("leaf.crt"), QStringLiteral("-certfile"), QStringLiteral("chain.pem"),
                               QStringLiteral("-iter"),    QStringLiteral("1"),         QStringLiteral("-maciter")};
        const QList<QStringList> kinds{{},
                                       {QStringLiteral("-legacy")},
                                       {QStringLiteral("-nomac")},
                                       {QStringLiteral("-nomac"), QStringLiteral("-legacy")},
                                       {QStringLiteral("-nokeys")}};
        int n = 0;
        for (const QStringList& kind : kinds) {
            const QString name = QStringLiteral("seed%1.p12").arg(n++);
            QVERIFY2(fx.p12(name, base + kind), qPrintable(fx.error));
            corpus.append(fx.read(name));
        }
    }

    void randomBytes()
    {
        for (int i = 0; i < 500; ++i) {
            QByteArray d(qsizetype(rng.bounded(600)), Qt::Uninitialized);
            for (char& c : d)
                c = char(rng.bounded(256));
            if (i % 3 == 0 && d.size() > 4)
                d.replace(0, 4, QByteArray::fromHex("30820100"));
            fuzzOne(d, dr::Secret(kP12Pass), true);
        }
    }

    void mutatedCertificates()
    {
        // The served chain arrives as DER certificates: the same decoding and chain code must hold.
        QVERIFY(fx.ossl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.crt"),
                         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                         QStringLiteral("leaf.der")}));
        const QByteArray der = fx.read(QStringLiteral("leaf.der"));
        QVERIFY(dr::cert::CertInfo::fromDer(der));
        int decoded = 0;
        for (int i = 0; i < 2000; ++i) {
            const std::optional<dr::cert::CertInfo> c = dr::cert::CertInfo::fromDer(mutate(der));
            if (!c)
                continue;
            ++decoded;
            const dr::cert::ChainAnalysis a = dr::cert::analyseChain({*c, *c}, nullptr, QStringLiteral("a.example"));
            QVERIFY(a.chain.size() + a.others.size() == 2);
        }
        QVERIFY(decoded > 0);
    }

    void mutatedFiles()
    {
        int ok = 0;
        for (int round = 0; round < 600; ++round) {
            for (qsizetype k = 0; k < corpus.size(); ++k) {
                const QByteArray d = mutate(corpus[k]);
                const dr::cert::ImportResult r = dr::cert::importPkcs12(d, dr::Secret(kP12Pass));
                ok += r.ok() ? 1 : 0;
                fuzzOne(d, dr::Secret(kP12Pass), round % 2 == 0);
                if (round % 50 == 0)
                    fuzzOne(d, dr::Secret(), true);
            }
        }
        // Some mutations leave a readable file (e.g. in padding or unauthenticated no-MAC parts): the campaign
        // really reaches the decoding code and not only the first sanity checks.
        QVERIFY(ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestCertFuzz)
#include "tst_cert_fuzz.moc"

#endif
