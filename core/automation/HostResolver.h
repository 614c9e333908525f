#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace dr::automation {

class LabDirectory;

// The answer to "what does this name resolve to".
struct DnsAnswer
{
    bool ok = false;       // the lookup got an answer (possibly with other addresses than expected)
    QStringList addresses; // IPv4 addresses, as text
    QString error;         // when !ok: what went wrong and what to do
    QString source;        // "system" or "lab"
};

// Resolves host names for dns_resolves_to. A real run asks the operating system (what this computer sees:
// DNS and the hosts file); a drill answers from the lab. `done` is called exactly once, later or at once,
// never after the resolver is destroyed.
class HostResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void lookup(const QString& host, int timeoutMs, std::function<void(DnsAnswer)> done) = 0;
};

// The operating system's resolver (getaddrinfo through QHostInfo::fromName, on a worker thread): what this
// computer sees, DNS and the hosts file, without Qt's host cache, so a DNS swing shows as soon as the system
// sees it.
class SystemResolver final : public HostResolver
{
    Q_OBJECT
public:
    using HostResolver::HostResolver;
    void lookup(const QString& host, int timeoutMs, std::function<void(DnsAnswer)> done) override;
};

// The drill: an appliance's hostname resolves to its lab address; the site hostname resolves to the shared
// address when the lab's shared IP is on, else to the lab address of the appliance the lab's DNS points at
// (the DNS swing, Lab::pointSiteAt / Lab::siteDnsTarget), whether or not that appliance is up.
// Any other name is not looked up at all (a drill sends nothing outside the lab).
class LabResolver final : public HostResolver
{
    Q_OBJECT
public:
    explicit LabResolver(LabDirectory& directory, QObject* parent = nullptr);
    void lookup(const QString& host, int timeoutMs, std::function<void(DnsAnswer)> done) override;

private:
    LabDirectory& m_directory;
};

} // namespace dr::automation
