#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

// OpenSSL_version(OPENSSL_MODULES_DIR) reads: MODULESDIR: "/usr/lib/x86_64-linux-gnu/ossl-modules"
QString builtInModulesDir()
{
    const QString text = QString::fromLocal8Bit(OpenSSL_version(OPENSSL_MODULES_DIR));
    const qsizetype first = text.indexOf(QLatin1Char('"'));
    const qsizetype last = text.lastIndexOf(QLatin1Char('"'));
    return first >= 0 && last > first ? text.mid(first + 1, last - first - 1) : text;
}
} // namespace

QString bundledModulesDir()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    if (!QCoreApplication::instance())
        return {};
    const QDir programDir(QCoreApplication::applicationDirPath());
#if defined(Q_OS_MACOS)
    const QString dir = programDir.absoluteFilePath(QStringLiteral("../PlugIns/ossl-modules"));
#else
    const QString dir = programDir.absoluteFilePath(QStringLiteral("ossl-modules"));
#endif
    if (QFileInfo(dir).isDir())
        return QDir::toNativeSeparators(QDir::cleanPath(dir));
#endif
    return {};
}

const OpenSslStatus& openSslRuntime()
{
    static OpenSslStatus status;
    static std::once_flag once;
    std::call_once(once, [] {
        status.version = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
        // An installed Windows or macOS build carries its own modules; OPENSSL_MODULES, when set, wins.
        const QString bundled = bundledModulesDir();
        if (qEnvironmentVariableIsSet("OPENSSL_MODULES")) {
            status.modulesDir = qEnvironmentVariable("OPENSSL_MODULES");
        } else if (!bundled.isEmpty() &&
                   OSSL_PROVIDER_set_default_search_path(nullptr, QFile::encodeName(bundled).constData()) == 1) {
            status.modulesDir = bundled;
        } else {
            status.modulesDir = builtInModulesDir();
        }
        // Loading any provider explicitly disables the implicit default one: load both.
        status.defaultProvider = OSSL_PROVIDER_load(nullptr, "default") != nullptr;
        if (OSSL_PROVIDER_load(nullptr, "legacy")) {
            status.legacyProvider = true;
        } else {
            status.legacyError = takeOpenSslError();
            if (status.legacyError.isEmpty())
                status.legacyError = QStringLiteral("legacy provider module not found");
            status.legacyError += QStringLiteral("; looked in %1 (set OPENSSL_MODULES to the folder holding the "
                                                 "legacy module)")
                                      .arg(status.modulesDir);
        }
        ERR_clear_error();
    });
    return status;
}

} // namespace dr
