#include "support/SavedSupportAddresses.h"

#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace dr::support {
namespace {

const QStringList& keys()
{
    static const QStringList k{QStringLiteral("general"), QStringLiteral("emea"), QStringLiteral("apac"),
                               QStringLiteral("supervisor"), QStringLiteral("manager")};
    return k;
}

QString settingsKey(const QString& key)
{
    return QStringLiteral("support/addresses/") + key;
}

} // namespace

SupportAddresses SavedSupportAddresses::load(const QSettings& settings)
{
    QJsonObject json;
    for (const QString& key : keys())
        json.insert(key, settings.value(settingsKey(key)).toString());
    return SupportAddresses::fromJson(json); // empty or missing keys keep the guide's address
}

void SavedSupportAddresses::save(QSettings& settings, const SupportAddresses& addresses)
{
    const QJsonObject json = addresses.toJson();
    const QJsonObject defaults = SupportAddresses().toJson();
    for (const QString& key : keys()) {
        // Only what differs from the guide is kept, so corrected defaults in a later version reach everyone else.
        if (json.value(key) == defaults.value(key))
            settings.remove(settingsKey(key));
        else
            settings.setValue(settingsKey(key), json.value(key).toString());
    }
}

SupportAddresses SavedSupportAddresses::loadFromGuiSettings()
{
    const QSettings settings(QStringLiteral("drrunbook"), QStringLiteral("drrunbook"));
    return load(settings);
}

} // namespace dr::support
