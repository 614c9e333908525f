#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace dr::lab {

// OAuth 2 access tokens issued by one appliance: at most MaxPerAccount live tokens per API account
// (making one more drops the oldest), each expiring at a lab time.
class LabTokens
{
public:
    static constexpr int MaxPerAccount = 30;
    enum class State { Valid, Expired, Unknown };

    QByteArray issue(const QString& clientId, const QDateTime& expiresAt);
    State check(const QByteArray& token, const QDateTime& now, QString* clientId = nullptr) const;
    void revoke(const QByteArray& token);
    void revokeAccount(const QString& clientId);
    void clear() { m_tokens.clear(); }
    int liveCount(const QString& clientId, const QDateTime& now) const;

private:
    struct Entry
    {
        QString clientId;
        QDateTime expiresAt;
        quint64 serial = 0;
    };
    QHash<QByteArray, Entry> m_tokens;
    quint64 m_serial = 0;
};

} // namespace dr::lab
