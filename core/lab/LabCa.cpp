#include "lab/LabCa.h"

#include "common/OsslPtr.h"
#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace dr::lab {

namespace {


QString tr(const char* text)
{
    return QCoreApplication::translate("LabCa", text);
}

QString opensslError(const char* what)
{
    QString text = tr(what);
    if (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        text += QStringLiteral(" (") + QString::fromLatin1(buf) + QStringLiteral(")");
    }
    ERR_clear_error();
    return text;
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

PkeyPtr makeKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

QSslCertificate toQt(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return QSslCertificate(bioBytes(bio.get()), QSsl::Pem);
}

QSslKey toQt(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    QByteArray pem = bioBytes(bio.get());
    QSslKey k(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    return k;
}

X509Ptr fromQt(const QSslCertificate& cert)
{
    return x509FromDer(cert.toDer());
}

PkeyPtr fromQt(const QSslKey& key)
{
    return privateKeyFromPem(key.toPem());
}

bool addExt(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

QByteArray sanValue(const QStringList& dnsNames, const QList<QHostAddress>& ips)
{
    QStringList parts;
    for (const QString& n : dnsNames)
        parts << QStringLiteral("DNS:") + n;
    for (const QHostAddress& ip : ips)
        parts << QStringLiteral("IP:") + ip.toString();
    return parts.join(QLatin1Char(',')).toLatin1();
}

// Builds and signs a certificate for `key`. issuer/issuerKey null = self-signed.
X509Ptr makeCert(EVP_PKEY* key, const QString& cn, X509* issuer, EVP_PKEY* issuerKey, bool isCa,
                 const QStringList& dnsNames, const QList<QHostAddress>& ips, int days)
{
    X509Ptr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * days);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Appliance DR Runbook Lab"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cnUtf8.constData()),
                               -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok = ok && addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExt(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        ok = ok && addExt(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExt(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyAgreement");
        ok = ok && addExt(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        const QByteArray san = sanValue(dnsNames, ips);
        if (!san.isEmpty())
            ok = ok && addExt(cert.get(), signer, NID_subject_alt_name, san);
    }
    ok = ok && addExt(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExt(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

} // namespace

struct LabCa::Private
{
    PkeyPtr key;
    X509Ptr cert;
    QSslCertificate qtCert;
};

LabCa::LabCa() : d(std::make_unique<Private>()) {}
LabCa::~LabCa() = default;

bool LabCa::create(const QString& commonName, QString* error)
{
    dr::openSslRuntime();
    d->key = makeKey();
    if (!d->key) {
        setError(error, opensslError("Could not generate the lab CA key. Check that OpenSSL 3 is installed."));
        return false;
    }
    d->cert = makeCert(d->key.get(), commonName, nullptr, nullptr, true, {}, {}, 30);
    if (!d->cert) {
        setError(error, opensslError("Could not sign the lab CA certificate. Check that OpenSSL 3 is installed."));
        return false;
    }
    d->qtCert = toQt(d->cert.get());
    return true;
}

bool LabCa::isValid() const
{
    return d->cert != nullptr;
}

QSslCertificate LabCa::certificate() const
{
    return d->qtCert;
}

QByteArray LabCa::pem() const
{
    return d->qtCert.toPem();
}

LabCertificate LabCa::issueLeaf(const QString& commonName, const QStringList& dnsNames, const QList<QHostAddress>& ips,
                                QString* error) const
{
    if (!isValid()) {
        setError(error, tr("The lab CA was not created. Start the lab first."));
        return {};
    }
    PkeyPtr key = makeKey();
    X509Ptr cert =
        key ? makeCert(key.get(), commonName, d->cert.get(), d->key.get(), false, dnsNames, ips, 30) : X509Ptr();
    if (!cert) {
        setError(error, opensslError("Could not issue a lab certificate. Check that OpenSSL 3 is installed."));
        return {};
    }
    return {{toQt(cert.get()), d->qtCert}, toQt(key.get())};
}

LabCertificate LabCa::selfSigned(const QString& commonName, const QStringList& dnsNames, const QList<QHostAddress>& ips,
                                 QString* error)
{
    dr::openSslRuntime();
    PkeyPtr key = makeKey();
    X509Ptr cert = key ? makeCert(key.get(), commonName, nullptr, nullptr, false, dnsNames, ips, 3650) : X509Ptr();
    if (!cert) {
        setError(error, opensslError("Could not make a self-signed certificate. Check that OpenSSL 3 is installed."));
        return {};
    }
    return {{toQt(cert.get())}, toQt(key.get())};
}

bool LabCa::writePkcs12(const QString& path, const QList<QSslCertificate>& chain, const QSslKey& key,
                        const QByteArray& password, QString* error, bool legacyAlgorithms, const QString& friendlyName)
{
    dr::openSslRuntime();
    if (chain.isEmpty() || key.isNull()) {
        setError(error, tr("Nothing to export: give a certificate chain and its private key."));
        return false;
    }
    X509Ptr leaf = fromQt(chain.first());
    PkeyPtr pkey = fromQt(key);
    X509StackPtr extra(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr c = fromQt(chain.at(i));
        if (c && sk_X509_push(extra.get(), c.get()) > 0)
            c.release();
    }
    if (!leaf || !pkey) {
        setError(error, opensslError("The certificate or key could not be read for export."));
        return false;
    }
    const int certNid = legacyAlgorithms ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const int keyNid = legacyAlgorithms ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const QByteArray name = friendlyName.toUtf8();
    const QByteArray& pass = password;
    Pkcs12Ptr p12(PKCS12_create_ex(pass.constData(), name.isEmpty() ? nullptr : name.constData(), pkey.get(),
                                   leaf.get(), extra.get(), keyNid, certNid, 2048, -1, 0, nullptr, nullptr));
    if (p12 && !legacyAlgorithms)
        PKCS12_set_mac(p12.get(), pass.constData(), -1, nullptr, 0, 2048, EVP_sha256());
    else if (p12)
        PKCS12_set_mac(p12.get(), pass.constData(), -1, nullptr, 0, 2048, EVP_sha1());
    if (!p12) {
        setError(error, opensslError("Could not build the PKCS#12 file."));
        return false;
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(bio.get(), p12.get());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bioBytes(bio.get())) < 0 || !file.commit()) {
        setError(error, tr("Could not write %1: %2. Choose a writable folder.").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace dr::lab
