#pragma once

#include "cert/CertReport.h"
#include "cert/Pkcs12Reader.h"
#include "common/Clock.h"

namespace dr::cert {

struct CheckOptions
{
    QString fqdn;                 // the appliance's FQDN; empty: no name check
    int expiryWarningDays = 30;   // "expiring_soon" when a certificate ends within this many days
    const Clock* clock = nullptr; // nullptr: the system clock
};

// Classifies the certificates of an imported .p12, builds the chain and runs every check.
// Stable problem codes:
//   no_certificate, no_leaf, no_private_key, key_mismatch, chain_incomplete, multiple_roots,
//   unrelated_certificate, self_signed (info), expired, not_yet_valid, expiring_soon, fqdn_mismatch,
//   weak_key, weak_signature, legacy_encryption (info), empty_password (info)
CertReport inspectContents(const Pkcs12Contents& contents, const CheckOptions& options);

} // namespace dr::cert
