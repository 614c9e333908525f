#include "lab/LabAppliance.h"

#include "lab/Lab.h"
#include "lab/LabApi.h"
#include "lab/LabAppliance_p.h"
#include "lab/LabHttpServer.h"

#include <QRandomGenerator>
#include <QSslConfiguration>

namespace dr::lab {

namespace {
bool appliesTo(const Fault& f, const QString& action)
{
    return f.action.isEmpty() || f.action == action || f.kind == FaultKind::Down ||
           f.kind == FaultKind::WrongCertificate;
}

QString randomGuid()
{
    QString s;
    for (int i = 0; i < 4; ++i)
        s += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return s;
}
} // namespace

std::optional<Fault> LabAppliancePrivate::takeFault(const QString& action, std::initializer_list<FaultKind> kinds)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Fault& f = faults[i];
        if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end() || !appliesTo(f, action) || f.times == 0)
            continue;
        const Fault taken = f;
        if (f.times > 0 && --f.times == 0)
            faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool LabAppliancePrivate::hasFault(FaultKind kind) const
{
    return std::any_of(faults.begin(), faults.end(), [kind](const Fault& f) { return f.kind == kind && f.times != 0; });
}

LabAppliance::LabAppliance(Lab* lab, const QString& name, const QString& hostname)
    : QObject(lab), d(std::make_unique<LabAppliancePrivate>())
{
    d->lab = lab;
    d->name = name;
    d->hostname = hostname;
    d->guid = randomGuid();
    d->version = QStringLiteral("23.2.4 (41027-8f6c2e5b0d3a4e7f9c1b2a3d4e5f60718293a4b5)");
    d->server = new LabHttpServer(this);
    d->server->setHandler([this](const LabHttpRequest& request) { return LabApi(this).handle(request); });
    d->server->setCertificateChooser([this] {
        if (d->takeFault({}, {FaultKind::WrongCertificate})) {
            if (d->wrongCert.isNull())
                d->wrongCert = LabCa::selfSigned(d->hostname, {d->hostname, QStringLiteral("localhost")},
                                                 {QHostAddress(QHostAddress::LocalHost)});
            return d->wrongCert;
        }
        return d->served;
    });
}

LabAppliance::~LabAppliance()
{
    // The server's connections call back into this appliance: take them down while it is still whole.
    delete d->server;
    d->server = nullptr;
}

QString LabAppliance::name() const
{
    return d->name;
}
QString LabAppliance::guid() const
{
    return d->guid;
}
QString LabAppliance::hostname() const
{
    return d->hostname;
}
quint16 LabAppliance::port() const
{
    return d->port;
}
QString LabAppliance::version() const
{
    return d->version;
}
void LabAppliance::setVersion(const QString& version)
{
    d->version = version;
}
QString LabAppliance::failoverRole() const
{
    return d->failoverRole;
}
QString LabAppliance::clusterRole() const
{
    return d->clusterRole;
}
bool LabAppliance::healthy() const
{
    return d->healthy;
}
QString LabAppliance::errorMessage() const
{
    return d->errorMessage;
}

QUrl LabAppliance::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(d->port);
    return u;
}

void LabAppliance::setHealthy(bool healthy, const QString& errorMessage)
{
    d->healthy = healthy;
    d->errorMessage = healthy ? QString() : errorMessage;
}

void LabAppliance::injectFault(const Fault& fault)
{
    d->faults.append(fault);
    if (fault.kind == FaultKind::Down)
        updateListening();
}

void LabAppliance::clearFaults()
{
    d->faults.clear();
    updateListening();
}

QList<Fault> LabAppliance::faults() const
{
    return d->faults;
}

void LabAppliance::updateListening()
{
    const bool should = d->poweredOn && !d->hasFault(FaultKind::Down);
    if (should && !d->server->isListening())
        d->server->listenOn(d->port);
    else if (!should && d->server->isListening())
        d->server->stopListening(true);
}

void LabAppliance::serveCertificate(const QList<QSslCertificate>& chain, const QSslKey& key)
{
    d->served = {chain, key};
    d->server->prepare(d->served);
}

void LabAppliance::serveFactoryDefaultCertificate()
{
    if (d->factoryCert.isNull())
        d->factoryCert = LabCa::selfSigned(QStringLiteral("Bomgar Appliance"), {}, {});
    d->served = d->factoryCert;
    d->server->prepare(d->served);
}

void LabAppliance::serveLabCertificate()
{
    d->served = d->labCert;
    d->server->prepare(d->served);
}
QList<QSslCertificate> LabAppliance::servedChain() const
{
    return d->served.chain;
}
QSslKey LabAppliance::servedKey() const
{
    return d->served.key;
}
QList<QSslCertificate> LabAppliance::labChain() const
{
    return d->labCert.chain;
}
QSslKey LabAppliance::labKey() const
{
    return d->labCert.key;
}
void LabAppliance::setBackupSize(qint64 bytes)
{
    d->backupSize = std::max<qint64>(0, bytes);
}
qint64 LabAppliance::backupSize() const
{
    return d->backupSize;
}
void LabAppliance::setBackupPassword(const QByteArray& password)
{
    d->backupPassword = password;
}
void LabAppliance::setConnectedCount(const QString& type, int n)
{
    d->counts[type] = n;
}
int LabAppliance::connectedCount(const QString& type) const
{
    return d->counts.value(type);
}
void LabAppliance::setLoggedInReps(const QStringList& names)
{
    d->reps = names;
}
QStringList LabAppliance::loggedInReps() const
{
    return d->reps;
}
void LabAppliance::setAcceptingConnections(bool accepting)
{
    d->accepting = accepting;
}
bool LabAppliance::acceptingConnections() const
{
    return d->accepting;
}

void LabAppliance::setLastDataSync(const QDateTime& when, const QString& status)
{
    d->lastSync = when;
    d->lastSyncStatus = status;
}

QDateTime LabAppliance::lastDataSyncTime() const
{
    return d->lastSync;
}
QString LabAppliance::lastDataSyncStatus() const
{
    return d->lastSyncStatus;
}
bool LabAppliance::isConfigured() const
{
    return d->configured;
}
bool LabAppliance::isPoweredOn() const
{
    return d->poweredOn;
}
bool LabAppliance::isListening() const
{
    return d->server && d->server->isListening();
}
qint64 LabAppliance::requestCount(const QString& action) const
{
    return d->requests.value(action);
}
void LabAppliance::resetRequestCounts()
{
    d->requests.clear();
}

} // namespace dr::lab
