#include "support/SupportedUpgrades.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dr::support {

class UpgradesText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::SupportedUpgrades)
};

bool SupportedUpgrades::isListed(const ProductVersion& backup, const ProductVersion& target) const
{
    for (const Entry& e : m_entries) {
        if (!target.matches(e.target))
            continue;
        for (const ProductVersion& f : e.from)
            if (backup.matches(f))
                return true;
    }
    return false;
}

std::optional<SupportedUpgrades> SupportedUpgrades::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(UpgradesText::tr("The supported-upgrade list is not valid JSON (%1). Fix the file or start a "
                                     "new one.")
                        .arg(parseError.errorString()));
    SupportedUpgrades list;
    const QJsonArray entries = doc.object().value(QStringLiteral("supportedUpgrades")).toArray();
    for (const QJsonValue& value : entries) {
        const QJsonObject o = value.toObject();
        const QString targetText = o.value(QStringLiteral("target")).toString();
        const std::optional<ProductVersion> target = ProductVersion::parse(targetText);
        if (!target)
            return fail(UpgradesText::tr("The supported-upgrade list has an entry with the target \"%1\", which is "
                                         "not a version like 23.2.4. Correct it.")
                            .arg(targetText));
        Entry e{*target, {}};
        for (const QJsonValue& f : o.value(QStringLiteral("from")).toArray()) {
            const std::optional<ProductVersion> from = ProductVersion::parse(f.toString());
            if (!from)
                return fail(UpgradesText::tr("The supported-upgrade list names \"%1\" as an upgrade source of %2, "
                                             "which is not a version like 23.1 or 22.3.2. Correct it.")
                                .arg(f.toString(), targetText));
            e.from.append(*from);
        }
        list.m_entries.append(e);
    }
    return list;
}

std::optional<SupportedUpgrades> SupportedUpgrades::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = UpgradesText::tr("Cannot read the supported-upgrade list %1: %2. Check the path.")
                         .arg(path, f.errorString());
        return std::nullopt;
    }
    return fromJson(f.readAll(), error);
}

QByteArray SupportedUpgrades::toJson() const
{
    QJsonArray entries;
    for (const Entry& e : m_entries) {
        QJsonArray from;
        for (const ProductVersion& v : e.from)
            from.append(v.toString());
        entries.append(QJsonObject{{QStringLiteral("target"), e.target.toString()}, {QStringLiteral("from"), from}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("supportedUpgrades"), entries}}).toJson();
}

bool SupportedUpgrades::save(const QString& path, QString* error) const
{
    QSaveFile f(path);
    const QByteArray data = toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error)
            *error = UpgradesText::tr("Cannot save the supported-upgrade list %1: %2. Choose a folder you can "
                                      "write to.")
                         .arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace dr::support
