#pragma once

#include "site/SiteProfile.h"

namespace dr::site {

// Checks what a site profile means (the reader reports types; this reports content): each finding points at the
// field with its JSON path ("appliances[1].fqdn") and says what to do. Errors make the profile unusable for the
// operation (a scheduled backup, a check); warnings are things still to record (an /appliance page not captured,
// a screenshot not named as the guide asks).
struct ValidationOptions
{
    QString profilePath;    // to resolve relative paths (screenshots, CA file, backup folder)
    bool checkFiles = true; // report screenshots / CA files that do not exist
};

SiteIssues validateSiteProfile(const SiteProfile& profile, const ValidationOptions& options = {});

// Small checks shared with the editor (true when the text is acceptable).
bool isValidHostName(const QString& text);
bool isValidIpAddress(const QString& text);
bool isValidNetmask(const QString& text); // dotted mask or prefix length
bool isValidSha256(const QString& text);  // 64 hex digits, colons/spaces allowed

} // namespace dr::site
