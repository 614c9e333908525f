#pragma once

#include <QList>
#include <QString>

namespace dr::site {

// One finding about a site profile, pointing at the field with a JSON path such as "appliances[1].fqdn" (the
// empty path is the whole file). The message says what is wrong and what to do.
struct SiteIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "appliances[1].fqdn: ..." (the path alone when the message is empty).
    QString toString() const;
};

using SiteIssues = QList<SiteIssue>;

bool hasErrors(const SiteIssues& issues);
SiteIssues errorsOnly(const SiteIssues& issues);

} // namespace dr::site
