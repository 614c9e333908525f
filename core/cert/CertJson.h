#pragma once

#include "cert/CertReport.h"
#include "cert/ServeComparison.h"

#include <QJsonObject>

namespace dr::cert {

// JSON shapes shared by the CLI (--json) and anything else that records a certificate check.
// Field names are stable: certificates[] {role, in_chain, subject, issuer, issued_to, issued_by, sha256,
// serial, not_before, not_after, san, is_ca, key_type, key_bits, signature_algorithm, private_key}, has_private_key,
// key_matches, chain_complete, missing_issuer, fqdn, fqdn_match, encryption, mac, fit_to_restore,
// problems[] {code, severity, message, sha256}.
QJsonObject certToJson(const CertInfo& c);
QJsonObject certToJson(const ClassifiedCert& c);
QJsonObject reportToJson(const CertReport& r);
// {verdict, message, expected_leaf, served_leaf, missing_intermediates[], served {host, port, sni, protocol,
//  certificates[]}, error {code, message} when unreachable}
QJsonObject comparisonToJson(const ServeComparison& c);
QJsonObject errorToJson(const QString& code, const QString& message);

} // namespace dr::cert
