#include "cert/ServeComparison.h"

#include <QCoreApplication>

#include <algorithm>

namespace dr::cert {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(dr::cert::ServeComparison)
};

QString describe(const CertInfo& c)
{
    return Text::tr("subject \"%1\", issued by \"%2\", valid %3 to %4, SHA-256 %5")
        .arg(c.subject, c.issuer, c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate),
             c.sha256Colons());
}

} // namespace

QString verdictCode(ServeVerdict v)
{
    switch (v) {
    case ServeVerdict::ServesRestored:
        return QStringLiteral("serves_restored");
    case ServeVerdict::ChainIncomplete:
        return QStringLiteral("chain_incomplete");
    case ServeVerdict::ServesDifferent:
        return QStringLiteral("serves_different");
    case ServeVerdict::NotCompared:
        return QStringLiteral("not_compared");
    }
    return {};
}

ServeComparison compareServed(const CertReport& backup, const ServedChain& served)
{
    ServeComparison c;
    c.served = served;
    const ClassifiedCert* leaf = backup.leaf();
    if (leaf)
        c.expectedLeaf = leaf->info;
    if (!served.certificates.empty())
        c.servedLeaf = served.certificates.front();

    if (!served.ok) {
        c.message = served.message;
        return c;
    }
    if (!leaf) {
        c.message = Text::tr("The backup holds no appliance certificate to compare with.");
        return c;
    }
    if (c.servedLeaf->sha256 != leaf->info.sha256) {
        c.verdict = ServeVerdict::ServesDifferent;
        c.message = Text::tr("The appliance serves a different certificate: %1. Expected the restored one: %2. "
                             "Import the backup in /appliance > Security > Certificates and assign it to the "
                             "appliance's IP address.")
                        .arg(describe(*c.servedLeaf), describe(leaf->info));
        return c;
    }
    for (const ClassifiedCert& b : backup.certificates) {
        if (!b.inChain || b.role != CertRole::Intermediate)
            continue;
        const bool servedToo = std::any_of(served.certificates.begin(), served.certificates.end(),
                                           [&](const CertInfo& s) { return s.sha256 == b.info.sha256; });
        if (!servedToo)
            c.missingIntermediates.push_back(b.info);
    }
    if (!c.missingIntermediates.empty()) {
        QStringList names;
        for (const CertInfo& m : c.missingIntermediates)
            names.append(QStringLiteral("\"%1\"").arg(m.issuedTo));
        c.verdict = ServeVerdict::ChainIncomplete;
        c.message = Text::tr("The appliance serves the restored certificate but not its intermediate certificate(s) "
                             "%1, so clients may not trust it. Import the full chain (the .p12 with Include "
                             "Certificate Chain) in /appliance > Security > Certificates.")
                        .arg(names.join(QStringLiteral(", ")));
        return c;
    }
    c.verdict = ServeVerdict::ServesRestored;
    c.message = Text::tr("The appliance serves the restored certificate \"%1\" (SHA-256 %2) with its chain.")
                    .arg(leaf->info.issuedTo, leaf->info.sha256Colons());
    return c;
}

} // namespace dr::cert
