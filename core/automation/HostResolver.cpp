#include "automation/HostResolver.h"

#include "automation/LabDirectory.h"
#include "lab/Lab.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QThread>
#include <QTimer>

#include <memory>

namespace dr::automation {

namespace {

// Calls `done` once: the first of the answer and the timeout wins.
struct Once
{
    std::function<void(DnsAnswer)> done;
    bool called = false;
    void operator()(DnsAnswer a)
    {
        if (called)
            return;
        called = true;
        done(std::move(a));
    }
};

DnsAnswer timedOut(const QString& host, int timeoutMs, const QString& source)
{
    DnsAnswer a;
    a.source = source;
    a.error = QCoreApplication::translate("dr::automation::HostResolver",
                                          "Looking up %1 timed out after %2 s. Check this computer's DNS settings "
                                          "and try again.")
                  .arg(host)
                  .arg(timeoutMs / 1000.0);
    return a;
}

} // namespace

void SystemResolver::lookup(const QString& host, int timeoutMs, std::function<void(DnsAnswer)> done)
{
    // QHostInfo::fromName reads no cache (QHostInfo::lookupHost would answer from Qt's 60-second cache and hide
    // a DNS swing). It blocks, so it runs on its own thread, which deletes itself when the lookup returns.
    auto once = std::make_shared<Once>(Once{std::move(done)});
    auto info = std::make_shared<QHostInfo>();
    QThread* thread = QThread::create([host, info] { *info = QHostInfo::fromName(host); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [once, info, host] {
        DnsAnswer a;
        a.source = QStringLiteral("system");
        if (info->error() != QHostInfo::NoError) {
            a.error = tr("%1 does not resolve (%2). Check the name and this computer's DNS server.")
                          .arg(host, info->errorString());
        } else {
            a.ok = true;
            for (const QHostAddress& addr : info->addresses()) {
                if (addr.protocol() == QAbstractSocket::IPv4Protocol && !a.addresses.contains(addr.toString()))
                    a.addresses << addr.toString();
            }
        }
        (*once)(a);
    });
    QTimer::singleShot(timeoutMs, this,
                       [once, host, timeoutMs] { (*once)(timedOut(host, timeoutMs, QStringLiteral("system"))); });
    thread->start();
}

LabResolver::LabResolver(LabDirectory& directory, QObject* parent) : HostResolver(parent), m_directory(directory) {}

// The lab's DNS answers at once, from the lab's state: no timeout to wait for.
void LabResolver::lookup(const QString& host, int /*timeoutMs*/, std::function<void(DnsAnswer)> done)
{
    auto once = std::make_shared<Once>(Once{std::move(done)});
    const QString name = m_directory.applianceName(host);
    const lab::Lab& lab = m_directory.lab();
    DnsAnswer a;
    a.source = QStringLiteral("lab");
    if (name.isEmpty()) {
        a.error = tr("%1 is not a name of the drill lab, so the drill does not look it up. In a drill use %2 or an "
                     "appliance's lab hostname.")
                      .arg(host, lab.siteHostname());
        QTimer::singleShot(0, this, [once, a] { (*once)(a); });
        return;
    }
    a.ok = true;
    if (name != QLatin1String(LabDirectory::kSiteName) || lab.sharedIpEnabled()) {
        a.addresses << m_directory.labAddress(name);
    } else {
        // The DNS swing: the site name's A record names the appliance the lab's DNS points at (whether or not
        // that appliance is up: DNS does not know).
        const QString target = lab.siteDnsTarget();
        const QString address = m_directory.labAddress(target);
        if (address.isEmpty()) {
            a.ok = false;
            a.error = tr("In the drill, the site name %1 points at \"%2\", which is not an appliance of the lab. "
                         "Swing the DNS to one of the lab's appliances.")
                          .arg(host, target);
        } else {
            a.addresses << address;
        }
    }
    QTimer::singleShot(0, this, [once, a] { (*once)(a); });
}

} // namespace dr::automation
