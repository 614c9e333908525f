#pragma once

#include "cert/ChainBuilder.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace dr::cert {

enum class Severity {
    Info,    // worth knowing, does not stop the restore (self-signed, legacy file encryption)
    Warning, // should be fixed (expiring soon, weak key, SHA-1): reported as a problem
    Error,   // the restore will not work as it should (no key, chain incomplete, expired, wrong FQDN)
};

QString severityCode(Severity s);

// One finding. `code` is stable (JSON, tests, translations of the message may change).
struct Problem
{
    QString code;
    Severity severity = Severity::Warning;
    QString message; // what is wrong and what to do, in plain words
    QString sha256;  // the certificate concerned, if any
};

// Everything the guide's Security > Certificates page shows, plus the checks.
struct CertReport
{
    std::vector<ClassifiedCert> certificates; // the chain leaf -> root, then any other certificate
    bool hasPrivateKey = false;               // the guide's "Private Key? Yes"
    bool keyMatches = false;                  // the private key belongs to the leaf
    bool chainComplete = false;
    QString missingIssuer;         // first missing link, when incomplete
    QString fqdn;                  // what was checked ("" when no FQDN was given)
    std::optional<bool> fqdnMatch; // nullopt when no FQDN was given
    QStringList encryption;        // how the file protects its contents
    QString macDigest;
    bool legacyEncryption = false;
    QList<Problem> problems;

    // The leaf (the appliance's certificate), or nullptr when the file holds only CA certificates.
    const ClassifiedCert* leaf() const;
    bool hasProblem(const QString& code) const;
    // The guide's "Private Key?" column: Yes only for the leaf, when the file's key belongs to it.
    bool privateKeyFor(const ClassifiedCert& cert) const;
    // The findings about one certificate (matched by SHA-256), to show beneath it as the appliance does.
    QList<Problem> problemsFor(const ClassifiedCert& cert) const;
    // No Warning or Error: fit to restore onto the appliance (CLI exit status 0).
    bool fitToRestore() const;
};

} // namespace dr::cert
