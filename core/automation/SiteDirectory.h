#pragma once

#include "api/ConnectionSettings.h"
#include "automation/ApplianceDirectory.h"
#include "common/Clock.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>


namespace dr::api {
class TokenManager;
}

namespace dr::automation {

// The appliances of a real site, from an explicit list (site profiles come later). An appliance string of a
// check matches an entry by one of its names (case-insensitive), by the host of its URL, or by its URL.
// With a fallback set, any other host is reached at https://HOST[:PORT] with the fallback's trust and
// credentials (e.g. the site FQDN or a shared IP answering for whichever appliance is primary).
class SiteDirectory final : public QObject, public ApplianceDirectory
{
    Q_OBJECT
public:
    struct Entry
    {
        QStringList names; // e.g. {"primary", "bomgar-a.example.com"}
        api::ConnectionSettings settings;
        api::Credentials credentials;
    };

    // `tokens` is shared with the rest of the application (one token per API account).
    SiteDirectory(api::TokenManager* tokens, const Clock& clock, QObject* parent = nullptr);
    ~SiteDirectory() override;

    void add(Entry entry);
    // Template for hosts not in the list (its baseUrl is ignored). Without it, unknown hosts are refused.
    void setFallback(api::ConnectionSettings settings, api::Credentials credentials);
    int size() const { return static_cast<int>(m_entries.size()); }

    api::ApiClient* client(const QString& appliance, QString* error) override;
    std::optional<Endpoint> endpoint(const QString& host, quint16 port, QString* error) override;
    bool isDrill() const override { return false; }

private:
    api::TokenManager* m_tokens;
    const Clock& m_clock;
    QList<Entry> m_entries;
    std::optional<Entry> m_fallback;
    QHash<QString, api::ApiClient*> m_clients; // by site key
};

} // namespace dr::automation
