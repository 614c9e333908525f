#include "api/ApplianceList.h"

#include "api/XmlTree.h"

namespace dr::api {

Result<ApplianceList> parseApplianceList(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, u"appliances");
    if (!tree.ok())
        return Result<ApplianceList>::failure(tree.error);
    ApplianceList list;
    for (const XmlNode* a : tree.value->childrenNamed(u"appliance")) {
        ApplianceInfo info;
        info.id = a->attribute(QStringLiteral("id")).trimmed();
        info.name = a->childText(u"name");
        info.publicHostname = a->childText(u"public_hostname");
        info.clusterRoleText = a->childText(u"cluster_role");
        const QString role = info.clusterRoleText.toLower();
        if (role == QLatin1String("single"))
            info.clusterRole = ApplianceInfo::ClusterRole::Single;
        else if (role == QLatin1String("primary") || role == QLatin1String("master"))
            info.clusterRole = ApplianceInfo::ClusterRole::Primary;
        else if (role == QLatin1String("traffic"))
            info.clusterRole = ApplianceInfo::ClusterRole::Traffic;
        info.failoverRole = a->childText(u"failover_role").toLower();
        info.acceptingConnections = a->childText(u"accepting_connections") == QLatin1String("1");
        bool ok = false;
        const int tz = a->childText(u"timezone_offset").toInt(&ok);
        if (ok)
            info.timezoneOffsetSecs = tz;
        list.append(std::move(info));
    }
    return Result<ApplianceList>::success(std::move(list));
}

} // namespace dr::api
