#include "support/SupportAddresses.h"

namespace dr::support {

QString SupportAddresses::forRegion(SupportRegion region) const
{
    switch (region) {
    case SupportRegion::Emea:
        return emea;
    case SupportRegion::Apac:
        return apac;
    case SupportRegion::General:
        break;
    }
    return general;
}

QJsonObject SupportAddresses::toJson() const
{
    return QJsonObject{{QStringLiteral("general"), general},
                       {QStringLiteral("emea"), emea},
                       {QStringLiteral("apac"), apac},
                       {QStringLiteral("supervisor"), supervisor},
                       {QStringLiteral("manager"), manager}};
}

SupportAddresses SupportAddresses::fromJson(const QJsonObject& json)
{
    SupportAddresses a;
    auto read = [&json](const char* key, QString& field) {
        const QString value = json.value(QLatin1String(key)).toString().trimmed();
        if (!value.isEmpty())
            field = value;
    };
    read("general", a.general);
    read("emea", a.emea);
    read("apac", a.apac);
    read("supervisor", a.supervisor);
    read("manager", a.manager);
    return a;
}

} // namespace dr::support
