#pragma once

#include "cert/CertInfo.h"
#include "common/Secret.h"

#include <QStringList>

#include <vector>

namespace dr::cert {

// Why a .p12/.pfx could not be read. Each has a stable code (importErrorCode) for JSON and tests.
enum class ImportError {
    None,
    FileUnreadable,        // "file_unreadable": cannot open or read the file
    NotPkcs12,             // "not_pkcs12": some other kind of file (PEM, DER certificate, text, empty ...)
    JavaKeystore,          // "java_keystore": a Java keytool JKS/JCEKS keystore (magic 0xFEEDFEED / 0xCECECECE)
    CorruptFile,           // "corrupt_file": a PKCS#12 that is truncated or damaged
    WrongPassword,         // "wrong_password": the integrity MAC does not verify with this password
    LegacyProviderMissing, // "legacy_provider_missing": RC2/RC4/DES... needs OpenSSL's legacy provider, not loaded
    UnsupportedAlgorithm,  // "unsupported_algorithm": an algorithm this OpenSSL cannot use at all
};

QString importErrorCode(ImportError error);

struct ImportOptions
{
    // true: decode with the application's OpenSSL context, where dr::openSslRuntime() loaded the legacy
    // provider (if it could). false: decode in a private library context that holds only OpenSSL's
    // default provider, exactly as an installation without the legacy module would.
    bool useLegacyProvider = true;
};

// A private OpenSSL library context (see ImportOptions::useLegacyProvider) kept alive as long as
// objects decoded in it.
struct PrivateLibCtx
{
    LibCtxPtr ctx; // destroyed last
    ProviderPtr defaultProvider;
};

struct Pkcs12Contents
{
    std::shared_ptr<PrivateLibCtx> libctx; // set only when decoded in a private context; outlives privateKey
    std::vector<CertInfo> certificates;    // every certificate in the file, in file order
    PkeyPtr privateKey;                    // null when the file holds no private key ("Private Key? No")
    QStringList encryption;                // how the contents are protected, e.g. "PBES2/PBKDF2 AES-256-CBC"
    QString macDigest;                     // "SHA256", "SHA1"; empty when the file has no MAC
    bool legacyEncryption = false;         // RC2, RC4, DES or 3DES with SHA-1 PBE: weak, old exporters
    bool emptyPassword = false;            // opened with an empty password ("" or none)
};

struct ImportResult
{
    ImportError error = ImportError::None;
    QString message; // on failure: what went wrong and what to do; never contains the password
    Pkcs12Contents contents;

    bool ok() const { return error == ImportError::None; }
    QString code() const { return importErrorCode(error); }
};

// Reads a PKCS#12 archive. The MAC is verified first (PKCS12_verify_mac), so a wrong password is told
// apart from an algorithm OpenSSL cannot use. An empty password tries both "no password" and "".
ImportResult importPkcs12(const QByteArray& data, const Secret& password, const ImportOptions& options = {});
ImportResult importPkcs12File(const QString& path, const Secret& password, const ImportOptions& options = {});

} // namespace dr::cert
