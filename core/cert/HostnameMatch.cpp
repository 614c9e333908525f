#include "cert/HostnameMatch.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace dr::cert {

namespace {

QString normalise(const QString& name)
{
    QString n = name.trimmed();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QByteArray ace = QUrl::toAce(n);
    return ace.isEmpty() ? n.toLower() : QString::fromLatin1(ace).toLower();
}

} // namespace

bool hostnameMatchesPattern(const QString& pattern, const QString& host)
{
    const QString h = normalise(host);
    if (h.isEmpty())
        return false;
    if (!pattern.contains(QLatin1Char('*')))
        return normalise(pattern) == h;

    const QString p = pattern.trimmed().toLower().endsWith(QLatin1Char('.')) ? pattern.trimmed().chopped(1).toLower()
                                                                             : pattern.trimmed().toLower();
    const QStringList pLabels = p.split(QLatin1Char('.'));
    const QStringList hLabels = h.split(QLatin1Char('.'));
    if (pLabels.first() != QLatin1String("*"))
        return false; // partial or non-left-most wildcard: never matches
    if (pLabels.size() < 3)
        return false; // "*.com", "*"
    for (qsizetype i = 1; i < pLabels.size(); ++i) {
        if (pLabels[i].contains(QLatin1Char('*')) || pLabels[i].isEmpty())
            return false;
    }
    if (hLabels.size() != pLabels.size() || hLabels.first().isEmpty())
        return false; // the wildcard stands for exactly one non-empty label
    if (hLabels.first().startsWith(QLatin1String("xn--")))
        return false; // RFC 6125 6.4.3: do not match a wildcard against an A-label
    const QString hRest = QStringList(hLabels.mid(1)).join(QLatin1Char('.'));
    const QString pRest = normalise(QStringList(pLabels.mid(1)).join(QLatin1Char('.')));
    return hRest == pRest;
}

bool certificateMatchesHost(const CertInfo& cert, const QString& host)
{
    const QHostAddress ip(host.trimmed());
    if (!ip.isNull()) {
        for (const QString& a : cert.ipAddresses) {
            if (QHostAddress(a).isEqual(ip))
                return true;
        }
        return false;
    }
    for (const QString& dns : cert.dnsNames) {
        if (hostnameMatchesPattern(dns, host))
            return true;
    }
    if (cert.dnsNames.isEmpty() && cert.subject.contains(QLatin1String("CN=")))
        return hostnameMatchesPattern(cert.issuedTo, host);
    return false;
}

bool looksLikeFqdn(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

} // namespace dr::cert
