#include "api/HealthCheck.h"

#include "api/XmlTree.h"

#include <QRegularExpression>

namespace dr::api {

std::optional<QDateTime> parseApiDateTime(const QString& input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // "+0000" -> "+00:00" so Qt's ISO parser accepts it.
    static const QRegularExpression compactOffset(QStringLiteral("([+-])(\\d{2})(\\d{2})$"));
    const auto m = compactOffset.match(text);
    if (m.hasMatch() && text.contains(QLatin1Char('T')))
        text = text.left(m.capturedStart()) + m.captured(1) + m.captured(2) + QLatin1Char(':') + m.captured(3);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: the API speaks UTC
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

Result<HealthCheck> parseHealthCheck(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, u"health_check");
    if (!tree.ok())
        return Result<HealthCheck>::failure(tree.error);
    const XmlNode& root = *tree.value;

    HealthCheck h;
    if (const XmlNode* a = root.child(u"appliance")) {
        h.applianceGuid = a->attribute(QStringLiteral("id")).trimmed();
        h.hostname = a->text.trimmed();
    }
    const QString version = root.childText(u"version");
    static const QRegularExpression versionRe(QStringLiteral("^([^\\s(]+)\\s*(?:\\(([^)]*)\\))?"));
    const auto vm = versionRe.match(version);
    if (vm.hasMatch()) {
        h.version = vm.captured(1);
        h.build = vm.captured(2).trimmed();
    }
    if (!root.child(u"success")) {
        return Result<HealthCheck>::failure(ApiError::make(
            ApiError::Kind::Malformed,
            QCoreApplication::translate("dr::api::HealthCheck",
                                        "The appliance's health reply has no <success> element. Check the URL and "
                                        "the appliance's software version, then try again."),
            QString::fromUtf8(body.left(200))));
    }
    h.success = root.childText(u"success") == QLatin1String("1");
    h.errorMessage = root.childText(u"error_message");
    h.failoverRole = root.childText(u"failover_role").toLower();
    if (const XmlNode* ips = root.child(u"enabled_shared_ips")) {
        for (const XmlNode* ip : ips->childrenNamed(u"ip"))
            if (!ip->text.trimmed().isEmpty())
                h.sharedIps.append(ip->text.trimmed());
    }
    if (const XmlNode* sync = root.child(u"last_data_sync_time")) {
        h.lastSyncTime = parseApiDateTime(sync->text);
        if (!h.lastSyncTime) {
            bool ok = false;
            const qint64 ts = sync->attribute(QStringLiteral("ts")).trimmed().toLongLong(&ok);
            if (ok && ts > 0)
                h.lastSyncTime = QDateTime::fromSecsSinceEpoch(ts, Qt::UTC);
        }
    }
    h.lastSyncStatus = root.childText(u"last_data_sync_status");
    return Result<HealthCheck>::success(std::move(h));
}

} // namespace dr::api
