#pragma once

#include <QString>

namespace dr {

struct OpenSslStatus
{
    QString version; // OpenSSL_version(OPENSSL_VERSION)
    bool defaultProvider = false;
    bool legacyProvider = false; // needed for RC2-40 / 3DES PKCS#12 files
    QString legacyError;         // why the legacy provider did not load, if it did not
    QString modulesDir;          // where OpenSSL looks for provider modules (legacy.so / legacy.dll / legacy.dylib)
};

// Loads OpenSSL's default and legacy providers once (thread-safe) and reports the outcome.
// Module folder: $OPENSSL_MODULES when set; else, on Windows and macOS, the one an installer ships beside the program
// (bundledModulesDir()) when it exists; else OpenSSL's built-in folder (Linux: the distribution's).
// Call it after the QCoreApplication exists, so that the program's folder is known.
const OpenSslStatus& openSslRuntime();

// Windows: <folder of the .exe>/ossl-modules; macOS: <bundle>/Contents/PlugIns/ossl-modules; elsewhere empty.
// Empty too when there is no QCoreApplication.
QString bundledModulesDir();

} // namespace dr
