#include "cert/Pkcs12Writer.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace dr::cert {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::Pkcs12Writer)
};

constexpr int kModernIterations = 10000;
constexpr int kLegacyIterations = 2048;

QString opensslError()
{
    QString text;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + QString::fromLatin1(buf);
    }
    return text;
}

ExportResult fail(QString message)
{
    ERR_clear_error();
    ExportResult r;
    r.message = std::move(message);
    return r;
}

ExportResult save(const QString& path, const QByteArray& data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Text::tr("Cannot write %1: %2. Choose a folder you may write to.").arg(path, file.errorString()));
    }
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        return fail(
            Text::tr("Writing %1 failed: %2. Check the free space and try again.").arg(path, file.errorString()));
    }
    ExportResult r;
    r.ok = true;
    return r;
}

} // namespace

ExportResult exportPkcs12(EVP_PKEY* key, const std::vector<CertInfo>& chain, const Secret& passphrase,
                          ExportProfile profile, const QString& friendlyName)
{
    ERR_clear_error();
    if (!key)
        return fail(Text::tr("There is no private key to export. Open a backup that holds the key."));
    if (chain.empty())
        return fail(Text::tr("There is no certificate to export."));
    X509Ptr leaf = x509FromDer(chain.front().der);
    if (!leaf)
        return fail(Text::tr("The certificate cannot be decoded."));
    if (EVP_PKEY_eq(X509_get0_pubkey(leaf.get()), key) != 1)
        return fail(Text::tr("The private key does not belong to the certificate \"%1\".").arg(chain.front().issuedTo));
    X509StackPtr ca(sk_X509_new_null());
    for (size_t i = 1; i < chain.size(); ++i) {
        X509Ptr x = x509FromDer(chain[i].der);
        if (!x || !ca || !sk_X509_push(ca.get(), x.get()))
            return fail(Text::tr("A chain certificate cannot be decoded."));
        x.release(); // owned by the stack now
    }

    const bool modern = profile == ExportProfile::Modern;
    const int pbe = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? kModernIterations : kLegacyIterations;
    const QByteArray name = (friendlyName.isEmpty() ? chain.front().issuedTo : friendlyName).toUtf8();
    const QByteArray& pass = passphrase.reveal();
    // MAC added below (-1 here) so that its digest can be chosen.
    Pkcs12Ptr p12(PKCS12_create_ex(pass.constData(), name.constData(), key, leaf.get(), ca.get(), pbe, pbe, iterations,
                                   -1, 0, nullptr, nullptr));
    if (!p12)
        return fail(Text::tr("Creating the PKCS#12 archive failed: %1").arg(opensslError()));
    const EVP_MD* md = modern ? EVP_sha256() : EVP_sha1();
    if (PKCS12_set_mac(p12.get(), pass.constData(), static_cast<int>(pass.size()), nullptr, 0, iterations, md) != 1)
        return fail(Text::tr("Adding the integrity MAC failed: %1").arg(opensslError()));

    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12.get(), &der);
    if (len <= 0)
        return fail(Text::tr("Encoding the PKCS#12 archive failed: %1").arg(opensslError()));
    ExportResult r;
    r.ok = true;
    r.data = QByteArray(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return r;
}

ExportResult writePkcs12File(const QString& path, EVP_PKEY* key, const std::vector<CertInfo>& chain,
                             const Secret& passphrase, ExportProfile profile, const QString& friendlyName)
{
    ExportResult built = exportPkcs12(key, chain, passphrase, profile, friendlyName);
    if (!built.ok)
        return built;
    ExportResult r = save(path, built.data, true);
    r.data = built.data;
    return r;
}

QByteArray pemChain(const std::vector<CertInfo>& chain)
{
    QByteArray out;
    for (const CertInfo& c : chain) {
        X509Ptr x = x509FromDer(c.der);
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (!x || !bio || PEM_write_bio_X509(bio.get(), x.get()) != 1)
            continue;
        char* data = nullptr;
        const long len = BIO_get_mem_data(bio.get(), &data);
        out.append(data, static_cast<qsizetype>(len));
    }
    return out;
}

ExportResult writePemChainFile(const QString& path, const std::vector<CertInfo>& chain)
{
    if (chain.empty())
        return fail(Text::tr("There is no certificate to export."));
    return save(path, pemChain(chain), false);
}

} // namespace dr::cert
