// .p12 import: dr::cert::importPkcs12 (MAC check, decryption, every certificate decoded, key kept) against
// OpenSSL's own PKCS12_parse on the same bytes and password, in the same process, alternating, ROUNDS times.
// The password comes from DRRUNBOOK_P12_PASSWORD (never argv). Prints both medians and the ratio.
//   DRRUNBOOK_P12_PASSWORD=... bench_p12_import FILE.p12 [ROUNDS=50]
#include "cert/Pkcs12Reader.h"
#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The reference: what `openssl pkcs12` does to read a file (d2i, MAC, decrypt, parse).
bool opensslParse(const QByteArray& data, const QByteArray& password)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.constData());
    PKCS12* p12 = d2i_PKCS12(nullptr, &p, data.size());
    if (!p12)
        return false;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    const bool ok = PKCS12_parse(p12, password.constData(), &key, &cert, &ca) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    sk_X509_pop_free(ca, X509_free);
    PKCS12_free(p12);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: DRRUNBOOK_P12_PASSWORD=... bench_p12_import FILE.p12 [ROUNDS]\n");
        return 64;
    }
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 50;
    QFile f(QString::fromLocal8Bit(argv[1]));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_p12_import: cannot read %s\n", argv[1]);
        return 2;
    }
    const QByteArray data = f.readAll();
    const QByteArray password = qgetenv("DRRUNBOOK_P12_PASSWORD");
    dr::openSslRuntime();

    std::vector<double> ours, theirs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const dr::cert::ImportResult r = dr::cert::importPkcs12(data, dr::Secret(password));
        ours.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r.ok()) {
            std::fprintf(stderr, "bench_p12_import: import failed: %s\n", qPrintable(r.message));
            return 1;
        }
        t.restart();
        const bool ok = opensslParse(data, password);
        theirs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!ok) {
            std::fprintf(stderr, "bench_p12_import: PKCS12_parse failed on the same file\n");
            return 1;
        }
    }
    const double a = median(ours), b = median(theirs);
    std::printf("rounds %d\nimport_ms %.2f\nopenssl_parse_ms %.2f\nratio %.2f\n", rounds, a, b, a / b);
    return 0;
}
