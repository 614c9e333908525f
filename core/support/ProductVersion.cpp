#include "support/ProductVersion.h"

#include <QRegularExpression>

namespace dr::support {

std::optional<ProductVersion> ProductVersion::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,6}))?(?:(?:[.+]|\\s*build\\s*)(\\d{1,9}))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    ProductVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    if (m.hasCaptured(3))
        v.patch = m.captured(3).toInt();
    if (m.hasCaptured(4)) {
        if (!v.hasPatch())
            return std::nullopt; // "23.2.1234" is read as a maintenance version; a build needs X.Y.Z first
        v.build = m.captured(4).toInt();
    }
    return v;
}

QString ProductVersion::toString() const
{
    QString s = majorString();
    if (hasPatch())
        s += QLatin1Char('.') + QString::number(patch);
    if (build >= 0)
        s += QLatin1Char('.') + QString::number(build);
    return s;
}

QString ProductVersion::majorString() const
{
    return QString::number(major) + QLatin1Char('.') + QString::number(minor);
}

int ProductVersion::compare(const ProductVersion& other) const
{
    auto cmp = [](int a, int b) { return a < b ? -1 : a > b ? 1 : 0; };
    if (int c = cmp(major, other.major))
        return c;
    if (int c = cmp(minor, other.minor))
        return c;
    return cmp(std::max(patch, 0), std::max(other.patch, 0));
}

bool ProductVersion::matches(const ProductVersion& pattern) const
{
    if (!sameMajor(pattern))
        return false;
    return !pattern.hasPatch() || std::max(patch, 0) == pattern.patch;
}

} // namespace dr::support
