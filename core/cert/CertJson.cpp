#include "cert/CertJson.h"

#include <QJsonArray>

namespace dr::cert {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonArray certArray(const std::vector<CertInfo>& certs)
{
    QJsonArray a;
    for (const CertInfo& c : certs)
        a.append(certToJson(c));
    return a;
}

} // namespace

QJsonObject certToJson(const CertInfo& c)
{
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("issued_to"), c.issuedTo},
        {QStringLiteral("issued_by"), c.issuedBy},
        {QStringLiteral("sha256"), c.sha256},
        {QStringLiteral("serial"), c.serial},
        {QStringLiteral("not_before"), iso(c.notBefore)},
        {QStringLiteral("not_after"), iso(c.notAfter)},
        {QStringLiteral("san"), QJsonArray::fromStringList(c.alternativeNames())},
        {QStringLiteral("is_ca"), c.isCa},
        {QStringLiteral("key_type"), c.keyType},
        {QStringLiteral("key_bits"), c.keyBits},
        {QStringLiteral("signature_algorithm"), c.signatureAlgorithm},
    };
}

QJsonObject certToJson(const ClassifiedCert& c)
{
    QJsonObject o = certToJson(c.info);
    o.insert(QStringLiteral("role"), roleCode(c.role));
    o.insert(QStringLiteral("in_chain"), c.inChain);
    return o;
}

QJsonObject reportToJson(const CertReport& r)
{
    QJsonArray certs;
    for (const ClassifiedCert& c : r.certificates) {
        QJsonObject o = certToJson(c);
        o.insert(QStringLiteral("private_key"), r.privateKeyFor(c));
        certs.append(o);
    }
    QJsonArray problems;
    for (const Problem& p : r.problems) {
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("severity"), severityCode(p.severity)},
                      {QStringLiteral("message"), p.message}};
        if (!p.sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), p.sha256);
        problems.append(o);
    }
    QJsonObject o{
        {QStringLiteral("certificates"), certs},
        {QStringLiteral("has_private_key"), r.hasPrivateKey},
        {QStringLiteral("key_matches"), r.keyMatches},
        {QStringLiteral("chain_complete"), r.chainComplete},
        {QStringLiteral("fqdn"), r.fqdn},
        {QStringLiteral("fqdn_match"), r.fqdnMatch ? QJsonValue(*r.fqdnMatch) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("encryption"), QJsonArray::fromStringList(r.encryption)},
        {QStringLiteral("mac"), r.macDigest},
        {QStringLiteral("legacy_encryption"), r.legacyEncryption},
        {QStringLiteral("fit_to_restore"), r.fitToRestore()},
        {QStringLiteral("problems"), problems},
    };
    if (!r.missingIssuer.isEmpty())
        o.insert(QStringLiteral("missing_issuer"), r.missingIssuer);
    return o;
}

QJsonObject comparisonToJson(const ServeComparison& c)
{
    QJsonObject served{{QStringLiteral("host"), c.served.host},
                       {QStringLiteral("port"), c.served.port},
                       {QStringLiteral("sni"), c.served.sniName},
                       {QStringLiteral("protocol"), c.served.protocol},
                       {QStringLiteral("certificates"), certArray(c.served.certificates)}};
    QJsonObject o{{QStringLiteral("verdict"), verdictCode(c.verdict)},
                  {QStringLiteral("message"), c.message},
                  {QStringLiteral("served"), served},
                  {QStringLiteral("missing_intermediates"), certArray(c.missingIntermediates)}};
    if (c.expectedLeaf)
        o.insert(QStringLiteral("expected_leaf"), certToJson(*c.expectedLeaf));
    if (c.servedLeaf)
        o.insert(QStringLiteral("served_leaf"), certToJson(*c.servedLeaf));
    if (!c.served.ok)
        o.insert(QStringLiteral("error"), errorToJson(c.served.errorCode, c.served.message));
    return o;
}

QJsonObject errorToJson(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace dr::cert
