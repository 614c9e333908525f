// Soak: N check_health polls (default 10,000) against a pair of lab appliances, a few in flight at a time, with one
// shared token manager (as the app polls). Samples this process's resident memory every SAMPLE polls and prints
// the growth after the warm-up. Meant to run under the asan preset (LeakSanitizer reports leaks at exit):
// bench/soak.sh. Two figures per sample: the live heap (bytes the program holds: ASan's own count of user
// allocations under ASan, glibc's mallinfo2 otherwise), which is what must not grow, and the resident size, which
// under ASan also holds the sanitizer's bookkeeping (quarantine, allocation stack depot) and so creeps up by itself.
// Exit status 1 when a poll failed or the live heap grew by more than LIMIT_MIB after the warm-up.
//   bench_soak [POLLS=10000] [IN_FLIGHT=4] [SAMPLE=500] [LIMIT_MIB=8]
#include "LabThread.h"

#include "api/ApiClient.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#if defined(__SANITIZE_ADDRESS__)
#define DR_SOAK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DR_SOAK_ASAN 1
#endif
#endif
#ifdef DR_SOAK_ASAN
// From the sanitizer runtime (<sanitizer/allocator_interface.h>, which gcc's packages do not ship).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#else
#include <malloc.h>
#endif
#include <memory>
#include <vector>

using namespace dr;

namespace {

// Bytes of heap the program holds right now, in KiB.
qint64 heapKiB()
{
#ifdef DR_SOAK_ASAN
    return static_cast<qint64>(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    const struct mallinfo2 mi = mallinfo2();
    return static_cast<qint64>((mi.uordblks + mi.hblkhd) / 1024);
#endif
}

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class Soak : public QObject
{
public:
    Soak(bench::LabThread* labThread, const bench::LabInfo& lab, int polls, int inFlight, int sample)
        : m_labThread(labThread), m_tokens(SystemClock::instance()), m_polls(polls), m_inFlight(inFlight),
          m_sample(sample)
    {
        api::Credentials cred;
        cred.clientId = lab.account.clientId;
        cred.secret = Secret(lab.account.clientSecret);
        for (const QUrl& url : lab.urls) {
            api::ConnectionSettings s;
            s.baseUrl = url;
            s.trust.caCertificates = {lab.ca};
            s.userAgent = QStringLiteral("drrunbook-soak");
            m_clients.push_back(std::make_unique<api::ApiClient>(s, cred, SystemClock::instance(), &m_tokens));
        }
    }

    void start()
    {
        m_timer.start();
        std::printf("polls heap_kib rss_kib client_objects lab_objects\n0 %lld %lld %d %d\n",
                    static_cast<long long>(heapKiB()), static_cast<long long>(rssKiB()), clientObjects(),
                    m_labThread->labObjectCount());
        std::fflush(stdout);
        for (int i = 0; i < m_inFlight; ++i)
            next();
    }

    int failures = 0;
    QString firstError;
    struct Sample
    {
        int polls;
        qint64 heapKiB, rssKiB;
    };
    std::vector<Sample> samples;

private:
    int clientObjects() const
    {
        qsizetype n = m_tokens.findChildren<QObject*>().size();
        for (const auto& c : m_clients)
            n += c->findChildren<QObject*>().size();
        return static_cast<int>(n);
    }

    void next()
    {
        if (m_started >= m_polls)
            return;
        auto* call = m_clients.at(static_cast<size_t>(m_started) % m_clients.size())->checkHealth();
        ++m_started;
        connect(call, &api::ApiCall::finished, this, [this, call] {
            if (!call->ok()) {
                ++failures;
                if (firstError.isEmpty())
                    firstError = call->error().oneLine();
            }
            ++m_done;
            if (m_done % m_sample == 0 || m_done == m_polls) {
                samples.push_back({m_done, heapKiB(), rssKiB()});
                std::printf("%d %lld %lld %d %d\n", m_done, static_cast<long long>(samples.back().heapKiB),
                            static_cast<long long>(samples.back().rssKiB), clientObjects(),
                            m_labThread->labObjectCount());
                std::fflush(stdout);
            }
            if (m_done == m_polls) {
                std::printf("elapsed_s %.1f\n", static_cast<double>(m_timer.elapsed()) / 1000.0);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                return;
            }
            next();
        });
    }

    bench::LabThread* m_labThread;
    api::TokenManager m_tokens;
    std::vector<std::unique_ptr<api::ApiClient>> m_clients;
    QElapsedTimer m_timer;
    int m_polls, m_inFlight, m_sample;
    int m_started = 0, m_done = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int polls = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10'000;
    const int inFlight = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 4;
    const int sample = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 500;
    const double limitMiB = argc > 4 ? QByteArray(argv[4]).toDouble() : 8.0;

    bench::LabThread labThread(lab::Topology::Pair, 0);
    const bench::LabInfo lab = labThread.startLab();
    if (!lab.ok) {
        std::fprintf(stderr, "bench_soak: the lab did not start: %s\n", qPrintable(lab.error));
        return 1;
    }
    int status = 0;
    {
        Soak soak(&labThread, lab, polls, inFlight, sample);
        QTimer::singleShot(0, &soak, [&soak] { soak.start(); });
        app.exec();
        // Growth after the warm-up: from the sample at 20 % of the polls to the last one.
        const auto& s = soak.samples;
        const size_t warm = s.size() / 5;
        const Soak::Sample from = s.empty() ? Soak::Sample{} : s.at(warm), to = s.empty() ? Soak::Sample{} : s.back();
        const double growthMiB = static_cast<double>(to.heapKiB - from.heapKiB) / 1024.0;
        const double rssGrowthMiB = static_cast<double>(to.rssKiB - from.rssKiB) / 1024.0;
        std::printf("polls %d\nfailures %d\nafter_warmup_at_polls %d\nheap_after_warmup_kib %lld\nheap_end_kib %lld\n"
                    "rss_after_warmup_kib %lld\nrss_end_kib %lld\nrss_growth_mib %.2f (reported, not judged)\n"
                    "growth_mib %.2f (live heap; limit %.1f)\n",
                    polls, soak.failures, from.polls, static_cast<long long>(from.heapKiB),
                    static_cast<long long>(to.heapKiB), static_cast<long long>(from.rssKiB),
                    static_cast<long long>(to.rssKiB), rssGrowthMiB, growthMiB, limitMiB);
        if (soak.failures > 0) {
            std::fprintf(stderr, "bench_soak: %d poll(s) failed, first: %s\n", soak.failures,
                         qPrintable(soak.firstError));
            status = 1;
        }
        if (growthMiB > limitMiB) {
            std::fprintf(stderr, "bench_soak: the live heap grew by %.2f MiB after the warm-up\n", growthMiB);
            status = 1;
        }
    }
    return status;
}
