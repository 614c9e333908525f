#include "cert/Pkcs12Bags.h"

#include "common/OsslPtr.h"

#include <openssl/err.h>
#include <openssl/pkcs7.h>

namespace dr::cert {

namespace {

using P8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OsslFree<PKCS8_PRIV_KEY_INFO_free>>;

bool readBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const char* pass, int passlen, OSSL_LIB_CTX* libctx,
              Pkcs12Bags& out, int depth)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
        case NID_pkcs8ShroudedKeyBag: {
            P8InfoPtr owned;
            const PKCS8_PRIV_KEY_INFO* p8 = nullptr;
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_keyBag) {
                p8 = PKCS12_SAFEBAG_get0_p8inf(bag);
            } else {
                owned.reset(PKCS12_decrypt_skey_ex(bag, pass, passlen, libctx, nullptr));
                p8 = owned.get();
            }
            if (!p8)
                return false;
            PkeyPtr key(EVP_PKCS82PKEY_ex(p8, libctx, nullptr));
            if (!key)
                return false;
            if (++out.keyCount == 1)
                out.key = std::move(key);
            break;
        }
        case NID_certBag: {
            if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate)
                break; // SDSI certificates: not used by appliances
            X509Ptr x(PKCS12_SAFEBAG_get1_cert(bag));
            if (!x)
                return false;
            out.certificates.push_back(std::move(x));
            break;
        }
        case NID_safeContentsBag:
            if (depth > 3 || !readBags(PKCS12_SAFEBAG_get0_safes(bag), pass, passlen, libctx, out, depth + 1))
                return false;
            break;
        default:
            break; // CRL and secret bags: nothing the appliance uses
        }
    }
    return true;
}

} // namespace

bool readPkcs12Bags(PKCS12* p12, const char* pass, int passlen, OSSL_LIB_CTX* libctx, Pkcs12Bags& out)
{
    Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12));
    if (!safes)
        return false;
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7* p7 = sk_PKCS7_value(safes.get(), i);
        SafeBagStackPtr bags;
        switch (OBJ_obj2nid(p7->type)) {
        case NID_pkcs7_data:
            bags.reset(PKCS12_unpack_p7data(p7));
            break;
        case NID_pkcs7_encrypted:
            bags.reset(PKCS12_unpack_p7encdata(p7, pass, passlen));
            break;
        default:
            continue; // public-key protected safes: not produced by appliances or browsers
        }
        if (!bags || !readBags(bags.get(), pass, passlen, libctx, out, 0))
            return false;
    }
    return true;
}

} // namespace dr::cert
