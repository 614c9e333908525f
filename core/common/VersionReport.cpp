// dr::versionReport (BuildInfo.h), apart from dr::appVersion: it loads OpenSSL to report it, and the GUI's first
// window, which shows the version, does not link OpenSSL.
#include "common/BuildInfo.h"

#include "BuildConfig.h"
#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace dr {

QString versionReport(const QString& programName)
{
    const OpenSslStatus& ssl = openSslRuntime();
    const QString legacy = ssl.legacyProvider
                               ? QCoreApplication::translate("BuildInfo", "available")
                               : QCoreApplication::translate("BuildInfo", "NOT available (%1)").arg(ssl.legacyError);
    return QCoreApplication::translate("BuildInfo", "%1 %2\nQt %3 (built with %4)\n%5\nOpenSSL legacy provider: %6\n")
        .arg(programName, appVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), ssl.version,
             legacy);
}

} // namespace dr
