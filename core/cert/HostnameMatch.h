#pragma once

#include "cert/CertInfo.h"

#include <QString>

namespace dr::cert {

// RFC 6125 host name matching, case-insensitive, trailing dots ignored, IDNs compared as A-labels.
// A wildcard is honoured only as the whole left-most label ("*.example.com"), matches exactly one
// label (not "a.b.example.com", not "example.com"), never partially ("f*.example.com" and
// "*oo.example.com" match nothing) and needs at least two labels after it ("*.com" matches nothing).
bool hostnameMatchesPattern(const QString& pattern, const QString& host);

// Whether the certificate is valid for host. IP literals match iPAddress alternative names only.
// Choice: the subject common name is consulted only when the certificate has no DNS alternative
// names (RFC 6125 section 6.4.4); then it is matched with the same rules.
bool certificateMatchesHost(const CertInfo& cert, const QString& host);

// Whether text looks like a fully qualified domain name (at least two labels, letters/digits/hyphens,
// or a wildcard left-most label) - used to tell the guide's leaf certificates from CA certificates.
bool looksLikeFqdn(const QString& text);

} // namespace dr::cert
