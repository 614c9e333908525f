#pragma once

#include <QByteArray>

namespace dr {

// A secret (client secret, backup or .p12 password) held in memory only.
// Wiped with OPENSSL_cleanse when destroyed or replaced; never converted implicitly to text,
// so it cannot slip into a log line or a QString by accident.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray utf8);
    ~Secret();
    Secret(const Secret& other);
    Secret& operator=(const Secret& other);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;

    static Secret fromUtf8(const char* s);

    bool isEmpty() const { return m_data.isEmpty(); }
    // Explicit access for the one place that hands it to OpenSSL or the network.
    const QByteArray& reveal() const { return m_data; }
    void clear();

private:
    QByteArray m_data;
};

// Wipe a buffer that held a secret.
void cleanse(QByteArray& data);

} // namespace dr
