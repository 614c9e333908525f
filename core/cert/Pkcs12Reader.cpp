#include "cert/Pkcs12Reader.h"

#include "cert/Pkcs12Algorithms.h"
#include "cert/Pkcs12Bags.h"
#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/err.h>

namespace dr::cert {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::Pkcs12Reader)
};

ImportResult failure(ImportError error, QString message)
{
    ERR_clear_error();
    ImportResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

QString exportAdvice()
{
    return Text::tr("Export the certificate again from /appliance > Security > Certificates with Include Certificate, "
                    "Include Private Key and Include Certificate Chain checked.");
}

// A PFX is SEQUENCE { INTEGER 3, ... }. Returns the total length the outer header announces, or -1.
qint64 pfxAnnouncedLength(const QByteArray& d)
{
    if (d.size() < 5 || static_cast<unsigned char>(d[0]) != 0x30)
        return -1;
    const auto first = static_cast<unsigned char>(d[1]);
    qint64 len = 0;
    int header = 2;
    if (first < 0x80) {
        len = first;
    } else {
        const int n = first & 0x7f;
        if (n < 1 || n > 4 || d.size() < 2 + n + 3)
            return -1;
        for (int i = 0; i < n; ++i)
            len = (len << 8) | static_cast<unsigned char>(d[2 + i]);
        header += n;
    }
    if (d.mid(header, 3) != QByteArray::fromHex("020103"))
        return -1;
    return header + len;
}

ImportResult notParsed(const QByteArray& data)
{
    if (const qint64 announced = pfxAnnouncedLength(data); announced >= 0) {
        if (announced > data.size()) {
            return failure(ImportError::CorruptFile,
                           Text::tr("The PKCS#12 file is truncated: it announces %1 bytes but holds only %2. "
                                    "Copy it again from the backup location and compare its size.")
                               .arg(announced)
                               .arg(data.size()));
        }
        return failure(ImportError::CorruptFile,
                       Text::tr("The file starts like a PKCS#12 archive but its contents are damaged. Copy it again "
                                "from the backup location; if every copy is damaged, %1")
                           .arg(exportAdvice()));
    }
    if (data.trimmed().startsWith("-----BEGIN")) {
        return failure(ImportError::NotPkcs12,
                       Text::tr("This is a PEM text file, not a PKCS#12 (.p12/.pfx) archive. Combine the "
                                "certificate, chain and key with 'openssl pkcs12 -export', or %1")
                           .arg(exportAdvice()));
    }
    if (x509FromDer(data)) {
        return failure(ImportError::NotPkcs12,
                       Text::tr("This is a single certificate (DER) without its private key, not a PKCS#12 archive. "
                                "%1")
                           .arg(exportAdvice()));
    }
    return failure(ImportError::NotPkcs12, Text::tr("This is not a PKCS#12 (.p12/.pfx) file. %1").arg(exportAdvice()));
}

// Which password variant opens the MAC: nullptr (no password) or "" for an empty one.
std::optional<const char*> verifyMac(PKCS12* p12, const Secret& password)
{
    const QByteArray& pass = password.reveal();
    if (!PKCS12_mac_present(p12))
        return password.isEmpty() ? nullptr : pass.constData();
    if (password.isEmpty()) {
        if (PKCS12_verify_mac(p12, nullptr, 0) == 1)
            return nullptr;
        if (PKCS12_verify_mac(p12, "", 0) == 1)
            return "";
        return std::nullopt;
    }
    if (PKCS12_verify_mac(p12, pass.constData(), static_cast<int>(pass.size())) == 1)
        return pass.constData();
    return std::nullopt;
}

ImportResult missingAlgorithm(const PbeAlgorithm& alg, bool legacyAvailable)
{
    if (alg.needsLegacyProvider && !legacyAvailable) {
        const OpenSslStatus& rt = openSslRuntime();
        return failure(
            ImportError::LegacyProviderMissing,
            Text::tr("The file is protected with the legacy algorithm %1, which OpenSSL 3 reads only "
                     "with its legacy provider, and that provider is not loaded (%2). Install the "
                     "OpenSSL legacy provider module (ossl-modules/legacy.so), or convert the file on a "
                     "machine that has it: 'openssl pkcs12 -legacy -in old.p12 -nodes | openssl pkcs12 "
                     "-export -out new.p12' (AES-256).")
                .arg(alg.description, rt.legacyError.isEmpty() ? Text::tr("disabled for this check") : rt.legacyError));
    }
    return failure(ImportError::UnsupportedAlgorithm,
                   Text::tr("The file is protected with %1, which this OpenSSL cannot decrypt. Export the "
                            "certificate again with AES-256 (the default of current exporters).")
                       .arg(alg.description));
}

} // namespace

QString importErrorCode(ImportError error)
{
    switch (error) {
    case ImportError::None:
        return QStringLiteral("ok");
    case ImportError::FileUnreadable:
        return QStringLiteral("file_unreadable");
    case ImportError::NotPkcs12:
        return QStringLiteral("not_pkcs12");
    case ImportError::JavaKeystore:
        return QStringLiteral("java_keystore");
    case ImportError::CorruptFile:
        return QStringLiteral("corrupt_file");
    case ImportError::WrongPassword:
        return QStringLiteral("wrong_password");
    case ImportError::LegacyProviderMissing:
        return QStringLiteral("legacy_provider_missing");
    case ImportError::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    }
    return QStringLiteral("unknown");
}

ImportResult importPkcs12File(const QString& path, const Secret& password, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(ImportError::FileUnreadable,
                       Text::tr("Cannot open %1: %2. Check the path and that you may read the file.")
                           .arg(path, file.errorString()));
    }
    return importPkcs12(file.readAll(), password, options);
}

ImportResult importPkcs12(const QByteArray& data, const Secret& password, const ImportOptions& options)
{
    const OpenSslStatus& runtime = openSslRuntime();
    ERR_clear_error();
    if (data.isEmpty())
        return failure(ImportError::NotPkcs12, Text::tr("The file is empty. %1").arg(exportAdvice()));
    if (data.startsWith(QByteArray::fromHex("feedfeed")) || data.startsWith(QByteArray::fromHex("cececece"))) {
        return failure(ImportError::JavaKeystore,
                       Text::tr("This is a Java keytool keystore (JKS/JCEKS), not a PKCS#12 file. Convert it with: "
                                "keytool -importkeystore -srckeystore FILE -destkeystore FILE.p12 "
                                "-deststoretype PKCS12, then open FILE.p12."));
    }

    std::shared_ptr<PrivateLibCtx> ownCtx;
    bool legacyAvailable = runtime.legacyProvider;
    if (!options.useLegacyProvider) {
        ownCtx = std::make_shared<PrivateLibCtx>();
        ownCtx->ctx.reset(OSSL_LIB_CTX_new());
        ownCtx->defaultProvider.reset(ownCtx->ctx ? OSSL_PROVIDER_load(ownCtx->ctx.get(), "default") : nullptr);
        legacyAvailable = false;
    }
    OSSL_LIB_CTX* libctx = ownCtx ? ownCtx->ctx.get() : nullptr;

    PKCS12* raw = PKCS12_init_ex(NID_pkcs7_data, libctx, nullptr);
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    PKCS12* parsed = raw ? d2i_PKCS12(&raw, &p, data.size()) : nullptr;
    Pkcs12Ptr p12(parsed ? parsed : raw); // d2i frees and nulls raw on failure
    if (!parsed) {
        p12.reset();
        return notParsed(data);
    }

    ImportResult result;
    Pkcs12Contents& c = result.contents;
    c.libctx = ownCtx;
    bool macAvailable = true;
    c.macDigest = macDigest(p12.get(), libctx, &macAvailable);
    if (!macAvailable) {
        static const QStringList legacyDigests{QStringLiteral("MD4"), QStringLiteral("MDC2"),
                                               QStringLiteral("WHIRLPOOL"), QStringLiteral("RIPEMD160")};
        return missingAlgorithm(
            {Text::tr("a %1 integrity MAC").arg(c.macDigest), c.macDigest, true, legacyDigests.contains(c.macDigest)},
            legacyAvailable);
    }
    const std::optional<const char*> pass = verifyMac(p12.get(), password);
    if (!pass) {
        return failure(ImportError::WrongPassword,
                       Text::tr("The password does not open this file (its integrity check fails). Enter the "
                                "passphrase that was set when the certificate was exported from /appliance; if it "
                                "is right, the file was altered after export: use another copy."));
    }
    c.emptyPassword = password.isEmpty();

    std::vector<PbeAlgorithm> algorithms;
    if (!pkcs12Algorithms(p12.get(), algorithms)) {
        return failure(ImportError::CorruptFile,
                       Text::tr("The PKCS#12 structure is damaged (its safe contents cannot be unpacked). Copy it "
                                "again from the backup location."));
    }
    for (const PbeAlgorithm& alg : algorithms) {
        c.encryption.append(alg.description);
        c.legacyEncryption = c.legacyEncryption || alg.legacy;
        if (!cipherAvailable(libctx, alg.cipherName))
            return missingAlgorithm(alg, legacyAvailable);
    }

    Pkcs12Bags bags;
    bool opened = false;
    if (*pass == nullptr && !PKCS12_mac_present(p12.get())) {
        // No MAC to tell which empty password was used: try none, then "".
        opened = readPkcs12Bags(p12.get(), nullptr, 0, libctx, bags);
        if (!opened) {
            bags = Pkcs12Bags();
            opened = readPkcs12Bags(p12.get(), "", 0, libctx, bags);
        }
    } else {
        const int passlen = *pass ? static_cast<int>(qstrlen(*pass)) : 0;
        opened = readPkcs12Bags(p12.get(), *pass, passlen, libctx, bags);
    }
    if (!opened) {
        return failure(PKCS12_mac_present(p12.get()) ? ImportError::CorruptFile : ImportError::WrongPassword,
                       PKCS12_mac_present(p12.get())
                           ? Text::tr("The password is right but the contents cannot be decrypted or decoded: the "
                                      "file is damaged. Copy it again from the backup location.")
                           : Text::tr("The contents cannot be decrypted with this password (the file has no "
                                      "integrity MAC, so a damaged file looks the same). Check the passphrase, "
                                      "or use another copy."));
    }
    c.privateKey = std::move(bags.key);
    for (const X509Ptr& x : bags.certificates) {
        if (auto info = CertInfo::fromX509(x.get()))
            c.certificates.push_back(std::move(*info));
    }
    ERR_clear_error();
    return result;
}

} // namespace dr::cert
