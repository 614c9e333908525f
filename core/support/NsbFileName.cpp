#include "support/NsbFileName.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dr::support {

std::optional<NsbFileName> NsbFileName::parse(const QString& pathOrName)
{
    static const QRegularExpression re(QStringLiteral("^(?:bomgar(?:[-_]backup)?|beyondtrust)[-_]"
                                                      "(\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,6})?(?:[.+]\\d{1,9})?)[-_]"
                                                      "(.+)[-_]"
                                                      "(\\d{4})([-_]?)(\\d{2})\\4(\\d{2})[-_]"
                                                      "([A-Za-z0-9]+)"
                                                      "(?:-[1-9]\\d{0,8})?"
                                                      "(?:\\s*\\(\\d+\\))?\\.nsb$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QString name = QFileInfo(pathOrName.trimmed()).fileName();
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<ProductVersion> version = ProductVersion::parse(m.captured(1));
    const QDate date(m.captured(3).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!version || !date.isValid())
        return std::nullopt;
    NsbFileName n;
    n.fileName = name;
    n.version = *version;
    n.site = m.captured(2);
    n.date = date;
    n.uniqueId = m.captured(7);
    return n;
}

} // namespace dr::support
