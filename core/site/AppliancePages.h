#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace dr::site {

// The /appliance settings the vendor guide says to save by hand because, apart from certificates, /appliance
// cannot be exported ("The /appliance configuration must be backed up using screenshots and/or text data"), and
// because failover does not sync /appliance: they are recorded for EACH appliance.

// One field of a page's guided form (e.g. the syslog server), stored in the page's JSON object under `key`.
struct PageField
{
    QString key;
    QString label; // translated
    bool multiLine = false;
};

// One page to capture: where it is in /appliance (the vendor's menu words) and what to write down.
struct PageSpec
{
    QString key;      // JSON key under "appliance_settings": "ip_configuration", "syslog", ...
    QString title;    // "IP Configuration"
    QString location; // "Networking > IP Configuration" (the guide's words)
    QString guidance; // what the guide says to capture, one or two sentences, translated
    QList<PageField> fields;
};

// Every page, in the order of the guide's "Back Up /appliance" section.
const QList<PageSpec>& appliancePageSpecs();
const PageSpec* findPageSpec(const QString& key);

// What has been recorded for one page.
struct CapturedPage
{
    // kPageStatuses: "not_captured" (the default: still to do), "captured", "not_used" (e.g. no static routes).
    QString status = QStringLiteral("not_captured");
    QMap<QString, QString> fields; // by PageField::key
    QString notes;                 // free text data
    QStringList screenshots;       // file names relative to the profile's folder (ScreenshotName)
    QJsonObject extra;
};

extern const QStringList kPageStatuses; // not_captured captured not_used

// The appliance's Status page when the settings were captured: the guide names the saved files with these.
struct StatusSnapshot
{
    QString applianceVersion;
    QString serial;
    QString baseSoftwareVersion;
    QDateTime systemTime; // as shown on the Status page (stored as ISO 8601)
    QJsonObject extra;

    bool isComplete() const;
};

struct ApplianceSettings
{
    StatusSnapshot status;
    QMap<QString, CapturedPage> pages; // by PageSpec::key; a missing page reads as not captured
    QJsonObject extra;

    CapturedPage page(const QString& key) const { return pages.value(key); }
};

// Screenshot (and text data) file names as the guide asks: "an identifying name, including the appliance version,
// appliance serial number, base software version, and system time as shown on the Status page":
//   <page>_<appliance version>_<serial>_<base software version>_<yyyyMMddTHHmmssZ>.<ext>
//   e.g. "ip_configuration_6.2.1_B300-0012345_6.2.1_20261120T101500Z.png"
// <page> is the PageSpec key; the other parts are made file-name safe ('_' and characters outside [A-Za-z0-9.-]
// become '-'), so the name splits unambiguously from the right.
struct ScreenshotName
{
    QString page;
    QString applianceVersion;
    QString serial;
    QString baseSoftwareVersion;
    QDateTime systemTime;
    QString extension; // without the dot

    QString toString() const;
    static ScreenshotName make(const QString& page, const StatusSnapshot& status, const QString& extension);
    static std::optional<ScreenshotName> parse(const QString& fileName);
    // True when the name carries this status (version, serial, base version, and the time to the second).
    bool matches(const StatusSnapshot& status) const;
};

} // namespace dr::site
