#pragma once

#include "cert/CertChecker.h"
#include "cert/Pkcs12Reader.h"
#include "common/Secret.h"

#include <QFuture>

#include <memory>

namespace dr::ui {

// A certificate backup (.p12/.pfx) opened and checked off the GUI thread. The private key stays in memory (for
// "Export…" and the key match); the password does not: it lives only in the worker and is wiped when it ends.
struct CertLoad
{
    QString path;
    std::shared_ptr<const cert::ImportResult> import; // never null; contents.privateKey is kept for the export
    cert::CertReport report;                          // meaningful only when import->ok()
    cert::CheckOptions options;                       // what the report was made with

    bool ok() const { return import && import->ok(); }
};
using CertLoadPtr = std::shared_ptr<const CertLoad>;

// Opens and checks the file on a worker thread (OpenSSL's key derivation can take seconds).
QFuture<CertLoadPtr> openCertificateBackup(const QString& path, const Secret& password,
                                           const cert::ImportOptions& importOptions,
                                           const cert::CheckOptions& checkOptions);

// The same file checked again with other options (another FQDN, another expiry warning): no new import.
CertLoadPtr recheckCertificateBackup(const CertLoadPtr& load, const cert::CheckOptions& checkOptions);

// A short headline naming why a file could not be opened, one per cause (the core's message says what to do).
QString importFailureTitle(cert::ImportError error);

// The guide's classification of what the file holds, in one sentence ("A CA-signed certificate for …").
QString classificationSummary(const cert::CertReport& report);

// The chain leaf -> root as it would be exported (certificates outside the chain are left out).
std::vector<cert::CertInfo> chainForExport(const cert::CertReport& report);

} // namespace dr::ui
