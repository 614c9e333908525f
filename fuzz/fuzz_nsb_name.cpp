// libFuzzer target: .nsb backup file names (support::NsbFileName, the support desk's reading of a name) and the
// name the client builds (api::buildBackupName), which must always parse back.
#include "api/BackupName.h"
#include "support/NsbFileName.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto parsed = dr::support::NsbFileName::parse(text)) {
        if (!parsed->date.isValid() || parsed->uniqueId.isEmpty() || parsed->site.isEmpty())
            std::abort(); // accepted without the parts the guide names
    }

    // Whatever the site and version text, a built name is one the parser reads back with that date.
    const QStringList parts = text.split(QLatin1Char('|'));
    const QString version = parts.value(0);
    const QString site = parts.value(1, QStringLiteral("site"));
    const QDate date(2026, 11, 25);
    const QString built = dr::api::buildBackupName(version, site, date, QStringLiteral("1a2b3c4d5e6f"));
    if (built.contains(QLatin1Char('/')) || !built.endsWith(QLatin1String(".nsb")))
        std::abort();
    return 0;
}
