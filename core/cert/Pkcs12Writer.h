#pragma once

#include "cert/CertInfo.h"
#include "common/Secret.h"

#include <QString>

#include <vector>

namespace dr::cert {

enum class ExportProfile {
    Modern,         // PBES2 + PBKDF2 (HMAC-SHA256) + AES-256-CBC, SHA-256 MAC: the default
    LegacyInsecure, // PKCS#12 PBE SHA-1 + 3DES for keys and certificates, SHA-1 MAC: only for old targets
};

struct ExportResult
{
    bool ok = false;
    QString message; // on failure: what went wrong and what to do
    QByteArray data; // the DER archive (exportPkcs12 only)
};

// Builds a .p12 holding the private key, its certificate (chain.front()) and the rest of the chain.
// Refuses a key that does not belong to the certificate.
ExportResult exportPkcs12(EVP_PKEY* key, const std::vector<CertInfo>& chain, const Secret& passphrase,
                          ExportProfile profile = ExportProfile::Modern, const QString& friendlyName = QString());

// The same, written atomically (QSaveFile) with owner-only permissions.
ExportResult writePkcs12File(const QString& path, EVP_PKEY* key, const std::vector<CertInfo>& chain,
                             const Secret& passphrase, ExportProfile profile = ExportProfile::Modern,
                             const QString& friendlyName = QString());

// The chain as concatenated PEM certificates (no key), leaf first.
QByteArray pemChain(const std::vector<CertInfo>& chain);
ExportResult writePemChainFile(const QString& path, const std::vector<CertInfo>& chain);

} // namespace dr::cert
