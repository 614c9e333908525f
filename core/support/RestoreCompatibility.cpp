#include "support/RestoreCompatibility.h"

#include <QCoreApplication>

namespace dr::support {

class RestoreText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::RestoreCompatibility)
};

QString verdictKey(RestoreVerdict verdict)
{
    switch (verdict) {
    case RestoreVerdict::SameVersion:
        return QStringLiteral("same-version");
    case RestoreVerdict::ListedUpgrade:
        return QStringLiteral("listed-upgrade");
    case RestoreVerdict::UnlistedUpgrade:
        return QStringLiteral("unlisted-upgrade");
    case RestoreVerdict::Downgrade:
        break;
    }
    return QStringLiteral("downgrade");
}

RestoreAssessment assessRestore(const ProductVersion& backup, const ProductVersion& site,
                                const SupportedUpgrades& upgrades)
{
    const QString b = backup.toString();
    const QString s = site.toString();
    const int c = backup.compare(site);
    if (c == 0)
        return {RestoreVerdict::SameVersion,
                RestoreText::tr("The backup (%1) and the site (%2) have the same version: the restore is supported.")
                    .arg(b, s)};
    if (c > 0)
        return {RestoreVerdict::Downgrade,
                RestoreText::tr("Refused: the backup (%1) is newer than the site (%2). Restoring a backup from a "
                                "newer version onto an older one causes major issues and is not supported. Update "
                                "the site to %1 first (ask Bomgar Support for the /login site update).")
                    .arg(b, s)};
    if (upgrades.isListed(backup, site))
        return {RestoreVerdict::ListedUpgrade,
                RestoreText::tr("The site version %1 lists %2 as a supported upgrade version: restoring this backup "
                                "is supported.")
                    .arg(s, b)};
    return {RestoreVerdict::UnlistedUpgrade,
            RestoreText::tr("Warning: %2 is not listed as a supported upgrade version of the site version %1. "
                            "Restoring this backup can cause unexpected issues and/or data loss. Check the release "
                            "notes of %1 (www.bomgar.com/changelog) and add %2 to your supported-upgrade list if "
                            "they name it, or ask Bomgar Support to put the site on a version that supports it.")
                .arg(s, b)};
}

} // namespace dr::support
