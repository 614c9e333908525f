// libFuzzer target: the OAuth token reply (JSON) and the backup's Content-Disposition file name. Both come from
// the appliance; a file name from a hostile header must never escape the chosen folder.
#include "api/BackupName.h"
#include "api/TokenManager.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dr::api;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    for (const int status : {200, 400, 401}) {
        const Result<std::pair<dr::Secret, int>> r = TokenManager::parseTokenReply(status, bytes);
        if (!r.ok() && r.error.message.isEmpty())
            std::abort();
        if (r.ok() && r.value->first.isEmpty())
            std::abort(); // an empty token accepted
    }

    if (const std::optional<QString> name = backupNameFromContentDisposition(bytes)) {
        if (name->isEmpty() || name->contains(QLatin1Char('/')) || name->contains(QLatin1Char('\\')) ||
            name->startsWith(QLatin1Char('.')) || name->contains(QChar(0)) ||
            !name->endsWith(QLatin1String(".nsb"), Qt::CaseInsensitive))
            std::abort(); // not a plain .nsb name inside the chosen folder
    }
    const QString part = sanitizeFileNamePart(QString::fromUtf8(bytes));
    if (part.contains(QLatin1Char('/')) || part.contains(QChar(0)))
        std::abort();
    return 0;
}
