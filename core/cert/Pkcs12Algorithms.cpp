#include "cert/Pkcs12Algorithms.h"

#include "common/OsslPtr.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace dr::cert {

namespace {

using Pbe2ParamPtr = std::unique_ptr<PBE2PARAM, OsslFree<PBE2PARAM_free>>;

bool weakCipher(int nid)
{
    switch (nid) {
    case NID_rc2_cbc:
    case NID_rc2_40_cbc:
    case NID_rc2_64_cbc:
    case NID_rc4:
    case NID_rc4_40:
    case NID_des_cbc:
    case NID_des_ede3_cbc:
    case NID_des_ede_cbc:
        return true;
    default:
        return false;
    }
}

bool legacyProviderCipher(int nid)
{
    switch (nid) {
    case NID_rc2_cbc:
    case NID_rc2_40_cbc:
    case NID_rc2_64_cbc:
    case NID_rc4:
    case NID_rc4_40:
    case NID_des_cbc:
    case NID_desx_cbc:
    case NID_seed_cbc:
    case NID_cast5_cbc:
    case NID_bf_cbc:
    case NID_idea_cbc:
        return true;
    default:
        return false;
    }
}

PbeAlgorithm describe(const X509_ALGOR* alg)
{
    PbeAlgorithm out;
    const int nid = OBJ_obj2nid(alg->algorithm);
    if (nid == NID_pbes2) {
        Pbe2ParamPtr pbe2(
            static_cast<PBE2PARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), alg->parameter)));
        if (!pbe2) {
            out.description = QStringLiteral("PBES2 (unreadable parameters)");
            return out;
        }
        const int cipherNid = OBJ_obj2nid(pbe2->encryption->algorithm);
        const int kdfNid = OBJ_obj2nid(pbe2->keyfunc->algorithm);
        out.cipherName = QString::fromLatin1(OBJ_nid2sn(cipherNid)).toUpper();
        out.description = QStringLiteral("PBES2/%1 %2").arg(QString::fromLatin1(OBJ_nid2sn(kdfNid)), out.cipherName);
        out.legacy = weakCipher(cipherNid);
        out.needsLegacyProvider = legacyProviderCipher(cipherNid);
        return out;
    }
    out.description = QString::fromLatin1(OBJ_nid2ln(nid));
    int cipherNid = NID_undef;
    int mdNid = NID_undef;
    if (EVP_PBE_find(EVP_PBE_TYPE_OUTER, nid, &cipherNid, &mdNid, nullptr) && cipherNid != NID_undef)
        out.cipherName = QString::fromLatin1(OBJ_nid2sn(cipherNid)).toUpper();
    out.needsLegacyProvider = legacyProviderCipher(cipherNid);
    out.legacy = true; // PKCS#12 v1 PBE: SHA-1 key derivation with RC2, RC4 or DES
    return out;
}

void addUnique(std::vector<PbeAlgorithm>& out, PbeAlgorithm alg)
{
    for (const PbeAlgorithm& a : out) {
        if (a.description == alg.description)
            return;
    }
    out.push_back(std::move(alg));
}

} // namespace

bool pkcs12Algorithms(PKCS12* p12, std::vector<PbeAlgorithm>& out)
{
    Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12));
    if (!safes)
        return false;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* p7 = sk_PKCS7_value(safes.get(), i);
        const int type = OBJ_obj2nid(p7->type);
        if (type == NID_pkcs7_encrypted) {
            if (!p7->d.encrypted || !p7->d.encrypted->enc_data || !p7->d.encrypted->enc_data->algorithm)
                return false;
            addUnique(out, describe(p7->d.encrypted->enc_data->algorithm));
        } else if (type == NID_pkcs7_data) {
            SafeBagStackPtr bags(PKCS12_unpack_p7data(p7));
            if (!bags)
                return false;
            for (int b = 0; b < sk_PKCS12_SAFEBAG_num(bags.get()); ++b) {
                const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags.get(), b);
                if (PKCS12_SAFEBAG_get_nid(bag) != NID_pkcs8ShroudedKeyBag)
                    continue;
                const X509_ALGOR* alg = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
                if (alg)
                    addUnique(out, describe(alg));
            }
        }
    }
    return true;
}

bool cipherAvailable(OSSL_LIB_CTX* libctx, const QString& cipherName)
{
    if (cipherName.isEmpty())
        return false;
    CipherPtr cipher(EVP_CIPHER_fetch(libctx, cipherName.toLatin1().constData(), nullptr));
    ERR_clear_error();
    return cipher != nullptr;
}

QString macDigest(const PKCS12* p12, OSSL_LIB_CTX* libctx, bool* available)
{
    *available = true;
    if (!PKCS12_mac_present(p12))
        return {};
    const X509_ALGOR* macAlg = nullptr;
    PKCS12_get0_mac(nullptr, &macAlg, nullptr, nullptr, p12);
    if (!macAlg)
        return {};
    const ASN1_OBJECT* obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, macAlg);
    const int nid = OBJ_obj2nid(obj);
    const char* sn = OBJ_nid2sn(nid);
    MdPtr md(EVP_MD_fetch(libctx, sn, nullptr));
    ERR_clear_error();
    *available = md != nullptr;
    return QString::fromLatin1(sn).toUpper().remove(QLatin1Char('-'));
}

} // namespace dr::cert
