#include "CertNotice.h"

namespace dr::ui {

namespace {

QString styleFor(CertNotice::Level level)
{
    // Dark text on light backgrounds with a thick left border: readable in a dim room and in grey scale.
    switch (level) {
    case CertNotice::Level::Ok:
        return QStringLiteral("QLabel { background: #e3f4e5; color: #000000; border-left: 6px solid #1b5e20; "
                              "padding: 8px; }");
    case CertNotice::Level::Warning:
        return QStringLiteral("QLabel { background: #fff1c2; color: #000000; border-left: 6px solid #b26a00; "
                              "padding: 8px; }");
    case CertNotice::Level::Error:
        return QStringLiteral("QLabel { background: #fde7e9; color: #000000; border-left: 6px solid #b00020; "
                              "padding: 8px; }");
    case CertNotice::Level::Busy:
        return QStringLiteral("QLabel { background: #e8eef8; color: #000000; border-left: 6px solid #1a4f9c; "
                              "padding: 8px; }");
    case CertNotice::Level::Neutral:
        break;
    }
    return QStringLiteral("QLabel { background: #f2f2f2; color: #000000; border-left: 6px solid #707070; "
                          "padding: 8px; }");
}

} // namespace

CertNotice::CertNotice(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Status"));
    clearNotice();
}

void CertNotice::setNotice(Level level, const QString& title, const QString& detail)
{
    m_level = level;
    m_title = title;
    m_detail = detail;
    QString prefix;
    switch (level) {
    case Level::Ok:
        prefix = tr("OK:");
        break;
    case Level::Warning:
        prefix = tr("Warning:");
        break;
    case Level::Error:
        prefix = tr("Error:");
        break;
    case Level::Busy:
        prefix = tr("Working:");
        break;
    case Level::Neutral:
        break;
    }
    const QString heading = prefix.isEmpty() ? title : QString(prefix + QLatin1Char(' ') + title);
    QString html = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<br>") + detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    setText(html);
    setStyleSheet(styleFor(level));
    setAccessibleDescription(detail.isEmpty() ? heading : QString(heading + QLatin1Char(' ') + detail));
    setVisible(!title.isEmpty());
}

void CertNotice::clearNotice()
{
    setNotice(Level::Neutral, QString());
}

} // namespace dr::ui
