#pragma once

#include "cert/CertInfo.h"

#include <vector>

namespace dr::cert {

// The guide's kinds of certificate (Recover Certificates > "Here is a description of each type").
enum class CertRole {
    SelfSignedLeaf, // "self_signed": Issued To = Issued By, the appliance FQDN in Alternative Names
    CaSignedLeaf,   // "ca_signed": issued to the appliance by a CA
    Intermediate,   // "intermediate": Issued To != Issued By, neither an FQDN; basicConstraints CA:TRUE
    Root,           // "root": Issued To = Issued By, not an FQDN; a self-signed CA
    Unrelated,      // "unrelated": a non-CA certificate that is not part of the leaf's chain
};

QString roleCode(CertRole role);
QString roleDisplayName(CertRole role);

struct ClassifiedCert
{
    CertInfo info;
    CertRole role = CertRole::Unrelated;
    bool inChain = false; // part of the chain leaf -> root
};

struct ChainAnalysis
{
    std::vector<ClassifiedCert> chain;  // leaf first, then each issuer; the root last when present
    std::vector<ClassifiedCert> others; // certificates of the file outside that chain
    bool hasLeaf = false;
    bool complete = false; // every intermediate present and the chain ends at a self-signed root
    QString missingIssuer; // issuer DN of the first missing link (empty when complete)
    int rootCount = 0;     // self-signed CA certificates in the file
};

// Orders the certificates leaf -> root whatever their order in the file, matching issuer to subject
// and verifying each signature. The leaf is the certificate of the private key, else the one that
// matches fqdn, else the non-CA certificate that issued nothing.
ChainAnalysis analyseChain(const std::vector<CertInfo>& certs, EVP_PKEY* key, const QString& fqdn);

} // namespace dr::cert
