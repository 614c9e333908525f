// Health fan-out: check_health across 64 lab appliances that each answer after 200 ms, all at once, against
// one check_health call alone, in the same run. Each measurement includes the OAuth token request (a fresh
// TokenManager), as a real fan-out does. The lab runs on its own thread. Prints the ratio; target < 1.5.
//   bench_health_fanout [APPLIANCES=64] [LATENCY_MS=200] [ROUNDS=3]
#include "LabThread.h"

#include "api/ApiClient.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace dr;

namespace {

struct Round
{
    double ms = 0;
    int failures = 0;
    QString firstError;
};

api::ConnectionSettings settingsFor(const QUrl& url, const QSslCertificate& ca)
{
    api::ConnectionSettings s;
    s.baseUrl = url;
    s.trust.caCertificates = {ca};
    s.userAgent = QStringLiteral("drrunbook-bench");
    return s;
}

// check_health on every URL at once, with a fresh token manager; returns when the last call finished.
Round fanOut(const QList<QUrl>& urls, const bench::LabInfo& lab)
{
    api::TokenManager tokens(SystemClock::instance());
    api::Credentials cred;
    cred.clientId = lab.account.clientId;
    cred.secret = Secret(lab.account.clientSecret);
    std::vector<std::unique_ptr<api::ApiClient>> clients;
    for (const QUrl& url : urls)
        clients.push_back(
            std::make_unique<api::ApiClient>(settingsFor(url, lab.ca), cred, SystemClock::instance(), &tokens));

    Round round;
    QEventLoop loop;
    int pending = static_cast<int>(clients.size());
    QElapsedTimer timer;
    timer.start();
    for (auto& client : clients) {
        auto* call = client->checkHealth();
        QObject::connect(call, &api::ApiCall::finished, &loop, [&, call] {
            if (!call->ok()) {
                ++round.failures;
                if (round.firstError.isEmpty())
                    round.firstError = call->error().oneLine();
            }
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    round.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return round;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(2, QByteArray(argv[1]).toInt()) : 64;
    const int latencyMs = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    const int rounds = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 3;

    // Atlas: master-a, master-b and count-2 traffic nodes.
    bench::LabThread labThread(lab::Topology::Atlas, count - 2, [latencyMs](lab::Lab& lab) {
        for (lab::LabAppliance* a : lab.appliances())
            a->injectFault({lab::FaultKind::Latency, QStringLiteral("check_health"), latencyMs, 0, -1});
    });
    const bench::LabInfo lab = labThread.startLab();
    if (!lab.ok) {
        std::fprintf(stderr, "bench_health_fanout: the lab did not start: %s\n", qPrintable(lab.error));
        return 1;
    }

    fanOut({lab.urls.first()}, lab); // warm-up (TLS libraries, lab code paths)
    std::vector<double> single, all;
    int failures = 0;
    for (int r = 0; r < rounds; ++r) {
        const Round one = fanOut({lab.urls.at(r % lab.urls.size())}, lab);
        const Round many = fanOut(lab.urls, lab);
        failures += one.failures + many.failures;
        if (one.failures + many.failures > 0)
            std::fprintf(stderr, "bench_health_fanout: %d call(s) failed: %s\n", one.failures + many.failures,
                         qPrintable(one.firstError.isEmpty() ? many.firstError : one.firstError));
        single.push_back(one.ms);
        all.push_back(many.ms);
        std::printf("round %d: one call %.1f ms, %lld calls %.1f ms\n", r + 1, one.ms,
                    static_cast<long long>(lab.urls.size()), many.ms);
    }
    const double s = median(single), m = median(all);
    std::printf("appliances %lld\nlatency_ms %d\none_call_ms %.1f\nfanout_ms %.1f\nratio %.2f\nfailures %d\n",
                static_cast<long long>(lab.urls.size()), latencyMs, s, m, m / s, failures);
    return failures == 0 ? 0 : 1;
}
