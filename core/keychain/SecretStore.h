#pragma once

#include "common/Secret.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dr::keychain {

// Secrets (API client secrets, backup passwords) in the operating system's keychain through QtKeychain:
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows. Never a file in the clear:
// QtKeychain's insecure plain-text fallback stays off, so without a keychain the caller asks each time.
struct SecretKey
{
    QString kind;     // "api-client-secret", "backup-password"
    QString site;     // "https://host:port"
    QString account;  // the API client id, or empty

    QString toString() const;  // the keychain entry's name (no secret in it)
};

struct SecretLookup
{
    enum class Status { Found, NotFound, NoKeychain, Error };
    Status status = Status::Error;
    Secret secret;
    QString message;  // what went wrong and what to do (for NoKeychain / Error)
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kService = "drrunbook";

    explicit SecretStore(QObject* parent = nullptr);

    // Asynchronous; `done` is called once from the event loop (within timeoutMs).
    void read(const SecretKey& key, std::function<void(SecretLookup)> done, int timeoutMs = 10'000);
    void write(const SecretKey& key, const Secret& secret, std::function<void(SecretLookup)> done,
               int timeoutMs = 10'000);
    void remove(const SecretKey& key, std::function<void(SecretLookup)> done, int timeoutMs = 10'000);

    // Blocking forms for the command-line tool (they spin a local event loop).
    SecretLookup readNow(const SecretKey& key, int timeoutMs = 10'000);
    SecretLookup writeNow(const SecretKey& key, const Secret& secret, int timeoutMs = 10'000);
    SecretLookup removeNow(const SecretKey& key, int timeoutMs = 10'000);
};

} // namespace dr::keychain
