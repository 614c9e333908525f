#include "api/BackupName.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace dr::api {

QString sanitizeFileNamePart(const QString& part)
{
    QString out;
    out.reserve(part.size());
    for (const QChar c : part) {
        const bool ok = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('+') || c == QLatin1Char('(') ||
                        c == QLatin1Char(')');
        out += ok ? c : QLatin1Char('_');
    }
    // No "..", no leading dots or dashes (hidden files, option-like names).
    while (out.contains(QLatin1String("..")))
        out.replace(QLatin1String(".."), QLatin1String("."));
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-')))
        out.remove(0, 1);
    return out;
}

QString buildBackupName(const QString& productVersion, const QString& siteName, const QDate& date,
                        const QString& uniqueId)
{
    QString version = sanitizeFileNamePart(productVersion.trimmed().section(QLatin1Char(' '), 0, 0));
    if (version.isEmpty())
        version = QStringLiteral("unknown");
    QString site = sanitizeFileNamePart(siteName.trimmed());
    if (site.isEmpty())
        site = QStringLiteral("site");
    QString id = sanitizeFileNamePart(uniqueId);
    if (id.isEmpty())
        id = newBackupUniqueId();
    return QStringLiteral("Bomgar-") + version + QLatin1Char('-') + site + QLatin1Char('-') +
           date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + id + QStringLiteral(".nsb");
}

QString newBackupUniqueId()
{
    const quint64 v = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xffffffffffff);
    return QString::number(v, 16).rightJustified(12, QLatin1Char('0'));
}

std::optional<QString> backupNameFromContentDisposition(const QByteArray& header)
{
    if (header.isEmpty())
        return std::nullopt;
    const QString h = QString::fromLatin1(header);
    QString name;
    static const QRegularExpression extended(QStringLiteral("filename\\*\\s*=\\s*([^']*)'[^']*'([^;\\s]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression token(QStringLiteral("filename\\s*=\\s*([^;\\s\"]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = extended.match(h); m.hasMatch()) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(m.captured(2).toLatin1());
        name = m.captured(1).compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ? QString::fromUtf8(decoded)
                                                                                       : QString::fromLatin1(decoded);
    } else if (const auto q = quoted.match(h); q.hasMatch()) {
        name = q.captured(1);
        name.replace(QLatin1String("\\\""), QLatin1String("\""));
        name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    } else if (const auto t = token.match(h); t.hasMatch()) {
        name = t.captured(1);
    }
    // Keep only the last path component, whichever separator the server used.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    name = sanitizeFileNamePart(name.trimmed());
    if (name.isEmpty() || name == QLatin1String(".nsb"))
        return std::nullopt;
    if (!name.endsWith(QLatin1String(".nsb"), Qt::CaseInsensitive))
        name += QStringLiteral(".nsb");
    if (name.size() > 150)
        name = name.left(146) + QStringLiteral(".nsb");
    return name;
}

} // namespace dr::api
