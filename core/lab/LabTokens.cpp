#include "lab/LabTokens.h"

#include <openssl/rand.h>

namespace dr::lab {

QByteArray LabTokens::issue(const QString& clientId, const QDateTime& expiresAt)
{
    QByteArray raw(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(raw.size()));
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    // Drop the oldest tokens of this account beyond the limit (expired ones count until they are dropped).
    for (;;) {
        int count = 0;
        QByteArray oldest;
        quint64 oldestSerial = ~0ULL;
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            if (it->clientId != clientId)
                continue;
            ++count;
            if (it->serial < oldestSerial) {
                oldestSerial = it->serial;
                oldest = it.key();
            }
        }
        if (count < MaxPerAccount)
            break;
        m_tokens.remove(oldest);
    }
    m_tokens.insert(token, {clientId, expiresAt, ++m_serial});
    return token;
}

LabTokens::State LabTokens::check(const QByteArray& token, const QDateTime& now, QString* clientId) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return State::Unknown;
    if (clientId)
        *clientId = it->clientId;
    return now >= it->expiresAt ? State::Expired : State::Valid;
}

void LabTokens::revoke(const QByteArray& token)
{
    m_tokens.remove(token);
}

void LabTokens::revokeAccount(const QString& clientId)
{
    m_tokens.removeIf([&](const auto& it) { return it.value().clientId == clientId; });
}

int LabTokens::liveCount(const QString& clientId, const QDateTime& now) const
{
    int n = 0;
    for (const Entry& e : m_tokens)
        n += (e.clientId == clientId && now < e.expiresAt) ? 1 : 0;
    return n;
}

} // namespace dr::lab
