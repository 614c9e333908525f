#include "cert/CertReport.h"

namespace dr::cert {

QString severityCode(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const ClassifiedCert* CertReport::leaf() const
{
    if (certificates.empty())
        return nullptr;
    const ClassifiedCert& first = certificates.front();
    const bool isLeaf = first.role == CertRole::SelfSignedLeaf || first.role == CertRole::CaSignedLeaf;
    return isLeaf && first.inChain ? &first : nullptr;
}

bool CertReport::hasProblem(const QString& code) const
{
    for (const Problem& p : problems) {
        if (p.code == code)
            return true;
    }
    return false;
}

bool CertReport::privateKeyFor(const ClassifiedCert& cert) const
{
    const ClassifiedCert* l = leaf();
    return l && hasPrivateKey && keyMatches && l->info.sha256 == cert.info.sha256;
}

QList<Problem> CertReport::problemsFor(const ClassifiedCert& cert) const
{
    QList<Problem> out;
    for (const Problem& p : problems) {
        if (!p.sha256.isEmpty() && p.sha256 == cert.info.sha256)
            out.append(p);
    }
    return out;
}

bool CertReport::fitToRestore() const
{
    for (const Problem& p : problems) {
        if (p.severity != Severity::Info)
            return false;
    }
    return true;
}

} // namespace dr::cert
