#include "api/ApiInfo.h"

#include "api/XmlTree.h"

namespace dr::api {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::api::ApiInfo", s);
}

ApiError missing(const QString& permission, const QString& message)
{
    ApiError e = ApiError::make(ApiError::Kind::Permission, message);
    e.missingPermission = permission;
    return e;
}

} // namespace

bool ApiInfo::canReadCommands() const
{
    const QString v = permissions.value(QStringLiteral("perm_command")).toLower();
    return v == QLatin1String("read_only") || v == QLatin1String("full_access");
}

bool ApiInfo::canChangeRoles() const
{
    return permissions.value(QStringLiteral("perm_command")).toLower() == QLatin1String("full_access");
}

bool ApiInfo::canBackup() const
{
    return permissions.value(QStringLiteral("perm_backup")) == QLatin1String("1");
}

std::optional<ApiError> ApiInfo::checkPermissionFor(Operation op) const
{
    const QString command = permissions.value(QStringLiteral("perm_command"), tr("not set"));
    switch (op) {
    case Operation::ReadStatus:
        if (canReadCommands())
            return std::nullopt;
        return missing(QStringLiteral("perm_command"),
                       tr("This API account cannot read the appliance's status: its Command API permission is "
                          "\"%1\". In /login > Management > API Configuration, set Command API to \"Read Only\" or "
                          "\"Full Access\".")
                           .arg(command));
    case Operation::ChangeRole:
        if (canChangeRoles())
            return std::nullopt;
        return missing(QStringLiteral("perm_command"),
                       tr("This API account cannot change failover roles: its Command API permission is \"%1\", and "
                          "set_failover_role needs \"Full Access\". In /login > Management > API Configuration, set "
                          "Command API to \"Full Access\".")
                           .arg(command));
    case Operation::DownloadBackup:
        if (canBackup())
            return std::nullopt;
        return missing(QStringLiteral("perm_backup"),
                       tr("This API account cannot download backups. In /login > Management > API Configuration, "
                          "tick \"Allow Access to the Backup API\" for this account."));
    }
    return std::nullopt;
}

Result<ApiInfo> parseApiInfo(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, u"api_information");
    if (!tree.ok())
        return Result<ApiInfo>::failure(tree.error);
    const XmlNode& root = *tree.value;
    ApiInfo info;
    info.apiVersion = root.childText(u"api_version");
    info.companyName = root.childText(u"company_name");
    bool ok = false;
    const qint64 ts = root.childText(u"timestamp").toLongLong(&ok);
    if (ok && ts > 0)
        info.timestamp = QDateTime::fromSecsSinceEpoch(ts, Qt::UTC);
    if (const XmlNode* perms = root.child(u"permissions")) {
        for (const XmlNode* p : perms->childrenNamed(u"permission")) {
            const QString name = p->attribute(QStringLiteral("name")).trimmed();
            if (!name.isEmpty())
                info.permissions.insert(name, p->text.trimmed());
        }
    }
    if (info.apiVersion.isEmpty()) {
        return Result<ApiInfo>::failure(
            ApiError::make(ApiError::Kind::Malformed,
                           tr("The appliance's API information has no <api_version>. Check the URL, then try again.")));
    }
    return Result<ApiInfo>::success(std::move(info));
}

} // namespace dr::api
