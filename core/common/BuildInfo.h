#pragma once

#include <QString>

namespace dr {

QString appVersion();
// "drrunbook 0.1.0, Qt 6.4.2, OpenSSL 3.0.x (legacy provider: available)", one item per line.
QString versionReport(const QString& programName);

} // namespace dr
