#include "runbook/RichText.h"

namespace dr::runbook {

static const QString kMarker = QStringLiteral("**");

QList<RichText::Span> RichText::spans(const QString& text)
{
    QList<Span> out;
    bool label = false;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        const qsizetype at = text.indexOf(kMarker, pos);
        const qsizetype end = at < 0 ? text.size() : at;
        if (end > pos)
            out.append({text.mid(pos, end - pos), label});
        if (at < 0)
            break;
        label = !label;
        pos = at + kMarker.size();
    }
    return out;
}

QString RichText::toHtml(const QString& text)
{
    QString html;
    for (const Span& s : spans(text)) {
        const QString escaped = s.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += s.label ? QStringLiteral("<b>") + escaped + QStringLiteral("</b>") : escaped;
    }
    return html;
}

QString RichText::toPlain(const QString& text)
{
    QString plain = text;
    return plain.remove(kMarker);
}

bool RichText::isBalanced(const QString& text)
{
    return text.count(kMarker) % 2 == 0;
}

} // namespace dr::runbook
