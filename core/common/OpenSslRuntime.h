#pragma once

#include <QString>

namespace dr {

struct OpenSslStatus
{
    QString version;          // OpenSSL_version(OPENSSL_VERSION)
    bool defaultProvider = false;
    bool legacyProvider = false;  // needed for RC2-40 / 3DES PKCS#12 files
    QString legacyError;      // why the legacy provider did not load, if it did not
};

// Loads OpenSSL's default and legacy providers once (thread-safe) and reports the outcome.
const OpenSslStatus& openSslRuntime();

} // namespace dr
