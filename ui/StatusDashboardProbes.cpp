// The status dashboard's network half: health calls and served-certificate reads. It is linked with the features
// (AppFeaturesImpl.cpp), not with the first window: the dashboard shown first has no appliance.
#include "StatusDashboard.h"

#include "api/ApiClient.h"
#include "cert/HostnameMatch.h"
#include "cert/ServedChainProbe.h"

namespace dr::ui {

void StatusDashboard::refreshProbes()
{
    for (Entry& entry : m_entries) {
        refreshHealth(entry);
        refreshCertificate(entry);
    }
}

void StatusDashboard::abortProbes()
{
    for (Entry& e : m_entries)
        if (e.probe)
            e.probe->abort();
}

void StatusDashboard::refreshHealth(Entry& entry)
{
    if (entry.call || !entry.config.client) // the previous round's call is still running (it has a timeout)
        return;
    ApplianceStatus status = *m_model.status(entry.config.name);
    status.checking = true;
    m_model.update(status);

    auto* call = entry.config.client->checkHealth();
    entry.call = call;
    ++m_pending;
    const QString name = entry.config.name;
    connect(call, &api::ApiCall::finished, this, [this, call, name] {
        for (Entry& e : m_entries) // the next round may ask again at once (the call is deleted later)
            if (e.config.name == name && e.call == call)
                e.call = nullptr;
        ApplianceStatus s = *m_model.status(name);
        s.checking = false;
        s.checkedAt = QDateTime::currentDateTimeUtc();
        if (call->ok()) {
            s.health = call->value();
            s.error = {};
        } else {
            s.error = call->error();
        }
        m_model.update(s);
        finishOne();
    });
}

void StatusDashboard::refreshCertificate(Entry& entry)
{
    if (entry.probe || entry.config.tlsHost.isEmpty())
        return;
    auto* probe = new cert::ServedChainProbe(this);
    entry.probe = probe;
    ++m_pending;
    const DashboardAppliance config = entry.config;
    connect(probe, &cert::ServedChainProbe::finished, this, [this, probe, config](const cert::ServedChain& served) {
        probe->deleteLater();
        for (Entry& e : m_entries)
            if (e.config.name == config.name && e.probe == probe)
                e.probe = nullptr;
        CertificateStatus c;
        c.hostName = config.tlsName.isEmpty() ? config.tlsHost : config.tlsName;
        c.expectedSha256 = config.expectedCertificateSha256.toLower().remove(QLatin1Char(':'));
        if (!served.ok || served.certificates.empty()) {
            c.error = served.message.isEmpty() ? tr("The appliance presented no certificate.") : served.message;
        } else {
            const cert::CertInfo& leaf = served.certificates.front();
            c.notAfter = leaf.notAfter;
            c.issuedTo = leaf.issuedTo;
            c.sha256 = leaf.sha256;
            c.matchesHost = cert::certificateMatchesHost(leaf, c.hostName);
        }
        ApplianceStatus s = *m_model.status(config.name);
        s.certificate = c;
        m_model.update(s);
        finishOne();
    });
    probe->start(config.tlsHost, config.tlsPort, config.tlsName, 10'000);
}

} // namespace dr::ui
