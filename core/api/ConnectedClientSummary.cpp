#include "api/ConnectedClientSummary.h"

#include "api/XmlTree.h"

namespace dr::api {

int ConnectedClientSummary::total(const QString& type) const
{
    int sum = 0;
    for (const auto& counts : countsByAppliance)
        sum += counts.value(type, 0);
    return sum;
}

Result<ConnectedClientSummary> parseConnectedClientSummary(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, u"connected_client_list");
    if (!tree.ok())
        return Result<ConnectedClientSummary>::failure(tree.error);
    ConnectedClientSummary summary;
    const XmlNode* container = tree.value->child(u"connected_client_summary");
    if (!container)
        container = &*tree.value; // tolerate the summaries directly under the root
    for (const XmlNode* a : container->childrenNamed(u"appliance_summary")) {
        const QString id = a->attribute(QStringLiteral("id")).trimmed();
        QMap<QString, int>& counts = summary.countsByAppliance[id];
        for (const XmlNode* c : a->childrenNamed(u"count")) {
            bool ok = false;
            const int n = c->text.trimmed().toInt(&ok);
            const QString type = c->attribute(QStringLiteral("type")).trimmed();
            if (!ok || n < 0 || type.isEmpty()) {
                return Result<ConnectedClientSummary>::failure(ApiError::make(
                    ApiError::Kind::Malformed,
                    QCoreApplication::translate("dr::api::ConnectedClientSummary",
                                                "The appliance sent a connected-client count that is not a number. "
                                                "Try again; if it persists, check the appliance's software version."),
                    c->text.trimmed()));
            }
            counts[type] = n;
        }
    }
    return Result<ConnectedClientSummary>::success(std::move(summary));
}

} // namespace dr::api
