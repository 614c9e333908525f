#include "cert/ChainBuilder.h"

#include "cert/HostnameMatch.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace dr::cert {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::ChainBuilder)
};

bool issued(X509* issuer, X509* subject)
{
    if (X509_check_issued(issuer, subject) != X509_V_OK)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(issuer);
    const bool ok = key && X509_verify(subject, key) == 1;
    ERR_clear_error();
    return ok;
}

int pickLeaf(const std::vector<CertInfo>& certs, const std::vector<X509Ptr>& x, EVP_PKEY* key, const QString& fqdn)
{
    const auto n = static_cast<int>(certs.size());
    if (key) {
        for (int i = 0; i < n; ++i) {
            if (x[i] && EVP_PKEY_eq(X509_get0_pubkey(x[i].get()), key) == 1)
                return i;
        }
    }
    ERR_clear_error();
    if (!fqdn.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (!certs[i].isCa && certificateMatchesHost(certs[i], fqdn))
                return i;
        }
    }
    auto issuesNothing = [&](int i) {
        for (int j = 0; j < n; ++j) {
            if (j != i && x[i] && x[j] && issued(x[i].get(), x[j].get()))
                return false;
        }
        return true;
    };
    for (int i = 0; i < n; ++i) {
        if (!certs[i].isCa && issuesNothing(i))
            return i;
    }
    for (int i = 0; i < n; ++i) {
        if (!certs[i].isCa)
            return i;
    }
    return -1; // only CA certificates
}

CertRole standaloneRole(const CertInfo& c)
{
    if (c.isCa)
        return c.selfIssued ? CertRole::Root : CertRole::Intermediate;
    return CertRole::Unrelated;
}

} // namespace

QString roleCode(CertRole role)
{
    switch (role) {
    case CertRole::SelfSignedLeaf:
        return QStringLiteral("self_signed");
    case CertRole::CaSignedLeaf:
        return QStringLiteral("ca_signed");
    case CertRole::Intermediate:
        return QStringLiteral("intermediate");
    case CertRole::Root:
        return QStringLiteral("root");
    case CertRole::Unrelated:
        return QStringLiteral("unrelated");
    }
    return {};
}

QString roleDisplayName(CertRole role)
{
    switch (role) {
    case CertRole::SelfSignedLeaf:
        return Text::tr("Self-signed certificate");
    case CertRole::CaSignedLeaf:
        return Text::tr("CA-signed certificate");
    case CertRole::Intermediate:
        return Text::tr("Intermediate certificate");
    case CertRole::Root:
        return Text::tr("Root certificate");
    case CertRole::Unrelated:
        return Text::tr("Unrelated certificate");
    }
    return {};
}

ChainAnalysis analyseChain(const std::vector<CertInfo>& certs, EVP_PKEY* key, const QString& fqdn)
{
    ChainAnalysis a;
    std::vector<X509Ptr> x;
    x.reserve(certs.size());
    for (const CertInfo& c : certs) {
        x.push_back(x509FromDer(c.der));
        if (c.isCa && c.selfIssued)
            ++a.rootCount;
    }
    std::vector<bool> used(certs.size(), false);
    const int leaf = pickLeaf(certs, x, key, fqdn);
    if (leaf >= 0) {
        a.hasLeaf = true;
        int current = leaf;
        used[static_cast<size_t>(leaf)] = true;
        a.chain.push_back(
            {certs[static_cast<size_t>(leaf)],
             certs[static_cast<size_t>(leaf)].selfIssued ? CertRole::SelfSignedLeaf : CertRole::CaSignedLeaf, true});
        while (true) {
            const CertInfo& cur = certs[static_cast<size_t>(current)];
            if (cur.selfIssued) {
                a.complete = cur.selfSigned;
                if (!a.complete)
                    a.missingIssuer = cur.issuer;
                break;
            }
            int next = -1;
            for (size_t j = 0; j < certs.size() && next < 0; ++j) {
                if (!used[j] && x[j] && issued(x[j].get(), x[static_cast<size_t>(current)].get()))
                    next = static_cast<int>(j);
            }
            if (next < 0) {
                a.missingIssuer = cur.issuer;
                break;
            }
            used[static_cast<size_t>(next)] = true;
            const CertInfo& n = certs[static_cast<size_t>(next)];
            a.chain.push_back({n, n.selfIssued ? CertRole::Root : CertRole::Intermediate, true});
            current = next;
        }
    }
    for (size_t i = 0; i < certs.size(); ++i) {
        if (!used[i])
            a.others.push_back({certs[i], standaloneRole(certs[i]), false});
    }
    return a;
}

} // namespace dr::cert
