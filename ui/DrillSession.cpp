#include "DrillSession.h"

#include "api/TokenManager.h"
#include "common/Clock.h"

namespace dr::ui {

DrillSession::DrillSession(QObject* parent) : QObject(parent), m_lab(std::make_unique<lab::Lab>())
{
    m_tokens = new api::TokenManager(SystemClock::instance(), this);
}

DrillSession::~DrillSession() = default;

bool DrillSession::start(lab::Topology topology)
{
    if (!m_lab->start(topology)) {
        m_error = tr("The drill lab could not start: %1").arg(m_lab->errorString());
        return false;
    }
    const lab::LabAccount account = m_lab->defaultAccount();
    for (lab::LabAppliance* appliance : m_lab->appliances()) {
        api::ConnectionSettings settings;
        settings.baseUrl = appliance->url();
        settings.trust.caCertificates = {m_lab->caCertificate()};
        settings.transferTimeoutMs = 5'000;
        settings.deadlineMs = 10'000;
        api::Credentials credentials;
        credentials.clientId = account.clientId;
        credentials.secret = Secret(account.clientSecret);
        m_clients.insert(appliance->name(), new api::ApiClient(settings, std::move(credentials),
                                                               SystemClock::instance(), m_tokens, this));
    }
    return true;
}

api::ApiClient* DrillSession::client(const QString& applianceName) const
{
    return m_clients.value(applianceName);
}

} // namespace dr::ui
