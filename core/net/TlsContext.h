#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;         // NOLINT(modernize-use-using): OpenSSL's own spelling
typedef struct ssl_session_st SSL_SESSION; // NOLINT(modernize-use-using)

namespace dr::net {

// One OpenSSL SSL_CTX, shared by every connection with the same trust (client side) or the same identity
// (server side). Qt 6.4 builds a new SSL_CTX for every QSslSocket, and with OpenSSL 3 building one costs
// milliseconds of algorithm fetching: that, not the network, bounded a 64-appliance health fan-out. A context
// is never changed once built, so connections in any thread may share it (OpenSSL reference-counts it).
class TlsContext
{
public:
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    // The client context that verifies servers against exactly `caCertificates`, or against the system's CA
    // store when the list is empty. Built once per distinct CA list and kept for the life of the process.
    // TLS 1.2 or later. Verification results are collected per connection (see TlsSocket), never acted on here.
    static std::shared_ptr<TlsContext> client(const QList<QSslCertificate>& caCertificates);

    // A server context presenting `chain` (leaf first) with `key`. nullptr, with the reason in *error, when the
    // key does not match the leaf or either cannot be read.
    static std::shared_ptr<TlsContext> server(const QList<QSslCertificate>& chain, const QSslKey& key,
                                              QString* error = nullptr);

    SSL_CTX* handle() const { return m_ctx; }
    bool isServer() const { return m_server; }

    // Client side: TLS sessions to resume, by a key the caller makes of everything the peer was accepted under
    // (host, port, pin). Only sessions of connections the owner accepted are stored (TlsSocket::keepSession),
    // so resuming never skips a decision that was not made. Thread-safe; bounded.
    SSL_SESSION* session(const QByteArray& key) const; // a new reference, or nullptr
    void storeSession(const QByteArray& key, SSL_SESSION* session); // takes the reference

private:
    TlsContext(SSL_CTX* ctx, bool server);

    struct Sessions;
    SSL_CTX* m_ctx;
    bool m_server;
    std::unique_ptr<Sessions> m_sessions;
};

// OpenSSL's X509_V_ERR_* code as Qt's QSslError, so the app shows the same words as everywhere else.
QSslError toQSslError(int x509Error, const QSslCertificate& certificate);

// The queued OpenSSL error messages, joined ("; "), and the queue cleared.
QString takeOpenSslErrors();

} // namespace dr::net
