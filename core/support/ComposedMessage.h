#pragma once

#include <QString>
#include <QStringList>

namespace dr::support {

// A message ready for the clipboard, an .eml file (MailWriter) or a mailto: link.
struct ComposedMessage
{
    QStringList to;
    QStringList cc;
    QString subject;
    QString body;            // plain text, '\n' line ends
    QStringList attachments; // file paths
    QString guidance;        // for the operator, not part of the message

    // Subject line, blank line, body: what "copy to clipboard" copies.
    QString clipboardText() const { return subject + QStringLiteral("\n\n") + body; }
};

// "Label: value" for one-line values; the label alone then each line indented by four spaces for
// multi-line values; `placeholder` for empty values.
QString composeField(const QString& label, const QString& value, const QString& placeholder);

// "40100" from "40100", " Incident# 40100 ", "incident #40100" or "#40100"; empty stays empty.
QString normalizeIncidentNumber(const QString& text);

} // namespace dr::support
