#include "MessageOutputPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace dr::ui {

MessageOutputPanel::MessageOutputPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_recipients = new QLabel(this);
    m_recipients->setObjectName(QStringLiteral("messageRecipients"));
    m_recipients->setWordWrap(true);
    m_recipients->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_recipients);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_preview, 1);

    // What to do with the message: a few sentences, read-only, scrolled if long (a wrapped label is squeezed here).
    m_guidance = new QPlainTextEdit(this);
    m_guidance->setObjectName(QStringLiteral("messageGuidance"));
    m_guidance->setAccessibleName(tr("What to do with this message"));
    m_guidance->setReadOnly(true);
    m_guidance->setTabChangesFocus(true);
    m_guidance->setFrameShape(QFrame::NoFrame);
    m_guidance->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_guidance->setStyleSheet(QStringLiteral("QPlainTextEdit { background: transparent; }"));
    m_guidance->setFixedHeight(m_guidance->fontMetrics().lineSpacing() * 7 + 10);
    layout->addWidget(m_guidance);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("messageProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
    layout->addWidget(m_problems);

    auto* buttons = new QHBoxLayout;
    auto* copy = new QPushButton(tr("&Copy to clipboard"), this);
    copy->setObjectName(QStringLiteral("messageCopy"));
    auto* save = new QPushButton(tr("Save as .&eml..."), this);
    save->setObjectName(QStringLiteral("messageSaveEml"));
    auto* open = new QPushButton(tr("Open in &mail client"), this);
    open->setObjectName(QStringLiteral("messageOpenMail"));
    for (QPushButton* b : {copy, save, open}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(copy, &QPushButton::clicked, this, &MessageOutputPanel::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &MessageOutputPanel::saveWithChooser);
    connect(open, &QPushButton::clicked, this, &MessageOutputPanel::openInMailClient);
    setProblems({});
}

MessageOutputPanel* MessageOutputPanel::layOutComposer(QDialog* dialog, QWidget* form, const QString& suggestedFileName)
{
    auto* outer = new QVBoxLayout(dialog);
    auto* splitter = new QSplitter(Qt::Horizontal, dialog);
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto* panel = new MessageOutputPanel(splitter);
    panel->setSuggestedFileName(suggestedFileName);
    splitter->addWidget(scroll);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    outer->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    outer->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return panel;
}

void MessageOutputPanel::setMessage(const support::ComposedMessage& message)
{
    m_message = message;
    QString who = tr("<b>To:</b> %1").arg(message.to.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!message.cc.isEmpty())
        who += QStringLiteral("<br/>") + tr("<b>Cc:</b> %1").arg(message.cc.join(QStringLiteral(", ")).toHtmlEscaped());
    m_recipients->setText(who);
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setPlainText(message.clipboardText());
    if (m_preview->verticalScrollBar())
        m_preview->verticalScrollBar()->setValue(scroll);
    m_guidance->setPlainText(message.guidance);
    m_guidance->setVisible(!message.guidance.isEmpty());
}

void MessageOutputPanel::setProblems(const QStringList& problems)
{
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Still missing:") + QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- ")));
    m_problems->setVisible(!problems.isEmpty());
}

void MessageOutputPanel::setStatus(const QString& text, bool ok)
{
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
    m_status->setText(text);
}

QString MessageOutputPanel::statusText() const
{
    return m_status->text();
}

void MessageOutputPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(m_message.clipboardText());
    setStatus(tr("Copied the subject and the text to the clipboard: paste them into a new email to %1.")
                  .arg(m_message.to.join(QStringLiteral(", "))),
              true);
}

bool MessageOutputPanel::saveEml(const QString& path, QString* error)
{
    QString why;
    if (!support::MailWriter::save(path, m_message, m_mailOptions, &why)) {
        setStatus(tr("Not saved: %1").arg(why), false);
        if (error)
            *error = why;
        return false;
    }
    setStatus(tr("Saved %1: open it in your mail client (it opens as a draft), check it and send it.")
                  .arg(QDir::toNativeSeparators(path)),
              true);
    emit emlSaved(path);
    return true;
}

void MessageOutputPanel::saveWithChooser()
{
    QString path;
    if (m_chooser) {
        path = m_chooser(m_suggestedName);
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Save the message as an .eml draft"),
                                            QDir::home().filePath(m_suggestedName), tr("Email message (*.eml)"));
    }
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
        path += QStringLiteral(".eml");
    saveEml(path, nullptr);
}

bool MessageOutputPanel::openInMailClient()
{
    const QString encoded = support::MailWriter::mailtoUrl(m_message);
    const QUrl url = QUrl::fromEncoded(encoded.toLatin1(), QUrl::StrictMode);
    const bool ok = url.isValid() && (m_opener ? m_opener(url) : QDesktopServices::openUrl(url));
    if (!ok) {
        setStatus(tr("No mail client could be opened: copy the text to the clipboard or save an .eml file "
                     "instead."),
                  false);
        return false;
    }
    setStatus(m_message.attachments.isEmpty()
                  ? tr("Opened your mail client with the message: check it and send it.")
                  : tr("Opened your mail client with the message. Attach the %n listed file(s) yourself (a mailto: "
                       "link cannot carry them), or save an .eml file instead.",
                       nullptr, int(m_message.attachments.size())),
              true);
    return true;
}

} // namespace dr::ui
