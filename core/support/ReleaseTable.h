#pragma once

#include "support/ProductVersion.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace dr::support {

// One major version X.Y and its generally available (GA) release date. The guide: "Bomgar provides
// support for any major product versions for a minimum of two years from the generally available (GA)
// release date", with occasional later retirements (retiredOn overrides the two years).
struct ReleaseInfo
{
    ProductVersion major; // X.Y
    QDate ga;
    QDate retiredOn; // optional override of ga + 2 years
    QString source;  // where the dates come from

    QDate supportEnds() const { return retiredOn.isValid() ? retiredOn : ga.addYears(2); }
    bool isExample() const { return source.contains(QStringLiteral("example"), Qt::CaseInsensitive); }
};

enum class SupportStatus { Supported, Retired, Unknown };

// A release table the user keeps up to date from the vendor's release notes.
// JSON: {"note": "...", "releases": [{"version": "23.2", "ga": "2023-07-01", "retiredOn": "2025-12-31",
//        "source": "release notes"}]}   ("retiredOn" optional)
class ReleaseTable
{
public:
    // A compiled-in table of a few EXAMPLE entries, each labelled "example, update from the vendor's
    // release notes": the dates are placeholders, not vendor facts. Replace it with your own file.
    static ReleaseTable builtIn();
    static QByteArray builtInJson();

    static std::optional<ReleaseTable> fromJson(const QByteArray& json, QString* error = nullptr);
    static std::optional<ReleaseTable> load(const QString& path, QString* error = nullptr);

    const QList<ReleaseInfo>& releases() const { return m_releases; }
    QString note() const { return m_note; }
    std::optional<ReleaseInfo> find(const ProductVersion& version) const; // by X.Y
    SupportStatus status(const ProductVersion& version, const QDate& today) const;
    bool hasExamples() const;

private:
    QList<ReleaseInfo> m_releases;
    QString m_note;
};

QString supportStatusKey(SupportStatus status); // "supported", "retired", "unknown"

} // namespace dr::support
