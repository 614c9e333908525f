#pragma once

#include "automation/ApplianceDirectory.h"
#include "automation/HostResolver.h"
#include "common/Clock.h"
#include "runbook/CheckRunner.h"
#include "support/SupportedUpgrades.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace dr::api {
class ApiClient;
struct ApiError;
struct HealthCheck;
template <class T> class TypedApiCall;
template <class T> struct Result;
} // namespace dr::api

namespace dr::automation {

class CheckAttempt;

// The runbook's automated checks with real I/O: the appliance API through the directory's clients, TLS
// handshakes (core/cert), DNS through the injected resolver, TCP connects, the link-local HTTP probe, and
// .nsb/.p12 files. Every check answers within the request's timeout (Failed with "timed_out" evidence when it
// had to give up) and keeps its evidence (reply fields, fingerprints, DNS answers, HTTP statuses), never a
// secret. See runbook/CheckRunner.h for each kind's parameters and when it passes; in addition:
//  - api_health expect=unreachable passes only when nothing accepts a TCP connection at the appliance's API
//    address (refused, no such host, or no answer to the connect within the timeout); an appliance that accepts
//    the connection but does not answer the API is NOT unreachable (it may be hung but alive: two primaries).
//  - api_appliances no_other_primary: no member other than the asked appliance reports the primary role while
//    accepting connections (a member listed as primary but not accepting connections is named in the evidence).
//  - tcp_reachable expect=unreachable: a connect that gets no answer within the timeout counts as unreachable.
//  - http_probe: any HTTP answer counts; the probe sends no credentials and does not verify the (factory)
//    certificate, whose SHA-256 is kept in the evidence.
//  - backup_file: a backup older than the site but not in the supported-upgrade list passes with a warning.
class LiveCheckRunner final : public QObject, public runbook::CheckRunner
{
    Q_OBJECT
public:
    LiveCheckRunner(ApplianceDirectory& directory, HostResolver& resolver, const Clock& clock,
                    QObject* parent = nullptr);
    ~LiveCheckRunner() override;

    // The operator's supported-upgrade list (release notes) for the backup_file version rules.
    void setSupportedUpgrades(support::SupportedUpgrades upgrades) { m_upgrades = std::move(upgrades); }

    void run(const runbook::CheckRequest& request, std::function<void(runbook::CheckResult)> done) override;

private:
    api::ApiClient* clientFor(CheckAttempt* at, const QString& key);
    void health(CheckAttempt* at, api::ApiClient* client,
                std::function<void(const api::HealthCheck*, const api::ApiError&)> then);

    template <class T>
    void withHealth(CheckAttempt* at, api::ApiClient* client, api::TypedApiCall<T>* call,
                    std::function<void(const api::HealthCheck&, const api::Result<T>&)> evaluate);

    void apiHealth(CheckAttempt* at);
    void apiHealthUnreachable(CheckAttempt* at, api::ApiClient* client);
    void apiRole(CheckAttempt* at);
    void apiAppliances(CheckAttempt* at);
    void connectedCount(CheckAttempt* at, bool increases);
    void tlsServesCertificate(CheckAttempt* at);
    void dnsResolvesTo(CheckAttempt* at);
    void tcpReachable(CheckAttempt* at);
    void httpProbe(CheckAttempt* at);
    void backupFile(CheckAttempt* at);
    void pkcs12File(CheckAttempt* at);

    ApplianceDirectory& m_directory;
    HostResolver& m_resolver;
    const Clock& m_clock;
    support::SupportedUpgrades m_upgrades;
    QNetworkAccessManager m_probeNam; // the link-local probe: no credentials, no certificate verification
};

// Evidence fields of a check_health reply / an API error (no secrets).
QJsonObject healthEvidence(const api::HealthCheck& h);
QJsonObject errorEvidence(const api::ApiError& e);

} // namespace dr::automation
