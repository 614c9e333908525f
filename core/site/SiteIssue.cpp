#include "site/SiteIssue.h"

namespace dr::site {

QString SiteIssue::toString() const
{
    if (path.isEmpty())
        return message;
    if (message.isEmpty())
        return path;
    return path + QStringLiteral(": ") + message;
}

bool hasErrors(const SiteIssues& issues)
{
    for (const SiteIssue& i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}

SiteIssues errorsOnly(const SiteIssues& issues)
{
    SiteIssues out;
    for (const SiteIssue& i : issues) {
        if (i.isError())
            out << i;
    }
    return out;
}

} // namespace dr::site
