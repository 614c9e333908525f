#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"

#include <QSslError>

namespace dr::api {

// "AB:CD:…": SHA-256 of the certificate's DER, upper-case hex with colons (as browsers show it).
QString sha256Fingerprint(const QSslCertificate& cert);
// A readable subject, e.g. "CN=support.example.com, O=Example".
QString subjectText(const QSslCertificate& cert);

// The operator-facing error for a refused certificate (shows fingerprint and subject).
ApiError tlsError(const QUrl& url, const QSslCertificate& leaf, const QList<QSslError>& errors, const TlsTrust& trust,
                  const QString& qtMessage = {});

} // namespace dr::api
