#pragma once

#include "api/ApiCall.h"
#include "api/ApiInfo.h"
#include "api/ApplianceList.h"
#include "api/ConnectedClientSummary.h"
#include "api/HealthCheck.h"
#include "api/LoggedInReps.h"
#include "api/RoleChangeConfirmation.h"
#include "api/SetRoleResult.h"
#include "api/TokenManager.h"

namespace dr::api {

// Unauthenticated GET /check_health: 200 healthy, 500 unhealthy; any other status is an Http error.
struct ProbeResult
{
    bool healthy = false;
    int httpStatus = 0;
};

// The command API of ONE appliance (site URL + API account), asynchronous on an injected
// Clock. Every method returns a call that finishes later (see ApiCall); calls are
// children of the client. Share one TokenManager between clients so each API account keeps one token.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // `tokens` may be null: the client then makes its own (one token per account for this client only).
    ApiClient(ConnectionSettings settings, Credentials credentials, const Clock& clock, TokenManager* tokens = nullptr,
              QObject* parent = nullptr);
    ~ApiClient() override;

    const ConnectionSettings& settings() const { return m_context->settings; }
    const Credentials& credentials() const { return m_context->credentials; }
    TokenManager* tokenManager() const { return m_context->tokens; }

    TypedApiCall<ApiInfo>* getApiInfo();
    TypedApiCall<HealthCheck>* checkHealth();
    TypedApiCall<ApplianceList>* getAppliances();
    TypedApiCall<ConnectedClientSummary>* getConnectedClientList(); // summary_only=1, type=all
    TypedApiCall<LoggedInReps>* getLoggedInReps();
    TypedApiCall<ProbeResult>* probeHealth(); // GET /check_health, no credentials

    // The most recent successful get_api_info + check_health of this client, for a role change.
    // nullopt until both have succeeded.
    std::optional<RoleChangePreCheck> preCheck() const;

    // Changes this appliance's failover role. Requires a RoleChangeConfirmation (see its header): a fresh
    // pre-check and the operator's typed confirmation. A confirmation for another site or gone stale ends
    // the call with a Usage error and sends nothing.
    TypedApiCall<SetRoleResult>* setFailoverRole(const RoleChangeConfirmation& confirmation);

signals:
    // Emitted for every finished call (handy for an activity log; never carries secrets).
    void callFinished(const QString& action, const dr::api::ApiError& error);

private:
    template <class T> TypedApiCall<T>* make(ApiCall::Request request, typename TypedApiCall<T>::Parser parser);

    std::shared_ptr<ApiContext> m_context;
    std::optional<std::pair<ApiInfo, QDateTime>> m_lastApiInfo;
    std::optional<std::pair<HealthCheck, QDateTime>> m_lastHealth;
    quint64 m_healthObservations = 0;
    quint64 m_lastRoleChangeObservation = 0;
};

} // namespace dr::api
