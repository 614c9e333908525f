#include "cert/CertInfo.h"

#include <QHostAddress>
#include <QtEndian>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace dr::cert {

namespace {

using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OsslFree<GENERAL_NAMES_free>>;

QString asn1StringToQString(const ASN1_STRING* s)
{
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return text;
}

QString commonName(const X509_NAME* name)
{
    int last = -1;
    for (int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, NID_commonName, i))
        last = i;
    if (last < 0)
        return nameToString(name);
    return asn1StringToQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last)));
}

void readAltNames(X509* x, CertInfo& info)
{
    GeneralNamesPtr names(static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* gn = sk_GENERAL_NAME_value(names.get(), i);
        if (gn->type == GEN_DNS) {
            info.dnsNames.append(asn1StringToQString(gn->d.dNSName));
        } else if (gn->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* ip = gn->d.iPAddress;
            const auto* bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(qFromBigEndian<quint32>(bytes));
            } else if (ASN1_STRING_length(ip) == 16) {
                address.setAddress(bytes);
            }
            if (!address.isNull())
                info.ipAddresses.append(address.toString());
        }
    }
}

void readKeyAndSignature(X509* x, CertInfo& info)
{
    if (const EVP_PKEY* key = X509_get0_pubkey(x)) {
        const char* type = EVP_PKEY_get0_type_name(key);
        info.keyType = type ? QString::fromLatin1(type).toUpper() : QString();
        if (info.keyType == QLatin1String("RSAENCRYPTION"))
            info.keyType = QStringLiteral("RSA");
        info.keyBits = EVP_PKEY_get_bits(key);
    }
    const int sigNid = X509_get_signature_nid(x);
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid));
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) && mdNid != NID_undef)
        info.signatureDigest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper().remove(QLatin1Char('-'));
}

} // namespace

QString nameToString(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* t)
{
    tm parts{};
    if (!t || ASN1_TIME_to_tm(t, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString CertInfo::sha256Colons() const
{
    QString out;
    for (qsizetype i = 0; i < sha256.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += sha256.mid(i, 2).toUpper();
    }
    return out;
}

std::optional<CertInfo> CertInfo::fromDer(const QByteArray& der)
{
    X509Ptr x = x509FromDer(der);
    if (!x)
        return std::nullopt;
    return fromX509(x.get());
}

std::optional<CertInfo> CertInfo::fromX509(X509* x)
{
    if (!x)
        return std::nullopt;
    CertInfo info;
    info.der = derFromX509(x);
    if (info.der.isEmpty())
        return std::nullopt;
    const X509_NAME* subject = X509_get_subject_name(x);
    const X509_NAME* issuer = X509_get_issuer_name(x);
    info.subject = nameToString(subject);
    info.issuer = nameToString(issuer);
    info.issuedTo = commonName(subject);
    info.issuedBy = commonName(issuer);
    readAltNames(x, info);

    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (X509_digest(x, EVP_sha256(), md, &mdLen) == 1)
        info.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), mdLen).toHex());
    if (BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr)) {
        if (char* hex = BN_bn2hex(bn)) {
            info.serial = QString::fromLatin1(hex).toLower();
            OPENSSL_free(hex);
        }
        BN_free(bn);
    }
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(x));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(x));
    info.isCa = (X509_get_extension_flags(x) & EXFLAG_CA) != 0;
    info.selfIssued = X509_NAME_cmp(subject, issuer) == 0;
    info.selfSigned = info.selfIssued && X509_self_signed(x, 1) == 1;
    readKeyAndSignature(x, info);
    ERR_clear_error();
    return info;
}

} // namespace dr::cert
