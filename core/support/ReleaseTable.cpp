#include "support/ReleaseTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dr::support {

class ReleaseText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::ReleaseTable)
};

QByteArray ReleaseTable::builtInJson()
{
    // Placeholder dates (first day of a plausible month), NOT taken from the vendor: every entry says so.
    return QByteArrayLiteral(R"({
  "note": "EXAMPLE TABLE: the GA dates below are placeholders. Replace them with the dates from the vendor's release notes (www.bomgar.com/changelog) and keep this file up to date.",
  "releases": [
    {"version": "21.1", "ga": "2021-03-01", "source": "example, update from the vendor's release notes"},
    {"version": "22.1", "ga": "2022-03-01", "source": "example, update from the vendor's release notes"},
    {"version": "22.3", "ga": "2022-10-01", "source": "example, update from the vendor's release notes"},
    {"version": "23.1", "ga": "2023-03-01", "source": "example, update from the vendor's release notes"},
    {"version": "23.2", "ga": "2023-08-01", "source": "example, update from the vendor's release notes"},
    {"version": "24.1", "ga": "2024-03-01", "source": "example, update from the vendor's release notes"}
  ]
}
)");
}

ReleaseTable ReleaseTable::builtIn()
{
    return *fromJson(builtInJson());
}

std::optional<ReleaseTable> ReleaseTable::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(ReleaseText::tr("The release table is not valid JSON (%1). Fix the file or start again from "
                                    "the built-in example.")
                        .arg(parseError.errorString()));
    ReleaseTable table;
    table.m_note = doc.object().value(QStringLiteral("note")).toString();
    for (const QJsonValue& value : doc.object().value(QStringLiteral("releases")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString versionText = o.value(QStringLiteral("version")).toString();
        const std::optional<ProductVersion> version = ProductVersion::parse(versionText);
        const QDate ga = QDate::fromString(o.value(QStringLiteral("ga")).toString(), Qt::ISODate);
        if (!version || !ga.isValid())
            return fail(ReleaseText::tr("The release table entry \"%1\" needs a version like 23.2 and a GA date like "
                                        "2023-07-18. Correct it.")
                            .arg(versionText));
        ReleaseInfo info;
        info.major = version->majorVersion();
        info.ga = ga;
        info.retiredOn = QDate::fromString(o.value(QStringLiteral("retiredOn")).toString(), Qt::ISODate);
        info.source = o.value(QStringLiteral("source")).toString();
        table.m_releases.append(info);
    }
    return table;
}

std::optional<ReleaseTable> ReleaseTable::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                ReleaseText::tr("Cannot read the release table %1: %2. Check the path.").arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

std::optional<ReleaseInfo> ReleaseTable::find(const ProductVersion& version) const
{
    for (const ReleaseInfo& r : m_releases)
        if (r.major.sameMajor(version))
            return r;
    return std::nullopt;
}

SupportStatus ReleaseTable::status(const ProductVersion& version, const QDate& today) const
{
    const std::optional<ReleaseInfo> r = find(version);
    if (!r)
        return SupportStatus::Unknown;
    return today >= r->supportEnds() ? SupportStatus::Retired : SupportStatus::Supported;
}

bool ReleaseTable::hasExamples() const
{
    return std::any_of(m_releases.begin(), m_releases.end(), [](const ReleaseInfo& r) { return r.isExample(); });
}

QString supportStatusKey(SupportStatus status)
{
    switch (status) {
    case SupportStatus::Supported:
        return QStringLiteral("supported");
    case SupportStatus::Retired:
        return QStringLiteral("retired");
    case SupportStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace dr::support
