#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace dr::lab {

// One parsed HTTP/1.x request (internal to the lab).
struct LabHttpRequest
{
    QByteArray method;
    QByteArray target;                    // as sent: /api/command?action=check_health
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString path() const { return QUrl::fromEncoded(target).path(); }
    // Query parameters, plus the body's when it is application/x-www-form-urlencoded.
    QUrlQuery parameters() const
    {
        QUrlQuery q(QUrl::fromEncoded(target));
        if (header("content-type").startsWith("application/x-www-form-urlencoded")) {
            QByteArray form = body;
            form.replace('+', ' ');
            const QUrlQuery b(QString::fromUtf8(form));
            for (const auto& item : b.queryItems(QUrl::FullyDecoded))
                q.addQueryItem(item.first, item.second);
        }
        return q;
    }
    QString parameter(const QString& name) const { return parameters().queryItemValue(name, QUrl::FullyDecoded); }
};

// A reply. The body is either `body` or, with a streamFn, `streamSize` bytes produced chunk by chunk
// as the socket drains (never held whole in memory).
struct LabHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 streamSize = -1;
    std::function<QByteArray(qint64 offset, qint64 maxBytes)> streamFn;
    int delayMs = 0;            // answer later (latency fault)
    bool hang = false;          // never answer
    qint64 dropAfterBytes = -1; // close the connection after this many body bytes

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    static LabHttpResponse make(int status, const QByteArray& contentType, const QByteArray& body)
    {
        LabHttpResponse r;
        r.status = status;
        r.body = body;
        r.setHeader("Content-Type", contentType);
        return r;
    }
};

using LabHttpHandler = std::function<LabHttpResponse(const LabHttpRequest&)>;

} // namespace dr::lab
