#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace dr::api {
class ApiClient;
}

namespace dr::automation {

// Where a host named by a check is really reached. On a real site it is the host itself; in a drill every
// lab name (appliance, site name, lab address) leads to a loopback port of the lab.
struct Endpoint
{
    QString host; // what to connect to ("127.0.0.1" in a drill)
    quint16 port = 0;
    QString sniName; // the name to send as SNI / compare with the certificate (the name as the check gave it)
};

// Resolves the `appliance` string of a check or action (a name the operator or the site list knows, such as
// "primary" or "backup", an FQDN, an IP address or a URL the operator recorded) to the API client that talks
// to it, and the hosts of TLS/TCP/HTTP checks to the endpoint to connect to.
class ApplianceDirectory
{
public:
    virtual ~ApplianceDirectory() = default;

    // The client for `appliance`; nullptr when it cannot be reached through this directory (*error says
    // why and what to do). The directory owns the client.
    virtual api::ApiClient* client(const QString& appliance, QString* error) = 0;

    // The endpoint for host:port (port 0: the HTTPS default 443). nullopt when the host must not or cannot be
    // contacted through this directory (*error says why).
    virtual std::optional<Endpoint> endpoint(const QString& host, quint16 port, QString* error) = 0;

    // True in a drill: nothing outside the lab is ever contacted.
    virtual bool isDrill() const = 0;
};

// "https://host:8443/x" -> {"host", 8443}; "host:8443" -> {"host", 8443}; "host" -> {"host", 0}.
// Lower-cases the host and drops a trailing dot.
struct HostPort
{
    QString host;
    quint16 port = 0;
    bool isUrl = false;
};
HostPort splitHostPort(const QString& text);

} // namespace dr::automation
