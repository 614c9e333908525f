#include "lab/Lab.h"

#include "common/OpenSslRuntime.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabControl.h"
#include "lab/LabFailover.h"
#include "lab/LabHttpServer.h"
#include "lab/LabSiteForwarder.h"
#include "lab/Lab_p.h"

#include <QSaveFile>

#include <openssl/rand.h>

namespace dr::lab {

namespace {
const QString Domain = QStringLiteral(".lab.drrunbook.test");

QByteArray randomSecret()
{
    QByteArray raw(24, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Lab::Lab(QObject* parent) : QObject(parent), d(std::make_unique<LabPrivate>())
{
    d->anchorLab = QDateTime::currentDateTimeUtc();
    d->elapsed.start();
}

Lab::~Lab()
{
    stop();
}

bool Lab::start(Topology topology, int trafficNodes, quint16 basePort)
{
    if (d->running) {
        d->error = tr("The lab is already running. Stop it before starting another topology.");
        return false;
    }
    dr::openSslRuntime();
    d->topology = topology;
    if (!d->ca.isValid() && !d->ca.create(QStringLiteral("Appliance DR Runbook Lab CA"), &d->error))
        return false;
    if (d->defaultAccount.clientId.isEmpty()) {
        d->defaultAccount.clientId = QStringLiteral("drlab-api");
        d->defaultAccount.clientSecret = randomSecret();
        addAccount(d->defaultAccount);
    }
    d->anchorLab = QDateTime::currentDateTimeUtc();
    d->elapsed.restart();

    struct Spec
    {
        QString name;
        QString failoverRole;
        QString clusterRole;
    };
    QList<Spec> specs;
    const QString none = QStringLiteral("none");
    switch (topology) {
    case Topology::Single:
        specs.append({QStringLiteral("primary"), none, QStringLiteral("single")});
        break;
    case Topology::Pair:
        specs.append({QStringLiteral("primary"), QStringLiteral("primary"), QStringLiteral("single")});
        specs.append({QStringLiteral("backup"), QStringLiteral("backup"), QStringLiteral("single")});
        break;
    case Topology::Atlas:
        specs.append({QStringLiteral("master-a"), QStringLiteral("primary"), QStringLiteral("primary")});
        specs.append({QStringLiteral("master-b"), QStringLiteral("backup"), QStringLiteral("primary")});
        for (int i = 1; i <= std::max(0, trafficNodes); ++i)
            specs.append({QStringLiteral("traffic-%1").arg(i), none, QStringLiteral("traffic")});
        break;
    }
    d->failover = new LabFailover(this);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const Spec& s = specs.at(i);
        auto* a = new LabAppliance(this, s.name, s.name + Domain);
        LabAppliancePrivate& p = *a->d;
        p.failoverRole = s.failoverRole;
        p.clusterRole = s.clusterRole;
        p.inPair = s.failoverRole != none;
        if (s.clusterRole == QLatin1String("traffic")) {
            p.counts[QStringLiteral("representative")] = static_cast<int>(i);
            p.counts[QStringLiteral("support_customer")] = static_cast<int>(2 * i);
        }
        if (s.failoverRole != QLatin1String("backup") && s.clusterRole != QLatin1String("traffic"))
            p.reps = {QStringLiteral("Alex Admin"), QStringLiteral("Robin Rep")};
        if (p.inPair) {
            p.lastSync = d->anchorLab.addSecs(-300);
            p.lastSyncStatus = QStringLiteral("success");
        }
        p.labCert = d->ca.issueLeaf(a->hostname(), {a->hostname(), siteHostname(), QStringLiteral("localhost")},
                                    {QHostAddress(QHostAddress::LocalHost)}, &d->error);
        d->appliances.append(a);
        if (p.labCert.isNull()) {
            stop();
            return false;
        }
        p.served = p.labCert;
        p.server->prepare(p.served);
        const quint16 port = basePort ? static_cast<quint16>(basePort + i) : 0;
        if (!p.server->listenOn(port)) {
            d->error = tr("Could not listen on 127.0.0.1:%1 (%2). Choose another port with --port, or 0 for any.")
                           .arg(port)
                           .arg(p.server->errorString());
            stop();
            return false;
        }
        p.port = p.server->boundPort();
    }
    d->dnsTarget = specs.first().name;
    d->forwarder = new LabSiteForwarder(
        [this]() -> quint16 {
            LabAppliance* target = appliance(siteTarget());
            return target ? target->port() : 0;
        },
        this);
    const quint16 sitePort = basePort ? static_cast<quint16>(basePort + specs.size()) : 0;
    if (!d->forwarder->start(sitePort)) {
        d->error = tr("Could not listen on 127.0.0.1:%1 for the site address (%2). Choose another port.")
                       .arg(sitePort)
                       .arg(d->forwarder->errorString());
        stop();
        return false;
    }
    if (!startControl(basePort ? static_cast<quint16>(sitePort + 1) : 0)) {
        stop();
        return false;
    }
    d->running = true;
    d->failover->restartMonitor();
    return true;
}

bool Lab::startControl(quint16 port)
{
    d->controlKey = randomSecret();
    const QString host = QStringLiteral("control") + Domain;
    const LabCertificate cert =
        d->ca.issueLeaf(host, {host, QStringLiteral("localhost")}, {QHostAddress(QHostAddress::LocalHost)}, &d->error);
    if (cert.isNull())
        return false;
    d->control = new LabHttpServer(this);
    d->control->setCertificateChooser([cert] { return cert; });
    d->control->prepare(cert);
    d->control->setHandler([this](const LabHttpRequest& request) {
        if (!request.path().startsWith(QLatin1String("/lab/")))
            return LabHttpResponse::make(404, "text/plain", "Lab control lives under /lab/.\n");
        return LabControl(this).handle(request);
    });
    if (!d->control->listenOn(port)) {
        d->error = tr("Could not listen on 127.0.0.1:%1 for lab control (%2). Choose another port.")
                       .arg(port)
                       .arg(d->control->errorString());
        return false;
    }
    return true;
}

QUrl Lab::controlUrl() const
{
    if (!d->control)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(d->control->boundPort());
    return u;
}

QByteArray Lab::controlKey() const
{
    return d->controlKey;
}

void Lab::stop()
{
    d->running = false;
    delete d->control;
    d->control = nullptr;
    qDeleteAll(d->appliances);
    d->appliances.clear();
    delete d->forwarder;
    d->forwarder = nullptr;
    delete d->failover;
    d->failover = nullptr;
}

bool Lab::isRunning() const
{
    return d->running;
}
QString Lab::errorString() const
{
    return d->error;
}
Topology Lab::topology() const
{
    return d->topology;
}
QList<LabAppliance*> Lab::appliances() const
{
    return d->appliances;
}

LabAppliance* Lab::appliance(const QString& name) const
{
    for (LabAppliance* a : d->appliances) {
        if (a->name() == name)
            return a;
    }
    return nullptr;
}

LabAppliance* Lab::primary() const
{
    LabAppliance* found = nullptr;
    for (LabAppliance* a : d->appliances) {
        if (!a->d->inPair || a->failoverRole() != QLatin1String("primary"))
            continue;
        if (!found || LabFailover::reachable(a)) // two primaries after a failover: the one that answers
            found = a;
    }
    if (!found && d->topology == Topology::Single && !d->appliances.isEmpty())
        found = d->appliances.first();
    return found;
}

QSslCertificate Lab::caCertificate() const
{
    return d->ca.certificate();
}
QByteArray Lab::caPem() const
{
    return d->ca.pem();
}
const LabCa& Lab::ca() const
{
    return d->ca;
}

bool Lab::writeCaFile(const QString& path, QString* error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(caPem()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Could not write the lab CA to %1: %2. Choose a writable folder.").arg(path, f.errorString());
        return false;
    }
    return true;
}

LabAccount Lab::defaultAccount() const
{
    return d->defaultAccount;
}
QList<LabAccount> Lab::accounts() const
{
    return d->accounts;
}

void Lab::addAccount(const LabAccount& account)
{
    removeAccount(account.clientId);
    d->accounts.append(account);
}

void Lab::removeAccount(const QString& clientId)
{
    d->accounts.removeIf([&](const LabAccount& a) { return a.clientId == clientId; });
    for (LabAppliance* a : d->appliances)
        a->d->tokens.revokeAccount(clientId);
}

void Lab::setTimeScale(double factor)
{
    d->anchorLab = d->now();
    d->elapsed.restart();
    d->timeScale = factor > 0 ? factor : 1.0;
}

double Lab::timeScale() const
{
    return d->timeScale;
}
void Lab::setTokenLifetimeSecs(int secs)
{
    d->tokenLifetimeSecs = std::max(1, secs);
}
int Lab::tokenLifetimeSecs() const
{
    return d->tokenLifetimeSecs;
}
QDateTime Lab::labNow() const
{
    return d->now();
}

int Lab::realMsecs(qint64 labMsecs) const
{
    return static_cast<int>(std::max<double>(1.0, static_cast<double>(labMsecs) / d->timeScale));
}

void Lab::setXmlNamespace(XmlNamespace ns)
{
    d->ns = ns;
}
XmlNamespace Lab::xmlNamespace() const
{
    return d->ns;
}
void Lab::setExpiredTokenStyle(ExpiredTokenStyle style)
{
    d->expiredStyle = style;
}
void Lab::setLegacyAuthEnabled(bool enabled)
{
    d->legacyAuth = enabled;
}
void Lab::setContentDispositionEnabled(bool enabled)
{
    d->contentDisposition = enabled;
}
void Lab::setLegacyMasterRole(bool enabled)
{
    d->legacyMaster = enabled;
}
void Lab::setFailoverReplyWrapped(bool wrapped)
{
    d->failoverWrapped = wrapped;
}
void Lab::setSyncTimeStyle(SyncTimeStyle style)
{
    d->syncTimeStyle = style;
}
void Lab::setSiteName(const QString& name)
{
    d->siteName = name;
}
QString Lab::siteName() const
{
    return d->siteName;
}
QString Lab::siteHostname() const
{
    return QStringLiteral("support") + Domain;
}
void Lab::setDataSyncDurationSecs(int secs)
{
    d->dataSyncSecs = std::max(0, secs);
}
void Lab::setConnectivityTestReachable(bool reachable)
{
    d->connectivityTestOk = reachable;
}

void Lab::powerOff(const QString& name)
{
    if (LabAppliance* a = appliance(name)) {
        a->d->poweredOn = false;
        a->updateListening();
    }
}

void Lab::powerOn(const QString& name)
{
    if (LabAppliance* a = appliance(name)) {
        a->d->poweredOn = true;
        a->updateListening();
        if (d->failover)
            d->failover->applianceCameBack(a);
    }
}

void Lab::syncNow(const QString& backupName)
{
    if (LabAppliance* a = appliance(backupName); a && d->failover)
        d->failover->syncNow(a);
}

void Lab::restoreBackup(const QString& name)
{
    if (LabAppliance* a = appliance(name)) {
        a->d->configured = true;
        a->d->tokens.clear();
    }
}

void Lab::setAutomaticFailover(bool enabled, int primaryTimeoutSecs)
{
    d->autoFailover = enabled;
    d->primaryTimeoutSecs = std::max(1, primaryTimeoutSecs);
    if (d->failover)
        d->failover->restartMonitor();
}

void Lab::setSharedIpEnabled(bool enabled)
{
    d->sharedIp = enabled;
}
bool Lab::sharedIpEnabled() const
{
    return d->sharedIp;
}

void Lab::pointSiteAt(const QString& name)
{
    d->dnsTarget = name;
}

QString Lab::siteDnsTarget() const
{
    return d->dnsTarget;
}

QString Lab::siteTarget() const
{
    if (!d->sharedIp)
        return d->dnsTarget;
    LabAppliance* p = primary();
    return p ? p->name() : QString();
}

QUrl Lab::siteUrl() const
{
    if (!d->forwarder)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(d->forwarder->serverPort());
    return u;
}

LabAppliance* Lab::addSpare(const QString& name)
{
    if (!d->running || appliance(name))
        return appliance(name);
    auto* a = new LabAppliance(this, name, name + Domain);
    a->d->configured = false;
    a->d->labCert = d->ca.issueLeaf(a->hostname(), {a->hostname(), siteHostname(), QStringLiteral("localhost")},
                                    {QHostAddress(QHostAddress::LocalHost)}, &d->error);
    a->serveFactoryDefaultCertificate();
    if (!a->d->server->listenOn(0)) {
        d->error = tr("Could not listen for the spare appliance: %1.").arg(a->d->server->errorString());
        delete a;
        return nullptr;
    }
    a->d->port = a->d->server->boundPort();
    d->appliances.append(a);
    return a;
}

} // namespace dr::lab
