#include "site/SiteProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace dr::site {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteProfile", s);
}

} // namespace

const QStringList kModels = {QStringLiteral("B200"),           QStringLiteral("B300"),
                             QStringLiteral("B400"),           QStringLiteral("vmware_virtual"),
                             QStringLiteral("hyperv_virtual"), QStringLiteral("cloud"),
                             QStringLiteral("hosted")};
const QStringList kFailoverRoles = {QStringLiteral("primary"), QStringLiteral("backup"), QStringLiteral("none")};
const QStringList kRoutingMethods = {QStringLiteral("shared_ip"), QStringLiteral("dns_swing"),
                                     QStringLiteral("nat_swing")};
const QStringList kProducts = {QStringLiteral("remote_support"), QStringLiteral("privileged_remote_access")};

QString valueLabel(const QString& value)
{
    static const QMap<QString, const char*> labels = {
        {QStringLiteral("B200"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "B200 hardware appliance")},
        {QStringLiteral("B300"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "B300 hardware appliance")},
        {QStringLiteral("B400"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "B400 hardware appliance")},
        {QStringLiteral("vmware_virtual"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "VMware virtual appliance")},
        {QStringLiteral("hyperv_virtual"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Hyper-V virtual appliance")},
        {QStringLiteral("cloud"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Cloud appliance")},
        {QStringLiteral("hosted"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Vendor-hosted site")},
        {QStringLiteral("primary"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Primary")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Backup")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "No failover")},
        {QStringLiteral("shared_ip"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Shared IP")},
        {QStringLiteral("dns_swing"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "DNS swing")},
        {QStringLiteral("nat_swing"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "NAT swing")},
        {QStringLiteral("remote_support"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Remote Support")},
        {QStringLiteral("privileged_remote_access"),
         QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Privileged Remote Access")},
        {QStringLiteral("not_captured"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Not captured yet")},
        {QStringLiteral("captured"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Captured")},
        {QStringLiteral("not_used"), QT_TRANSLATE_NOOP("dr::site::SiteProfile", "Not used on this appliance")},
    };
    const auto it = labels.find(value);
    return it == labels.end() ? value : tr(it.value());
}

QUrl Appliance::apiUrl() const
{
    if (!api.url.trimmed().isEmpty())
        return QUrl(api.url.trimmed(), QUrl::StrictMode);
    if (fqdn.trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(fqdn.trimmed());
    return url;
}

bool Appliance::hasApplianceInterface() const
{
    return model != QLatin1String("cloud") && model != QLatin1String("hosted");
}

const Appliance* SiteProfile::appliance(const QString& name) const
{
    const int i = applianceIndex(name);
    return i < 0 ? nullptr : &appliances.at(i);
}

int SiteProfile::applianceIndex(const QString& name) const
{
    for (int i = 0; i < appliances.size(); ++i) {
        if (appliances.at(i).name == name)
            return i;
    }
    return -1;
}

const Appliance* SiteProfile::primary() const
{
    for (const Appliance& a : appliances) {
        if (a.failoverRole == QLatin1String("primary"))
            return &a;
    }
    if (atlas.enabled && !atlas.primaryNode.isEmpty()) {
        if (const Appliance* a = appliance(atlas.primaryNode))
            return a;
    }
    if (appliances.size() == 1 && appliances.first().failoverRole != QLatin1String("backup"))
        return &appliances.first();
    return nullptr;
}

const Appliance* SiteProfile::backupSource() const
{
    if (!backups.fromAppliance.isEmpty())
        return appliance(backups.fromAppliance);
    return primary();
}

const ApiAccount* SiteProfile::backupAccount() const
{
    if (!backups.apiAccount.isEmpty()) {
        for (const ApiAccount& a : apiAccounts) {
            if (a.clientId == backups.apiAccount)
                return &a;
        }
        return nullptr;
    }
    return apiAccounts.isEmpty() ? nullptr : &apiAccounts.first();
}

QByteArray SiteProfile::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QString resolveProfilePath(const QString& profileFilePath, const QString& path)
{
    if (path.isEmpty())
        return {};
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    const QString base = profileFilePath.isEmpty() ? QDir::currentPath() : QFileInfo(profileFilePath).absolutePath();
    return QDir::cleanPath(QDir(base).absoluteFilePath(path));
}

} // namespace dr::site
