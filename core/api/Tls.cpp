#include "api/Tls.h"

#include <QCryptographicHash>

namespace dr::api {

QString sha256Fingerprint(const QSslCertificate& cert)
{
    if (cert.isNull())
        return {};
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString subjectText(const QSslCertificate& cert)
{
    if (cert.isNull())
        return {};
    QStringList parts;
    const auto add = [&](QSslCertificate::SubjectInfo info, const char* label) {
        for (const QString& v : cert.subjectInfo(info))
            parts.append(QLatin1String(label) + QLatin1Char('=') + v);
    };
    add(QSslCertificate::CommonName, "CN");
    add(QSslCertificate::Organization, "O");
    add(QSslCertificate::OrganizationalUnitName, "OU");
    return parts.isEmpty() ? cert.subjectDisplayName() : parts.join(QStringLiteral(", "));
}

ApiError tlsError(const QUrl& url, const QSslCertificate& leaf, const QList<QSslError>& errors, const TlsTrust& trust,
                  const QString& qtMessage)
{
    QStringList reasons;
    for (const QSslError& e : errors)
        reasons.append(e.errorString());
    if (reasons.isEmpty() && !qtMessage.isEmpty())
        reasons.append(qtMessage);
    const QString fp = sha256Fingerprint(leaf);
    QString message;
    if (leaf.isNull()) {
        message = QCoreApplication::translate("dr::api::Tls",
                                              "The TLS handshake with %1 failed before a certificate was seen. Check "
                                              "that the URL and port point at the appliance's HTTPS site.")
                      .arg(url.host());
    } else if (!trust.pinnedSha256.isEmpty()) {
        message = QCoreApplication::translate("dr::api::Tls",
                                              "%1 presented a certificate that does not match the pinned fingerprint. "
                                              "Presented: SHA-256 %2, subject \"%3\". If the appliance's certificate "
                                              "was replaced on purpose, verify this fingerprint with its administrator "
                                              "and pin it instead.")
                      .arg(url.host(), fp, subjectText(leaf));
    } else {
        message = QCoreApplication::translate("dr::api::Tls",
                                              "%1 presented a certificate that is not trusted. Presented: SHA-256 %2, "
                                              "subject \"%3\". Verify this fingerprint with the appliance's "
                                              "administrator, then trust it explicitly (pin it, or give the CA that "
                                              "issued it).")
                      .arg(url.host(), fp, subjectText(leaf));
    }
    ApiError e = ApiError::make(ApiError::Kind::Tls, message, reasons.join(QStringLiteral("; ")));
    e.certificateSha256 = fp;
    e.certificateSubject = subjectText(leaf);
    return e;
}

} // namespace dr::api
