#include "api/ApiClient.h"

#include "api/TokenManager.h"

namespace dr::api {

namespace {

template <class T> typename TypedApiCall<T>::Parser bodyParser(Result<T> (*parse)(const QByteArray&))
{
    return [parse](const HttpExchange::Response& r) { return parse(r.body); };
}

} // namespace

ApiClient::ApiClient(ConnectionSettings settings, Credentials credentials, const Clock& clock, TokenManager* tokens,
                     QObject* parent)
    : QObject(parent),
      m_context(ApiContext::make(std::move(settings), std::move(credentials), clock, tokens, this))
{
}

ApiClient::~ApiClient() = default;

template <class T> TypedApiCall<T>* ApiClient::make(ApiCall::Request request, typename TypedApiCall<T>::Parser parser)
{
    auto* call = new TypedApiCall<T>(m_context, std::move(request), std::move(parser), this);
    const QString action = call->action();
    connect(call, &ApiCall::finished, this, [this, call, action] { emit callFinished(action, call->error()); });
    return call;
}

TypedApiCall<ApiInfo>* ApiClient::getApiInfo()
{
    ApiCall::Request req;
    req.action = QStringLiteral("get_api_info");
    req.permission.clear();
    auto* call = make<ApiInfo>(std::move(req), bodyParser(&parseApiInfo));
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->ok())
            m_lastApiInfo = std::make_pair(call->value(), m_context->clock->nowUtc());
    });
    return call;
}

TypedApiCall<HealthCheck>* ApiClient::checkHealth()
{
    ApiCall::Request req;
    req.action = QStringLiteral("check_health");
    auto* call = make<HealthCheck>(std::move(req), bodyParser(&parseHealthCheck));
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->ok()) {
            m_lastHealth = std::make_pair(call->value(), m_context->clock->nowUtc());
            ++m_healthObservations;
        }
    });
    return call;
}

TypedApiCall<ApplianceList>* ApiClient::getAppliances()
{
    ApiCall::Request req;
    req.action = QStringLiteral("get_appliances");
    return make<ApplianceList>(std::move(req), bodyParser(&parseApplianceList));
}

TypedApiCall<ConnectedClientSummary>* ApiClient::getConnectedClientList()
{
    ApiCall::Request req;
    req.action = QStringLiteral("get_connected_client_list");
    req.params = {{QStringLiteral("type"), QStringLiteral("all")},
                  {QStringLiteral("summary_only"), QStringLiteral("1")}};
    return make<ConnectedClientSummary>(std::move(req), bodyParser(&parseConnectedClientSummary));
}

TypedApiCall<LoggedInReps>* ApiClient::getLoggedInReps()
{
    ApiCall::Request req;
    req.action = QStringLiteral("get_logged_in_reps");
    return make<LoggedInReps>(std::move(req), bodyParser(&parseLoggedInReps));
}

TypedApiCall<ProbeResult>* ApiClient::probeHealth()
{
    ApiCall::Request req;
    req.path = QStringLiteral("/check_health");
    req.authenticated = false;
    req.anyStatus = true;
    req.permission.clear();
    return make<ProbeResult>(std::move(req), [](const HttpExchange::Response& r) {
        if (r.status == 200 || r.status == 500)
            return Result<ProbeResult>::success(ProbeResult{r.status == 200, r.status});
        return Result<ProbeResult>::failure(ApiError::make(
            ApiError::Kind::Http,
            QCoreApplication::translate("dr::api::ApiClient",
                                        "The health probe (/check_health) answered HTTP %1 instead of 200 or 500. "
                                        "Check that the URL points at the appliance itself, not a proxy.")
                .arg(r.status),
            QString::fromUtf8(r.body.left(200)).trimmed(), r.status));
    });
}

std::optional<RoleChangePreCheck> ApiClient::preCheck() const
{
    if (!m_lastApiInfo || !m_lastHealth)
        return std::nullopt;
    RoleChangePreCheck pre;
    pre.m_apiInfo = m_lastApiInfo->first;
    pre.m_health = m_lastHealth->first;
    pre.m_siteKey = settings().siteKey();
    pre.m_siteHost = settings().baseUrl.host();
    pre.m_checkedAt = std::min(m_lastApiInfo->second, m_lastHealth->second);
    pre.m_healthAt = m_lastHealth->second;
    pre.m_observation = m_healthObservations;
    return pre;
}

TypedApiCall<SetRoleResult>* ApiClient::setFailoverRole(const RoleChangeConfirmation& confirmation)
{
    ApiCall::Request req;
    req.action = QStringLiteral("set_failover_role");
    req.verb = "POST";
    req.params = {
        {QStringLiteral("role"), roleName(confirmation.targetRole())},
        {QStringLiteral("data_sync_first"), confirmation.dataSyncFirst() ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("force"), confirmation.force() ? QStringLiteral("1") : QStringLiteral("0")}};
    req.failBeforeSending = confirmation.validFor(settings().siteKey(), *m_context->clock);
    if (!req.failBeforeSending && confirmation.observation() <= m_lastRoleChangeObservation) {
        req.failBeforeSending = ApiError::make(
            ApiError::Kind::Usage,
            QCoreApplication::translate("dr::api::ApiClient",
                                        "This role-change confirmation was already used. Run the pre-check again and "
                                        "confirm the next change separately."));
    }
    if (!req.failBeforeSending) {
        // One use only: the next change needs a new pre-check (the roles are about to change anyway).
        m_lastRoleChangeObservation = m_healthObservations;
        m_lastHealth.reset();
    }
    auto* call = make<SetRoleResult>(std::move(req), bodyParser(&parseSetRoleResult));
    return call;
}

} // namespace dr::api
