#pragma once

#include <QString>

#include <openssl/pkcs12.h>

#include <vector>

namespace dr::cert {

// One encryption algorithm protecting part of a PKCS#12 (an encrypted safe or a shrouded key bag).
struct PbeAlgorithm
{
    QString description;              // "PBES2/PBKDF2 AES-256-CBC", "pbeWithSHA1And40BitRC2-CBC"
    QString cipherName;               // what OpenSSL must fetch: "AES-256-CBC", "RC2-40-CBC", "DES-EDE3-CBC"
    bool legacy = false;              // SHA-1 PBE or a weak cipher (RC2, RC4, DES, 3DES)
    bool needsLegacyProvider = false; // the cipher lives in OpenSSL 3's legacy provider (RC2, RC4, DES, SEED...)
};

// The algorithms visible without the password: encrypted safes and shrouded keys in plain safes.
// Returns false when the structure cannot be unpacked (a damaged file).
bool pkcs12Algorithms(PKCS12* p12, std::vector<PbeAlgorithm>& out);

// Whether the cipher can be fetched in this library context (nullptr: the application's).
bool cipherAvailable(OSSL_LIB_CTX* libctx, const QString& cipherName);

// Digest of the integrity MAC ("SHA256", "SHA1"); empty when there is no MAC. *available tells
// whether it can be fetched in libctx.
QString macDigest(const PKCS12* p12, OSSL_LIB_CTX* libctx, bool* available);

} // namespace dr::cert
