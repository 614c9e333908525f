#pragma once

#include "support/ProductVersion.h"
#include "support/SupportedUpgrades.h"

#include <QString>

namespace dr::support {

// The guide's "Recover /login" rules for restoring a .nsb backup onto a site.
enum class RestoreVerdict {
    SameVersion,     // fine
    ListedUpgrade,   // older backup, listed as a supported upgrade of the site's version: fine
    UnlistedUpgrade, // older backup, not listed: "unexpected issues and/or data loss can occur" (warning)
    Downgrade,       // newer backup onto an older site: "simply not supported" (refused)
};

struct RestoreAssessment
{
    RestoreVerdict verdict = RestoreVerdict::Downgrade;
    QString message; // translated: what it means and what to do

    bool compatible() const
    {
        return verdict == RestoreVerdict::SameVersion || verdict == RestoreVerdict::ListedUpgrade;
    }
};

// The build number is ignored; a backup version X.Y counts as X.Y.0.
RestoreAssessment assessRestore(const ProductVersion& backup, const ProductVersion& site,
                                const SupportedUpgrades& upgrades);

QString verdictKey(RestoreVerdict verdict); // "same-version", "listed-upgrade", "unlisted-upgrade", "downgrade"

} // namespace dr::support
