#pragma once

#include "common/OsslPtr.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace dr::cert {

// What the appliance's Security > Certificates page shows about one certificate, plus the
// technical facts the checks need. A plain value: the DER bytes let any code rebuild the X509.
struct CertInfo
{
    QByteArray der;
    QString subject;         // full distinguished name, RFC 2253 ("CN=a,O=b")
    QString issuer;          // full distinguished name, RFC 2253
    QString issuedTo;        // the guide's "Issued To": subject common name (the DN when there is none)
    QString issuedBy;        // the guide's "Issued By": issuer common name (the DN when there is none)
    QStringList dnsNames;    // subjectAltName dNSName entries, as written
    QStringList ipAddresses; // subjectAltName iPAddress entries
    QString sha256;          // fingerprint of the DER, lowercase hex without separators
    QString serial;          // hex
    QDateTime notBefore;     // UTC
    QDateTime notAfter;      // UTC
    bool isCa = false;       // basicConstraints CA:TRUE
    bool selfIssued = false; // subject == issuer
    bool selfSigned = false; // subject == issuer and the signature verifies with its own key
    QString keyType;         // "RSA", "EC", "ED25519", "DSA", ...
    int keyBits = 0;
    QString signatureAlgorithm; // e.g. "sha256WithRSAEncryption"
    QString signatureDigest;    // e.g. "SHA256", "SHA1", "MD5" (empty when the scheme has none, e.g. Ed25519)

    // The guide's "Alternative Name(s)" column: DNS names then IP addresses.
    QStringList alternativeNames() const { return dnsNames + ipAddresses; }
    // "AB:CD:..." for display.
    QString sha256Colons() const;

    static std::optional<CertInfo> fromX509(X509* x);
    static std::optional<CertInfo> fromDer(const QByteArray& der);
};

QString nameToString(const X509_NAME* name);
QDateTime asn1TimeToDateTime(const ASN1_TIME* t);

} // namespace dr::cert
