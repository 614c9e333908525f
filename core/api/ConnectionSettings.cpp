#include "api/ConnectionSettings.h"

#include "common/BuildInfo.h"

#include <QFile>

namespace dr::api {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::api::ConnectionSettings", s);
}

} // namespace

std::optional<QByteArray> TlsTrust::parsePin(const QString& text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive) ||
        hex.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    if (hex.size() != 64)
        return std::nullopt;
    for (const QChar c : hex)
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

Result<QList<QSslCertificate>> TlsTrust::loadCaFile(const QString& path)
{
    using R = Result<QList<QSslCertificate>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(ApiError::make(
            ApiError::Kind::Usage, tr("Cannot read the CA file %1. Check the path and its permissions.").arg(path),
            file.errorString()));
    }
    const QByteArray data = file.read(8 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        return R::failure(ApiError::make(ApiError::Kind::Usage,
                                         tr("The file %1 holds no PEM or DER certificate. Give the CA certificate that "
                                            "issued the appliance's certificate.")
                                             .arg(path)));
    }
    return R::success(certs);
}

QString ConnectionSettings::effectiveUserAgent() const
{
    return userAgent.isEmpty() ? QStringLiteral("drrunbook/") + appVersion() : userAgent;
}

QString ConnectionSettings::siteKey() const
{
    return baseUrl.scheme().toLower() + QStringLiteral("://") + baseUrl.host().toLower() + QLatin1Char(':') +
           QString::number(baseUrl.port(443));
}

QUrl ConnectionSettings::endpoint(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(baseUrl.host());
    if (baseUrl.port() > 0)
        url.setPort(baseUrl.port());
    url.setPath(path);
    return url;
}

std::optional<ApiError> ConnectionSettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        return ApiError::make(ApiError::Kind::Usage,
                              tr("The appliance URL \"%1\" is not valid. Give it as https://HOST or https://HOST:PORT.")
                                  .arg(baseUrl.toString()));
    }
    if (baseUrl.scheme().toLower() != QLatin1String("https")) {
        return ApiError::make(ApiError::Kind::Usage,
                              tr("The appliance URL must start with https:// (the API is only spoken over TLS)."));
    }
    return std::nullopt;
}

} // namespace dr::api
