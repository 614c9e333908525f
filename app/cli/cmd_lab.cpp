// drrunbook-cli lab: start the drill lab (simulated appliances over real HTTPS on 127.0.0.1) and serve it
// until SIGINT/SIGTERM.
#include "CliCommand.h"

#include "lab/Lab.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

using namespace dr::cli;
using namespace dr::lab;

class LabCli
{
    Q_DECLARE_TR_FUNCTIONS(LabCli)
};

int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM end the event loop through a self-pipe (nothing else is safe in a signal handler).
bool installStopHandlers()
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    ::fcntl(g_signalPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(g_signalPipe[1], F_SETFD, FD_CLOEXEC);
    struct sigaction sa = {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}

int usage(const QString& message)
{
    err() << "drrunbook-cli lab: " << message << "\n"
          << LabCli::tr("Usage: drrunbook-cli lab [--topology single|pair|atlas] [--traffic N] [--port N] [--json]\n"
                        "         [--ca-out FILE] [--time-scale F] [--shared-ip] [--auto-failover SECONDS]\n"
                        "         [--backup-size BYTES]\n")
          << Qt::flush;
    return ExitUsage;
}

QString roleText(const QString& failoverRole, const QString& clusterRole)
{
    return failoverRole == QLatin1String("none") ? clusterRole : failoverRole;
}

QJsonObject describe(const Lab& lab, const QString& topology, const QString& caFile)
{
    QJsonArray appliances;
    for (const LabAppliance* a : lab.appliances()) {
        appliances.append(QJsonObject{{QStringLiteral("name"), a->name()},
                                      {QStringLiteral("url"), a->url().toString()},
                                      {QStringLiteral("hostname"), a->hostname()},
                                      {QStringLiteral("guid"), a->guid()},
                                      {QStringLiteral("version"), a->version()},
                                      {QStringLiteral("failoverRole"), a->failoverRole()},
                                      {QStringLiteral("clusterRole"), a->clusterRole()}});
    }
    const LabAccount account = lab.defaultAccount();
    return QJsonObject{
        {QStringLiteral("topology"), topology},
        {QStringLiteral("caFile"), caFile},
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("url"), lab.siteUrl().toString()},
                                             {QStringLiteral("hostname"), lab.siteHostname()},
                                             {QStringLiteral("sharedIp"), lab.sharedIpEnabled()}}},
        {QStringLiteral("credentials"),
         QJsonObject{{QStringLiteral("clientId"), account.clientId},
                     {QStringLiteral("clientSecret"), QString::fromUtf8(account.clientSecret)},
                     {QStringLiteral("env"), QStringLiteral("DRRUNBOOK_CLIENT_ID DRRUNBOOK_CLIENT_SECRET")}}},
        {QStringLiteral("control"), QJsonObject{{QStringLiteral("url"), lab.controlUrl().toString()},
                                                {QStringLiteral("key"), QString::fromLatin1(lab.controlKey())}}},
        {QStringLiteral("appliances"), appliances}};
}

void printHuman(const Lab& lab, const QString& topology, const QString& caFile)
{
    QTextStream& o = out();
    o << LabCli::tr("Drill lab running (%1 topology). Press Ctrl+C to stop.\n").arg(topology);
    for (const LabAppliance* a : lab.appliances()) {
        o << QStringLiteral("  %1  %2  %3  guid %4\n")
                 .arg(a->name(), -10)
                 .arg(a->url().toString(), -24)
                 .arg(roleText(a->failoverRole(), a->clusterRole()), -8)
                 .arg(a->guid());
    }
    o << LabCli::tr("  site address: %1 (%2)\n").arg(lab.siteUrl().toString(), lab.siteHostname())
      << LabCli::tr("  lab CA file:  %1\n").arg(caFile)
      << LabCli::tr("  lab control:  %1/lab/state  (header X-Lab-Key: %2)\n")
             .arg(lab.controlUrl().toString(), QString::fromLatin1(lab.controlKey()))
      << LabCli::tr("  API account (lab only): DRRUNBOOK_CLIENT_ID=%1 DRRUNBOOK_CLIENT_SECRET=%2\n")
             .arg(lab.defaultAccount().clientId, QString::fromUtf8(lab.defaultAccount().clientSecret))
      << Qt::flush;
}

int runLab(const QStringList& args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("topology"), LabCli::tr("single, pair or atlas."), QStringLiteral("name"),
         QStringLiteral("single")},
        {QStringLiteral("traffic"), LabCli::tr("Traffic nodes in an Atlas cluster."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("port"), LabCli::tr("First port (appliances, then the site address); 0 = any."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("json"), LabCli::tr("Print the lab description as one line of JSON.")},
        {QStringLiteral("ca-out"), LabCli::tr("Where to write the lab CA certificate (PEM)."), QStringLiteral("file")},
        {QStringLiteral("time-scale"), LabCli::tr("Lab seconds per real second."), QStringLiteral("f"),
         QStringLiteral("1")},
        {QStringLiteral("shared-ip"), LabCli::tr("The site address follows the primary (pair, atlas).")},
        {QStringLiteral("auto-failover"), LabCli::tr("Enable automatic failover with this primary timeout."),
         QStringLiteral("seconds")},
        {QStringLiteral("backup-size"), LabCli::tr("Size of generated backups in bytes."), QStringLiteral("bytes")},
    });
    if (!p.parse(QStringList{QStringLiteral("lab")} + args))
        return usage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(LabCli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const QString topologyName = p.value(QStringLiteral("topology")).toLower();
    Topology topology = Topology::Single;
    if (topologyName == QLatin1String("pair"))
        topology = Topology::Pair;
    else if (topologyName == QLatin1String("atlas"))
        topology = Topology::Atlas;
    else if (topologyName != QLatin1String("single"))
        return usage(LabCli::tr("unknown topology '%1': use single, pair or atlas").arg(topologyName));
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65000)
        return usage(LabCli::tr("--port needs a number from 0 to 65000"));
    const int traffic = p.value(QStringLiteral("traffic")).toInt(&ok);
    if (!ok || traffic < 0 || traffic > 50)
        return usage(LabCli::tr("--traffic needs a number from 0 to 50"));
    const double scale = p.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || scale <= 0)
        return usage(LabCli::tr("--time-scale needs a positive number"));

    Lab lab;
    lab.setTimeScale(scale);
    if (!lab.start(topology, traffic, static_cast<quint16>(port))) {
        err() << LabCli::tr("drrunbook-cli lab: %1\n").arg(lab.errorString()) << Qt::flush;
        return ExitFailure;
    }
    lab.setSharedIpEnabled(p.isSet(QStringLiteral("shared-ip")));
    if (p.isSet(QStringLiteral("auto-failover")))
        lab.setAutomaticFailover(true, p.value(QStringLiteral("auto-failover")).toInt());
    if (p.isSet(QStringLiteral("backup-size"))) {
        for (LabAppliance* a : lab.appliances())
            a->setBackupSize(p.value(QStringLiteral("backup-size")).toLongLong());
    }

    QTemporaryDir tempDir(QDir::tempPath() + QStringLiteral("/drrunbook-lab-XXXXXX"));
    QString caFile = p.value(QStringLiteral("ca-out"));
    if (caFile.isEmpty())
        caFile = tempDir.filePath(QStringLiteral("lab-ca.pem"));
    QString error;
    if (!lab.writeCaFile(caFile, &error)) {
        err() << "drrunbook-cli lab: " << error << "\n" << Qt::flush;
        return ExitFailure;
    }
    caFile = QFileInfo(caFile).absoluteFilePath();

    if (!installStopHandlers()) {
        err() << LabCli::tr("drrunbook-cli lab: cannot install signal handlers; stop the lab with kill -9.\n");
    }
    QSocketNotifier stopNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });

    const bool json = p.isSet(QStringLiteral("json"));
    if (json)
        out() << QString::fromUtf8(QJsonDocument(describe(lab, topologyName, caFile)).toJson(QJsonDocument::Compact))
              << "\n"
              << Qt::flush;
    else
        printHuman(lab, topologyName, caFile);
    QObject::connect(&lab, &Lab::roleChanged, &lab, [json](const QString& name, const QString& role) {
        if (json)
            out() << QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("roleChanged")},
                                                   {QStringLiteral("appliance"), name},
                                                   {QStringLiteral("role"), role}})
                             .toJson(QJsonDocument::Compact))
                  << "\n"
                  << Qt::flush;
        else
            out() << LabCli::tr("%1 is now %2\n").arg(name, role) << Qt::flush;
    });
    QCoreApplication::exec();
    if (!json)
        out() << LabCli::tr("Drill lab stopped.\n") << Qt::flush;
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("lab", "lab [--topology single|pair|atlas] [--port N] [--json]",
               QT_TRANSLATE_NOOP("cli", "Run the drill lab (simulated appliances) until stopped."), runLab);
