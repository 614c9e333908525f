#pragma once

#include <QList>
#include <QString>

namespace dr::runbook {

// Scenario texts mark the labels the operator sees on screen as **Label** (the guide prints them bold).
// Consumers render them with these helpers instead of parsing the markup themselves.
class RichText
{
public:
    struct Span
    {
        QString text;
        bool label = false; // a UI label: render bold
    };
    static QList<Span> spans(const QString& text);
    static QString toHtml(const QString& text);  // HTML-escaped, labels in <b>
    static QString toPlain(const QString& text); // markers removed
    static bool isBalanced(const QString& text);
};

} // namespace dr::runbook
