#include "support/MailWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>

namespace dr::support {

class MailText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::MailWriter)
};

static bool isAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() > 126 || (c.unicode() < 32 && c != QLatin1Char('\t')))
            return false;
    return true;
}

static QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

static QByteArray crlf(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.toUtf8().replace("\n", "\r\n");
}

QByteArray MailWriter::encodeHeaderText(const QString& text, int firstLineUsed)
{
    if (isAscii(text)) {
        // Fold at spaces so that lines stay within 78 characters where possible.
        QByteArray out;
        int lineLength = firstLineUsed;
        const QStringList words = text.split(QLatin1Char(' '));
        for (int i = 0; i < words.size(); ++i) {
            const QByteArray w = words.at(i).toLatin1();
            if (i > 0) {
                if (lineLength + 1 + w.size() > 78) {
                    out += "\r\n";
                    lineLength = 0;
                }
                out += ' ';
                ++lineLength;
            }
            out += w;
            lineLength += int(w.size());
        }
        return out;
    }
    // RFC 2047 encoded words of at most 75 characters, never splitting a UTF-8 sequence.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + bytes.size() > 45) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray& w : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

// "Jane Müller <jane@example.com>": encodes the display name when it is not ASCII.
static QByteArray encodeAddress(const QString& address)
{
    QString a = address;
    for (QChar& c : a)
        if (c.unicode() < 32 || c.unicode() == 127)
            c = QLatin1Char(' '); // no line breaks: they would start new headers
    a = a.simplified();
    if (isAscii(a))
        return a.toLatin1();
    const qsizetype lt = a.lastIndexOf(QLatin1Char('<'));
    if (lt <= 0)
        return a.toUtf8();
    return MailWriter::encodeHeaderText(a.left(lt).trimmed(), 0) + ' ' + a.mid(lt).toLatin1();
}

static QByteArray addressList(const QStringList& list)
{
    QList<QByteArray> encoded;
    for (const QString& a : list)
        encoded << encodeAddress(a);
    return encoded.join(",\r\n ");
}

QByteArray MailWriter::rfc5322Date(const QDateTime& t)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = t.date();
    const int offset = t.offsetFromUtc() / 60;
    const int abs = offset < 0 ? -offset : offset;
    return QStringLiteral("%1, %2 %3 %4 %5 %6%7%8")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day())
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year())
        .arg(t.time().toString(QStringLiteral("HH:mm:ss")))
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 60, 2, 10, QLatin1Char('0'))
        .arg(abs % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray MailWriter::contentTypeFor(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == QLatin1String("txt") || ext == QLatin1String("log"))
        return "text/plain";
    if (ext == QLatin1String("png"))
        return "image/png";
    if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
        return "image/jpeg";
    if (ext == QLatin1String("pdf"))
        return "application/pdf";
    if (ext == QLatin1String("zip"))
        return "application/zip";
    if (ext == QLatin1String("json"))
        return "application/json";
    return "application/octet-stream";
}

static QByteArray quotedName(const QString& name)
{
    if (isAscii(name)) {
        QByteArray n = name.toLatin1();
        n.replace("\\", "\\\\").replace("\"", "\\\"");
        return "filename=\"" + n + "\"";
    }
    return "filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

std::optional<QByteArray> MailWriter::render(const ComposedMessage& m, const MailOptions& options, QString* error)
{
    const QDateTime date = options.date.isValid() ? options.date : QDateTime::currentDateTime();
    const QByteArray id = options.messageId.isEmpty()
                              ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@drrunbook.invalid"
                              : options.messageId;
    QByteArray h;
    if (!options.from.isEmpty())
        h += "From: " + encodeAddress(options.from) + "\r\n";
    if (!m.to.isEmpty())
        h += "To: " + addressList(m.to) + "\r\n";
    if (!m.cc.isEmpty())
        h += "Cc: " + addressList(m.cc) + "\r\n";
    h += "Subject: " + encodeHeaderText(m.subject, 9) + "\r\n";
    h += "Date: " + rfc5322Date(date) + "\r\n";
    h += "Message-ID: <" + id + ">\r\n";
    h += "MIME-Version: 1.0\r\nX-Unsent: 1\r\n";
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                                base64Lines(crlf(m.body));
    if (m.attachments.isEmpty())
        return h + textPart;

    const QByteArray boundary =
        options.boundary.isEmpty() ? "=_drrunbook_" + QUuid::createUuid().toByteArray(QUuid::Id128) : options.boundary;
    QByteArray out = h + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n" +
                     "This is a multi-part message in MIME format.\r\n\r\n--" + boundary + "\r\n" + textPart;
    for (const QString& path : m.attachments) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = MailText::tr("Cannot read the attachment %1: %2. Check that the file exists and is "
                                      "readable, or remove it from the list.")
                             .arg(path, f.errorString());
            return std::nullopt;
        }
        const QString name = QFileInfo(path).fileName();
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + contentTypeFor(name) + "\r\n";
        out += "Content-Disposition: attachment; " + quotedName(name) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(f.readAll());
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

bool MailWriter::save(const QString& path, const ComposedMessage& message, const MailOptions& options, QString* error)
{
    const std::optional<QByteArray> data = render(message, options, error);
    if (!data)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        if (error)
            *error = MailText::tr("Cannot write the email file %1: %2. Choose a folder you can write to.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString MailWriter::mailtoUrl(const ComposedMessage& m)
{
    auto enc = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QStringList to;
    for (const QString& a : m.to)
        to << QString::fromLatin1(QUrl::toPercentEncoding(a.trimmed(), "@"));
    QStringList query;
    if (!m.cc.isEmpty()) {
        QStringList cc;
        for (const QString& a : m.cc)
            cc << QString::fromLatin1(QUrl::toPercentEncoding(a.trimmed(), "@"));
        query << QStringLiteral("cc=") + cc.join(QLatin1Char(','));
    }
    query << QStringLiteral("subject=") + enc(m.subject);
    QString body = m.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    query << QStringLiteral("body=") + enc(body);
    return QStringLiteral("mailto:") + to.join(QLatin1Char(',')) + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

} // namespace dr::support
