#pragma once

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace dr {

// std::unique_ptr for OpenSSL objects: OpenSslPtr<X509, X509_free>.
template <auto FreeFn> struct OpenSslDeleter
{
    template <typename T> void operator()(T* p) const { FreeFn(p); }
};
template <typename T, auto FreeFn> using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFn>>;

using X509Ptr = OpenSslPtr<X509, X509_free>;
using PKeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free>;

} // namespace dr
