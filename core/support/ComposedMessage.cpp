#include "support/ComposedMessage.h"

#include <QRegularExpression>

namespace dr::support {

QString composeField(const QString& label, const QString& value, const QString& placeholder)
{
    QString text = value;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = text.trimmed();
    if (text.isEmpty())
        return label + QStringLiteral(": ") + placeholder + QLatin1Char('\n');
    if (!text.contains(QLatin1Char('\n')))
        return label + QStringLiteral(": ") + text + QLatin1Char('\n');
    QString out = label + QStringLiteral(":\n");
    for (QString line : text.split(QLatin1Char('\n'))) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        out += line.isEmpty() ? QStringLiteral("\n") : QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return out;
}

QString normalizeIncidentNumber(const QString& text)
{
    static const QRegularExpression prefix(QStringLiteral("^(?:incident\\s*)?#?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString n = text.trimmed();
    n.remove(prefix);
    return n.trimmed();
}

} // namespace dr::support
