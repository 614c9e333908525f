// The field checks shared by the validator and the site editor.
#include "site/SiteValidator.h"

#include "api/ConnectionSettings.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace dr::site {

bool isValidHostName(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?)*\\.?$"));
    return re.match(text).hasMatch() || isValidIpAddress(text);
}

bool isValidIpAddress(const QString& text)
{
    QHostAddress a;
    return !text.contains(QLatin1Char('/')) && a.setAddress(text.trimmed()) && text.trimmed() == text;
}

bool isValidNetmask(const QString& text)
{
    bool ok = false;
    const int prefix = text.toInt(&ok);
    if (ok)
        return prefix >= 0 && prefix <= 128;
    QHostAddress mask;
    if (!mask.setAddress(text) || mask.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 bits = mask.toIPv4Address();
    return (~bits & (~bits + 1)) == 0; // contiguous ones then zeros
}

bool isValidSha256(const QString& text)
{
    return api::TlsTrust::parsePin(text).has_value();
}

} // namespace dr::site
