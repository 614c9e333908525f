#include "api/LoggedInReps.h"

#include "api/XmlTree.h"

namespace dr::api {

Result<LoggedInReps> parseLoggedInReps(const QByteArray& body)
{
    Result<XmlNode> tree = parseReply(body, u"logged_in_reps");
    if (!tree.ok())
        return Result<LoggedInReps>::failure(tree.error);
    LoggedInReps reps;
    for (const XmlNode* r : tree.value->childrenNamed(u"rep")) {
        LoggedInRep rep;
        rep.id = r->attribute(QStringLiteral("id")).trimmed();
        rep.username = r->childText(u"username");
        rep.displayName = r->childText(u"display_name");
        if (rep.displayName.isEmpty())
            rep.displayName = r->childText(u"public_display_name");
        if (rep.displayName.isEmpty())
            rep.displayName = rep.username;
        if (rep.displayName.isEmpty())
            rep.displayName = r->text.trimmed();
        reps.append(std::move(rep));
    }
    return Result<LoggedInReps>::success(std::move(reps));
}

} // namespace dr::api
