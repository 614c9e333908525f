// drrunbook-cli backup: downloads the site backup (.nsb) with its SHA-256 beside it.
#include "CliCommand.h"
#include "CliConnection.h"
#include "CliPrompt.h"

#include "api/ApiClient.h"
#include "api/BackupDownloader.h"

#include <QDir>
#include <QNetworkAccessManager>

#include <unistd.h>

namespace dr::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cli", s);
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Downloads the site backup (/api/backup) into DIR as Bomgar-<version>-<site>-<date>-<id>.nsb (or the "
           "name the appliance sends), with a .sha256 file beside it. A backup password is read from "
           "DRRUNBOOK_BACKUP_PASSWORD."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder to save the backup in."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"), tr("Site name for the file name (default: the URL's host)."), QStringLiteral("NAME"));
    parser.addOptions({outOption, siteOption});
    CliConnection conn(parser);
    if (auto rc = conn.parse(args, QStringLiteral("backup")))
        return *rc;
    if (!parser.isSet(outOption))
        return conn.failText(tr("--out DIR is required"), ExitUsage);
    const QString outDir = parser.value(outOption);
    if (!QDir(outDir).exists())
        return conn.failText(tr("the folder %1 does not exist; create it first").arg(outDir), ExitUsage);
    if (auto rc = conn.load(true))
        return *rc;

    QNetworkAccessManager nam;
    api::TokenManager tokens(&nam, SystemClock::instance());
    api::ApiClient client(conn.settings(), conn.credentials(), &nam, SystemClock::instance(), &tokens);

    // The product version goes into the default file name; an account with only the Backup API permission
    // cannot read it, which is not a reason to refuse the backup.
    api::BackupOptions options;
    options.outputDir = outDir;
    options.siteName = parser.value(siteOption);
    const auto health = CliConnection::await(client.checkHealth());
    if (health.ok())
        options.productVersion = health.value->version;
    else if (health.error.kind != api::ApiError::Kind::Permission)
        return conn.fail(health.error);
    if (qEnvironmentVariableIsSet("DRRUNBOOK_BACKUP_PASSWORD"))
        options.password = Secret(qgetenv("DRRUNBOOK_BACKUP_PASSWORD"));

    api::BackupDownloader downloader(conn.settings(), conn.credentials(), &nam, SystemClock::instance(), &tokens);
    const bool showProgress = !conn.json() && isatty(STDERR_FILENO);
    qint64 lastShown = 0;
    QObject::connect(&downloader, &api::BackupDownloader::progress, [&](qint64 received, qint64 total) {
        if (!showProgress || received - lastShown < 8 * 1024 * 1024)
            return;
        lastShown = received;
        err() << "\r" << tr("%1 MiB").arg(received / (1024 * 1024))
              << (total > 0 ? tr(" of %1 MiB").arg(total / (1024 * 1024)) : QString()) << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(&downloader, &api::BackupDownloader::finished, &loop, &QEventLoop::quit);
    downloader.start(options);
    loop.exec();
    if (showProgress && lastShown > 0)
        err() << "\n" << Qt::flush;
    if (!downloader.ok())
        return conn.fail(downloader.error());

    const api::BackupResult& r = downloader.result();
    if (conn.json()) {
        conn.printJson({{QStringLiteral("ok"), true},
                        {QStringLiteral("file"), r.filePath},
                        {QStringLiteral("sha256_file"), r.sha256Path},
                        {QStringLiteral("sha256"), r.sha256Hex},
                        {QStringLiteral("bytes"), r.bytes},
                        {QStringLiteral("name_from_server"), r.nameFromServer}});
    } else {
        out() << tr("saved:   %1 (%2 bytes)").arg(r.filePath).arg(r.bytes) << "\n"
              << tr("sha256:  %1  (%2)").arg(r.sha256Hex, r.sha256Path) << "\n"
              << Qt::flush;
    }
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("backup", "backup --url https://HOST[:PORT] [--ca FILE | --pin SHA256] --out DIR [--json]", run);

} // namespace dr::cli
