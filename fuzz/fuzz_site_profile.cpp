// libFuzzer target: site profile files (core/site), read as the app reads them (parse, v1 migration, validation).
// A file that was read must be saved and read back to a profile again (nothing it wrote is refused on the next
// load); a refusal must say why.
#include "site/SiteFile.h"
#include "site/SiteValidator.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace dr::site;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const SiteLoadResult r = parseSiteProfile(bytes, QStringLiteral("fuzz.json"));
    if (!r.profile) {
        if (r.error.isEmpty())
            std::abort(); // refused without a reason
        return 0;
    }
    ValidationOptions options;
    options.checkFiles = false;
    (void)validateSiteProfile(*r.profile, options);
    const SiteLoadResult again = parseSiteProfile(r.profile->toJsonBytes(), QStringLiteral("saved.json"));
    if (!again.profile)
        std::abort(); // what the app saves, it cannot read back
    return 0;
}
