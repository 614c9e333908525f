#pragma once

#include "lab/LabHttpMessage.h"

namespace dr::lab {

class Lab;
class LabAppliance;
struct LabAccount;
struct LabAppliancePrivate;
struct LabPrivate;

// Answers the appliance API on one lab appliance: routing, authentication (OAuth 2 bearer tokens, legacy
// username/password), permissions, rate-limit headers and request-level faults. Command bodies are built
// by LabCommands, backups by LabBackup.
class LabApi
{
public:
    explicit LabApi(LabAppliance* appliance);
    LabHttpResponse handle(const LabHttpRequest& request);

    static LabAppliancePrivate& data(LabAppliance* appliance);
    static LabPrivate& data(Lab* lab);

private:
    struct Auth
    {
        const LabAccount* account = nullptr;
        LabHttpResponse failure;
    };
    LabHttpResponse route(const LabHttpRequest& request, const QString& action);
    LabHttpResponse token(const LabHttpRequest& request);
    LabHttpResponse command(const LabHttpRequest& request, const QString& action);
    LabHttpResponse backup(const LabHttpRequest& request);
    LabHttpResponse probe() const;
    Auth authenticate(const LabHttpRequest& request, const QString& action);
    LabHttpResponse expired() const;
    LabHttpResponse xmlError(const QString& message) const;
    static LabHttpResponse json(int status, const QByteArray& body);
    void applyBodyFaults(LabHttpResponse& response, const QString& action);

    LabAppliance* m_appliance;
    LabAppliancePrivate& d;
    LabPrivate& lab;
};

// The action name a request counts under: "token", "backup", "probe", a command action, or "lab".
QString labActionOf(const LabHttpRequest& request);

} // namespace dr::lab
