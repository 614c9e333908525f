#pragma once

#include "support/ComposedMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dr::support {

// Values that make a rendered message reproducible. Empty ones are generated (now, a random id).
struct MailOptions
{
    QString from;         // "Jane Doe <jane@example.com>"; no From header when empty (a draft)
    QDateTime date;       // Date header; now when invalid
    QByteArray messageId; // without the angle brackets; "<uuid>@drrunbook.invalid" when empty
    QByteArray boundary;  // multipart boundary; random when empty
};

// Writes a ComposedMessage as an RFC 5322 message (.eml): CRLF line ends, UTF-8 text in base64,
// RFC 2047 encoded words for non-ASCII headers, multipart/mixed with base64 attachments when the
// message lists attachments. "X-Unsent: 1" makes mail clients open the file as a draft to send.
class MailWriter
{
public:
    // nullopt and *error set when an attachment cannot be read.
    static std::optional<QByteArray> render(const ComposedMessage& message, const MailOptions& options,
                                            QString* error = nullptr);
    // Renders and writes atomically (QSaveFile): the file is either complete or untouched.
    static bool save(const QString& path, const ComposedMessage& message, const MailOptions& options,
                     QString* error = nullptr);

    // mailto: URL (RFC 6068) with cc, subject and body; attachments cannot be carried by mailto.
    static QString mailtoUrl(const ComposedMessage& message);

    // Helpers, public for the tests.
    static QByteArray encodeHeaderText(const QString& text, int firstLineUsed);
    static QByteArray rfc5322Date(const QDateTime& t);
    static QByteArray contentTypeFor(const QString& fileName);
};

} // namespace dr::support
