#pragma once

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>
#include <openssl/x509.h>

#include <QByteArray>

#include <memory>

namespace dr {

// OpenSSL objects held in std::unique_ptr with their matching free function.
template <auto FreeFn> struct OsslFree
{
    template <typename T> void operator()(T* p) const
    {
        if (p)
            FreeFn(p);
    }
};

struct X509StackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};

struct Pkcs7StackFree
{
    void operator()(STACK_OF(PKCS7) * s) const { sk_PKCS7_pop_free(s, PKCS7_free); }
};
struct SafeBagStackFree
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * s) const { sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free); }
};
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), Pkcs7StackFree>;
using SafeBagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), SafeBagStackFree>;
using X509Ptr = std::unique_ptr<X509, OsslFree<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OsslFree<EVP_PKEY_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OsslFree<PKCS12_free>>;
using BioPtr = std::unique_ptr<BIO, OsslFree<BIO_free_all>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OsslFree<OSSL_LIB_CTX_free>>;
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, OsslFree<OSSL_PROVIDER_unload>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, OsslFree<EVP_CIPHER_free>>;
using MdPtr = std::unique_ptr<EVP_MD, OsslFree<EVP_MD_free>>;

// Takes a reference: returns an owning pointer to the same object.
inline X509Ptr upRef(X509* x)
{
    if (x)
        X509_up_ref(x);
    return X509Ptr(x);
}

inline PkeyPtr upRef(EVP_PKEY* k)
{
    if (k)
        EVP_PKEY_up_ref(k);
    return PkeyPtr(k);
}

// A certificate's DER bytes as an X509 (nullptr when they are not one), and back.
inline X509Ptr x509FromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

inline QByteArray derFromX509(X509* x)
{
    unsigned char* buf = nullptr;
    const int len = x ? i2d_X509(x, &buf) : 0;
    if (len <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(buf), len);
    OPENSSL_free(buf);
    return der;
}

// An unencrypted PEM private key (as QSslKey::toPem() gives it) as an EVP_PKEY; the PEM text is wiped.
inline PkeyPtr privateKeyFromPem(QByteArray pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    OPENSSL_cleanse(pem.data(), static_cast<size_t>(pem.size()));
    return key;
}

} // namespace dr
