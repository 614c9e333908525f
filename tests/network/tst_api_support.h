#pragma once

// Shared by the API client's network tests: a drill lab plus helpers to build settings and await calls.

#include "api/ApiClient.h"
#include "api/BackupDownloader.h"
#include "api/TokenManager.h"
#include "common/Clock.h"
#include "lab/Lab.h"

#include <QTest>

#include <memory>

namespace apitest {

// Short timeouts: every fault must end in a typed error well within the test's patience.
inline constexpr int kTransferTimeoutMs = 2000;
inline constexpr int kDeadlineMs = 4000;
inline constexpr int kPatienceMs = 20000;

inline dr::api::ConnectionSettings settingsFor(const dr::lab::Lab& lab, const dr::lab::LabAppliance* a)
{
    dr::api::ConnectionSettings s;
    s.baseUrl = a->url();
    s.trust.caCertificates = {lab.caCertificate()};
    s.transferTimeoutMs = kTransferTimeoutMs;
    s.deadlineMs = kDeadlineMs;
    s.userAgent = QStringLiteral("drrunbook-tests");
    return s;
}

inline dr::api::Credentials credentialsFor(const dr::lab::LabAccount& account)
{
    dr::api::Credentials c;
    c.clientId = account.clientId;
    c.secret = dr::Secret(account.clientSecret);
    return c;
}

// Waits (processing events) for the call to finish and returns its result. A call that never finishes
// yields an error of kind None with message "never finished", which every test treats as a failure.
template <class T> dr::api::Result<T> await(dr::api::TypedApiCall<T>* call, int patienceMs = kPatienceMs)
{
    auto out = std::make_shared<std::optional<dr::api::Result<T>>>();
    auto attempts = std::make_shared<int>(0);
    QObject::connect(call, &dr::api::ApiCall::finished, call, [call, out, attempts] {
        *out = call->result();
        *attempts = call->attempts();
    });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, patienceMs)) {
        dr::api::Result<T> never;
        never.error.message = QStringLiteral("never finished");
        return never;
    }
    return **out;
}

// The same, also reporting how many attempts the call made (2 = re-authenticated once).
template <class T> dr::api::Result<T> awaitCounting(dr::api::TypedApiCall<T>* call, int* attempts)
{
    QObject::connect(call, &dr::api::ApiCall::finished, call, [call, attempts] { *attempts = call->attempts(); });
    return await(call);
}

inline bool awaitDownload(dr::api::BackupDownloader& d, int patienceMs = 120000)
{
    return QTest::qWaitFor([&] { return d.isFinished(); }, patienceMs);
}

inline QByteArray describe(const dr::api::ApiError& e)
{
    return (dr::api::kindName(e.kind) + QStringLiteral(": ") + e.oneLine()).toUtf8();
}

} // namespace apitest
