#pragma once

#include <QJsonObject>
#include <QString>

namespace dr::support {

enum class SupportRegion { General, Emea, Apac };

// The guide's support addresses, as editable defaults (the vendor is now BeyondTrust: keep them current).
struct SupportAddresses
{
    QString general = QStringLiteral("support@bomgar.com");
    QString emea = QStringLiteral("emea.support@bomgar.com");
    QString apac = QStringLiteral("apac.support@bomgar.com");
    QString supervisor = QStringLiteral("support.supervisor@bomgar.com");
    QString manager = QStringLiteral("support.manager@bomgar.com");

    QString forRegion(SupportRegion region) const;

    // Keys: general, emea, apac, supervisor, manager. Missing or empty keys keep the defaults.
    QJsonObject toJson() const;
    static SupportAddresses fromJson(const QJsonObject& json);
};

} // namespace dr::support
