#include "api/SetRoleResult.h"

#include "api/XmlTree.h"

namespace dr::api {

Result<SetRoleResult> parseSetRoleResult(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, {});
    if (!tree.ok())
        return Result<SetRoleResult>::failure(tree.error);
    const XmlNode* success = tree.value->find(u"success");
    if (!success || success->text.trimmed().isEmpty()) {
        return Result<SetRoleResult>::failure(ApiError::make(
            ApiError::Kind::Malformed,
            QCoreApplication::translate("dr::api::SetRoleResult",
                                        "The appliance's answer to the role change has no <success> text, so it is "
                                        "not known whether the role changed. Check both appliances' health before "
                                        "doing anything else."),
            QString::fromUtf8(body.left(200))));
    }
    SetRoleResult r;
    r.message = success->text.trimmed();
    r.outcome = r.message.contains(QLatin1String("sync"), Qt::CaseInsensitive) ? SetRoleResult::Outcome::SyncStarted
                                                                               : SetRoleResult::Outcome::Changed;
    return Result<SetRoleResult>::success(std::move(r));
}

} // namespace dr::api
