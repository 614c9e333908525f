#pragma once

#include "automation/ApplianceDirectory.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace dr::api {
class TokenManager;
}
namespace dr::lab {
class Lab;
class LabAppliance;
} // namespace dr::lab

namespace dr::automation {

// A drill: every appliance string is answered from the running lab, and nothing outside it is contacted.
// Each lab appliance is known by its name ("primary"), its hostname ("primary.lab.drrunbook.test"), its URL
// (https://127.0.0.1:PORT) and a stand-in lab address from the documentation range 198.51.100.0/24 (the
// address the operator records for it in a drill; never contacted: it leads to the appliance's loopback port).
// The site hostname, the shared address and the lab's site URL lead to the lab's site address, which follows
// the shared IP or the DNS swing (Lab::pointSiteAt). API clients trust exactly the lab CA, as DrillSession's.
class LabDirectory final : public QObject, public ApplianceDirectory
{
    Q_OBJECT
public:
    explicit LabDirectory(lab::Lab& lab, QObject* parent = nullptr);
    ~LabDirectory() override;

    static constexpr const char* kSiteName = "site";

    api::ApiClient* client(const QString& appliance, QString* error) override;
    std::optional<Endpoint> endpoint(const QString& host, quint16 port, QString* error) override;
    bool isDrill() const override { return true; }

    // The lab appliance an appliance string names; "site" when it names the site address; empty if none.
    QString applianceName(const QString& appliance) const;
    // The stand-in address of a lab appliance (198.51.100.11, .12, ... in the lab's order) or of the shared IP.
    QString labAddress(const QString& applianceName) const;
    QString sharedAddress() const { return QStringLiteral("198.51.100.10"); }
    // The link-local probe in a drill: which lab appliance answers at a link-local address (169.254.1.1 ...).
    void setLinkLocal(const QString& address, const QString& applianceName);

    lab::Lab& lab() const { return m_lab; }

private:
    api::ApiClient* makeClient(const QString& key, const QUrl& url);

    lab::Lab& m_lab;
    api::TokenManager* m_tokens = nullptr;
    QHash<QString, api::ApiClient*> m_clients; // by appliance name ("site" for the site address)
    QHash<QString, QString> m_linkLocal;       // address -> appliance name
};

} // namespace dr::automation
