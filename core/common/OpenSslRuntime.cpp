#include "common/OpenSslRuntime.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>

#include <mutex>

namespace dr {

namespace {
QString takeOpenSslError()
{
    QString text;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buf);
    }
    return text;
}
} // namespace

const OpenSslStatus& openSslRuntime()
{
    static OpenSslStatus status;
    static std::once_flag once;
    std::call_once(once, [] {
        status.version = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
        // Loading any provider explicitly disables the implicit default one: load both.
        status.defaultProvider = OSSL_PROVIDER_load(nullptr, "default") != nullptr;
        if (OSSL_PROVIDER_load(nullptr, "legacy")) {
            status.legacyProvider = true;
        } else {
            status.legacyError = takeOpenSslError();
            if (status.legacyError.isEmpty())
                status.legacyError = QStringLiteral("legacy provider module not found");
        }
        ERR_clear_error();
    });
    return status;
}

} // namespace dr
