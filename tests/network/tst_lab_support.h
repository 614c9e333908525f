#pragma once

// Shared by the drill lab tests: a plain QNetworkAccessManager client over real TLS that trusts the lab CA.

#include "lab/Lab.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

struct LabReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    bool finished = false;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

class LabTestClient
{
public:
    explicit LabTestClient(const QSslCertificate& ca) : m_ca(ca) {}

    QNetworkRequest request(QUrl url, const QByteArray& bearer = {}, int timeoutMs = 15000) const
    {
        QNetworkRequest r(url);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({m_ca});
        r.setSslConfiguration(c);
        r.setTransferTimeout(timeoutMs);
        r.setRawHeader("Connection", "close");
        if (!bearer.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + bearer);
        return r;
    }

    LabReply run(QNetworkReply* reply, int waitMs = 30000)
    {
        LabReply out;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(waitMs);
        out.finished = reply->isFinished();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        out.errorString = reply->errorString();
        out.body = reply->isOpen() ? reply->readAll() : QByteArray();
        for (const auto& h : reply->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return out;
    }

    LabReply get(const QUrl& url, const QByteArray& bearer = {}, int timeoutMs = 15000)
    {
        return run(nam.get(request(url, bearer, timeoutMs)));
    }

    LabReply post(const QUrl& url, const QByteArray& body, const QByteArray& contentType, const QByteArray& bearer = {},
                  int timeoutMs = 15000)
    {
        QNetworkRequest r = request(url, bearer, timeoutMs);
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return run(nam.post(r, body));
    }

    LabReply tokenReply(const QUrl& base, const QString& clientId, const QByteArray& secret)
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/oauth2/token"));
        QNetworkRequest r = request(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        r.setRawHeader("Authorization", "Basic " + QByteArray(clientId.toUtf8() + ':' + secret).toBase64());
        return run(nam.post(r, QByteArray("grant_type=client_credentials")));
    }

    QByteArray token(const QUrl& base, const dr::lab::LabAccount& account)
    {
        const LabReply r = tokenReply(base, account.clientId, account.clientSecret);
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    static QUrl commandUrl(QUrl base, const QString& action, const QList<QPair<QString, QString>>& params = {})
    {
        base.setPath(QStringLiteral("/api/command"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("action"), action);
        for (const auto& p : params)
            q.addQueryItem(p.first, p.second);
        base.setQuery(q);
        return base;
    }

    LabReply command(const QUrl& base, const QByteArray& bearer, const QString& action,
                     const QList<QPair<QString, QString>>& params = {})
    {
        return get(commandUrl(base, action, params), bearer);
    }

    QNetworkAccessManager nam;

private:
    QSslCertificate m_ca;
};

// Sends raw bytes (in pieces of `piece` bytes) over TLS and returns everything the server answers.
// Asynchronous (the lab runs in this thread): waits with the event loop running.
inline QByteArray rawExchange(const QSslCertificate& ca, quint16 port, const QByteArray& request, qsizetype piece = 0)
{
    QSslSocket socket;
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates({ca});
    socket.setSslConfiguration(c);
    QByteArray answer;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!encrypted.wait(10000))
        return "TLS failed: " + socket.errorString().toUtf8();
    const qsizetype step = piece > 0 ? piece : request.size();
    for (qsizetype i = 0; i < request.size(); i += step) {
        socket.write(request.mid(i, step));
        QSignalSpy written(&socket, &QSslSocket::encryptedBytesWritten);
        written.wait(200); // let each piece go out on its own
    }
    if (disconnected.isEmpty())
        disconnected.wait(10000);
    return answer + socket.readAll();
}

// Text of the first element with this local name (namespaces ignored); null if absent or not well-formed.
inline QString xmlText(const QByteArray& xml, const QString& localName, QString* attributeId = nullptr)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == localName) {
            if (attributeId)
                *attributeId = r.attributes().value(QStringLiteral("id")).toString();
            return r.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return {};
}

// All elements with this local name: their text and one attribute.
inline QList<QPair<QString, QString>> xmlAll(const QByteArray& xml, const QString& localName,
                                             const QString& attribute = QStringLiteral("id"))
{
    QList<QPair<QString, QString>> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == localName) {
            const QString attr = r.attributes().value(attribute).toString();
            out.append({attr, r.readElementText(QXmlStreamReader::IncludeChildElements)});
        }
    }
    return out;
}

inline bool xmlWellFormed(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

inline QString xmlRootName(const QByteArray& xml, QString* ns = nullptr)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement())
        return {};
    if (ns)
        *ns = r.namespaceUri().toString();
    return r.name().toString();
}
