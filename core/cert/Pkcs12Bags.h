#pragma once

#include "common/OsslPtr.h"

#include <vector>

namespace dr::cert {

// Everything in a PKCS#12's safe bags, read with the safebag API (PKCS12_parse in OpenSSL 3.0 refuses
// files without a MAC and reorders the certificates).
struct Pkcs12Bags
{
    std::vector<X509Ptr> certificates; // in file order
    PkeyPtr key;                       // the first private key (plain or shrouded)
    int keyCount = 0;
};

// pass may be nullptr (no password); passlen -1 means strlen(pass). Returns false when a safe or a
// shrouded key cannot be decrypted or decoded.
bool readPkcs12Bags(PKCS12* p12, const char* pass, int passlen, OSSL_LIB_CTX* libctx, Pkcs12Bags& out);

} // namespace dr::cert
