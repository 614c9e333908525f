#include "common/BuildInfo.h"

#include "BuildConfig.h"

namespace dr {

QString appVersion()
{
    return QStringLiteral(DR_VERSION_STRING);
}

} // namespace dr
