#pragma once

#include "support/ComposedMessage.h"
#include "support/MailWriter.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QUrl;

namespace dr::ui {

// The output side of the incident and RMA composers: the message as it will be sent (recipients, subject and
// body), what the operator should do with it, and the three ways out: copy to the clipboard, save as an .eml draft
// (atomic, support::MailWriter), open the mail client with the mailto: URL. The URL opener and the .eml path
// chooser are injectable, so a test captures the URL instead of launching a mail client and gives the path
// instead of answering a file dialog.
class MessageOutputPanel : public QWidget
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl&)>;
    using SavePathChooser = std::function<QString(const QString& suggestedFileName)>;

    explicit MessageOutputPanel(QWidget* parent = nullptr);

    void setMessage(const support::ComposedMessage& message);
    const support::ComposedMessage& message() const { return m_message; }
    // Messages that cannot be sent yet (missing fields): shown above the buttons; the buttons still work.
    void setProblems(const QStringList& problems);
    void setSuggestedFileName(const QString& name) { m_suggestedName = name; }

    // The composers' window: `form` scrolled on the left, a new panel on the right, a Close button (reject) below,
    // all in a new QVBoxLayout of `dialog` (insert a note above with layout()->insertWidget(0, ...)).
    static MessageOutputPanel* layOutComposer(QDialog* dialog, QWidget* form, const QString& suggestedFileName);

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }       // default QDesktopServices
    void setSavePathChooser(SavePathChooser chooser) { m_chooser = std::move(chooser); } // default QFileDialog
    void setMailOptions(const support::MailOptions& options) { m_mailOptions = options; }

    // The three actions (the buttons call them). Each reports its outcome in statusText().
    void copyToClipboard();
    bool saveEml(const QString& path, QString* error);
    bool openInMailClient();
    QString statusText() const;

signals:
    void emlSaved(const QString& path);

private:
    void saveWithChooser();
    void setStatus(const QString& text, bool ok);

    support::ComposedMessage m_message;
    QString m_suggestedName = QStringLiteral("message.eml");
    UrlOpener m_opener;
    SavePathChooser m_chooser;
    support::MailOptions m_mailOptions;
    QLabel* m_recipients = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPlainTextEdit* m_guidance = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace dr::ui
