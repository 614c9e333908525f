#include "net/TlsContext.h"

#include "net/TlsSocket.h"

#include "common/OsslPtr.h"
#include "common/OpenSslRuntime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSslConfiguration>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <mutex>

namespace dr::net {

namespace {

using CtxPtr = std::unique_ptr<SSL_CTX, OsslFree<SSL_CTX_free>>;

QString tr(const char* text)
{
    return QCoreApplication::translate("dr::net::TlsContext", text);
}

CtxPtr newContext(bool server)
{
    (void)openSslRuntime(); // providers loaded once, before the first context fetches algorithms
    CtxPtr ctx(SSL_CTX_new(server ? TLS_server_method() : TLS_client_method()));
    if (!ctx)
        return ctx;
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    SSL_CTX_set_mode(ctx.get(), SSL_MODE_RELEASE_BUFFERS);
    // Renegotiation is never needed by the API and has a history of attacks.
    SSL_CTX_set_options(ctx.get(), SSL_OP_NO_RENEGOTIATION);
    return ctx;
}

bool addSystemCaStore(SSL_CTX* ctx)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // OpenSSL does not read these systems' stores: take the certificates Qt reads from them (once per context,
    // and contexts are cached).
    X509_STORE* store = SSL_CTX_get_cert_store(ctx);
    bool any = false;
    for (const QSslCertificate& c : QSslConfiguration::systemCaCertificates()) {
        if (X509Ptr x = x509FromDer(c.toDer())) {
            X509_STORE_add_cert(store, x.get());
            any = true;
        }
    }
    return any;
#else
    // The distribution's hashed certificate folder, looked up lazily per verification (as Qt does on Unix).
    return SSL_CTX_set_default_verify_paths(ctx) == 1;
#endif
}

} // namespace

struct TlsContext::Sessions
{
    static constexpr int kMax = 1024; // one per appliance and trust: far more than any site has
    mutable std::mutex mutex;
    QHash<QByteArray, SSL_SESSION*> byKey;
    ~Sessions()
    {
        for (SSL_SESSION* s : std::as_const(byKey))
            SSL_SESSION_free(s);
    }
};

TlsContext::TlsContext(SSL_CTX* ctx, bool server) : m_ctx(ctx), m_server(server) {}

TlsContext::~TlsContext()
{
    m_sessions.reset();
    SSL_CTX_free(m_ctx);
}

SSL_SESSION* TlsContext::session(const QByteArray& key) const
{
    if (!m_sessions)
        return nullptr;
    const std::lock_guard lock(m_sessions->mutex);
    SSL_SESSION* s = m_sessions->byKey.value(key);
    if (!s || !SSL_SESSION_is_resumable(s))
        return nullptr;
    SSL_SESSION_up_ref(s);
    return s;
}

void TlsContext::storeSession(const QByteArray& key, SSL_SESSION* session)
{
    if (!session)
        return;
    if (!m_sessions) {
        SSL_SESSION_free(session);
        return;
    }
    const std::lock_guard lock(m_sessions->mutex);
    SSL_SESSION*& slot = m_sessions->byKey[key];
    if (slot)
        SSL_SESSION_free(slot);
    slot = session;
    if (m_sessions->byKey.size() > Sessions::kMax) { // drop one that is not this one
        for (auto it = m_sessions->byKey.begin(); it != m_sessions->byKey.end(); ++it) {
            if (it.key() != key) {
                SSL_SESSION_free(it.value());
                m_sessions->byKey.erase(it);
                break;
            }
        }
    }
}

std::shared_ptr<TlsContext> TlsContext::client(const QList<QSslCertificate>& caCertificates)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QSslCertificate& c : caCertificates)
        h.addData(c.toDer());
    const QByteArray key = caCertificates.isEmpty() ? QByteArray("system") : h.result();

    static std::mutex mutex;
    static QHash<QByteArray, std::shared_ptr<TlsContext>> cache;
    const std::lock_guard lock(mutex);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    CtxPtr ctx = newContext(false);
    if (!ctx)
        return nullptr;
    if (caCertificates.isEmpty()) {
        addSystemCaStore(ctx.get());
    } else {
        X509_STORE* store = SSL_CTX_get_cert_store(ctx.get());
        for (const QSslCertificate& c : caCertificates)
            if (X509Ptr x = x509FromDer(c.toDer()))
                X509_STORE_add_cert(store, x.get());
    }
    SSL_CTX_set_alpn_protos(ctx.get(), reinterpret_cast<const unsigned char*>("\x08http/1.1"), 9);
    // Sessions are offered to TlsSocket (new-session callback) and kept by TlsContext only once accepted.
    SSL_CTX_set_session_cache_mode(ctx.get(), SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx.get(), detail::offerSession);
    if (cache.size() >= 64) // a handful of trust settings in practice; never grow without bound
        cache.clear();
    auto context = std::shared_ptr<TlsContext>(new TlsContext(ctx.release(), false));
    context->m_sessions = std::make_unique<Sessions>();
    cache.insert(key, context);
    return context;
}

std::shared_ptr<TlsContext> TlsContext::server(const QList<QSslCertificate>& chain, const QSslKey& key, QString* error)
{
    const auto failed = [error](const QString& why) -> std::shared_ptr<TlsContext> {
        if (error)
            *error = why;
        return nullptr;
    };
    if (chain.isEmpty() || key.isNull())
        return failed(tr("No certificate or no private key to serve."));
    CtxPtr ctx = newContext(true);
    if (!ctx)
        return failed(takeOpenSslErrors());
    X509Ptr leaf = x509FromDer(chain.first().toDer());
    if (!leaf || SSL_CTX_use_certificate(ctx.get(), leaf.get()) != 1)
        return failed(tr("The certificate cannot be used: %1").arg(takeOpenSslErrors()));
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr x = x509FromDer(chain.at(i).toDer());
        if (!x || SSL_CTX_add1_chain_cert(ctx.get(), x.get()) != 1)
            return failed(tr("A chain certificate cannot be used: %1").arg(takeOpenSslErrors()));
    }
    PkeyPtr pkey = privateKeyFromPem(key.toPem());
    if (!pkey || SSL_CTX_use_PrivateKey(ctx.get(), pkey.get()) != 1 || SSL_CTX_check_private_key(ctx.get()) != 1)
        return failed(tr("The private key cannot be used with this certificate: %1").arg(takeOpenSslErrors()));
    return std::shared_ptr<TlsContext>(new TlsContext(ctx.release(), true));
}

QSslError toQSslError(int x509Error, const QSslCertificate& certificate)
{
    QSslError::SslError e = QSslError::UnspecifiedError;
    switch (x509Error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        e = QSslError::UnableToGetIssuerCertificate;
        break;
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        e = QSslError::UnableToDecryptCertificateSignature;
        break;
    case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
        e = QSslError::UnableToDecodeIssuerPublicKey;
        break;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        e = QSslError::CertificateSignatureFailed;
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        e = QSslError::CertificateNotYetValid;
        break;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        e = QSslError::CertificateExpired;
        break;
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
        e = QSslError::InvalidNotBeforeField;
        break;
    case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
        e = QSslError::InvalidNotAfterField;
        break;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        e = QSslError::SelfSignedCertificate;
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        e = QSslError::SelfSignedCertificateInChain;
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        e = QSslError::UnableToGetLocalIssuerCertificate;
        break;
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        e = QSslError::UnableToVerifyFirstCertificate;
        break;
    case X509_V_ERR_CERT_REVOKED:
        e = QSslError::CertificateRevoked;
        break;
    case X509_V_ERR_INVALID_CA:
        e = QSslError::InvalidCaCertificate;
        break;
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        e = QSslError::PathLengthExceeded;
        break;
    case X509_V_ERR_INVALID_PURPOSE:
        e = QSslError::InvalidPurpose;
        break;
    case X509_V_ERR_CERT_UNTRUSTED:
        e = QSslError::CertificateUntrusted;
        break;
    case X509_V_ERR_CERT_REJECTED:
        e = QSslError::CertificateRejected;
        break;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        e = QSslError::HostNameMismatch;
        break;
    default:
        break;
    }
    return QSslError(e, certificate);
}

QString takeOpenSslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts.append(QString::fromLatin1(buf));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace dr::net
