// drrunbook-cli backup: downloads the site backup (.nsb) with its SHA-256 beside it; with --site FILE, the scheduled
// backup of a site profile (download from the primary, verify, keep N, log line), suitable for cron.
#include "CliCommand.h"
#include "CliConnection.h"
#include "CliPrompt.h"

#include "api/ApiClient.h"
#include "api/BackupDownloader.h"
#include "backup/ScheduledBackup.h"
#include "site/SiteConnection.h"
#include "site/SiteFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <unistd.h>

namespace dr::cli {

namespace {

// The scheduled backup of a site profile. Secrets: the environment, then the keychain, then a no-echo prompt only
// when stdin is a terminal; never a prompt under cron.
int runSite(const CliConnection& conn, const QString& profilePath, int keep, double timeoutSecs)
{
    const site::SiteLoadResult loaded = site::loadSiteProfile(profilePath);
    if (!loaded.profile)
        return conn.failText(loaded.error, ExitUnreadable, QStringLiteral("site"));
    // Errors in what the backup uses stop it (a misread backups.keep could rotate away too much); errors elsewhere
    // (a contact's address) never stand in the way of a backup: `site check` reports them.
    site::SiteIssues errors;
    for (const site::SiteIssue& issue : site::errorsOnly(loaded.issues)) {
        for (const char* prefix : {"backups", "appliances", "api_accounts", "site", "schema_version"}) {
            if (issue.path.startsWith(QLatin1String(prefix)))
                errors << issue;
        }
    }
    if (!errors.isEmpty())
        return conn.failText(tr("the site profile %1 has errors (first: %2); run drrunbook-cli site check %1")
                                 .arg(profilePath, errors.first().toString()),
                             ExitUnreadable, QStringLiteral("site"));
    const site::SiteProfile& profile = *loaded.profile;
    QString why;
    const site::Appliance* source = backup::ScheduledBackup::sourceAppliance(profile, &why);
    if (!source)
        return conn.failText(why, ExitUsage, QStringLiteral("site"));
    const auto settings = site::connectionSettingsFor(*source, profilePath, &why);
    if (!settings)
        return conn.failText(why, ExitUsage, QStringLiteral("site"));

    site::CredentialLookup creds = site::lookUpApiCredentials(profile, *settings);
    if (!creds.found && !creds.credentials.clientId.isEmpty()) {
        if (auto typed =
                readSecret("DRRUNBOOK_CLIENT_SECRET", tr("API client secret for %1: ").arg(creds.credentials.clientId)))
            creds.credentials.secret = *typed;
    }
    if (creds.credentials.secret.isEmpty())
        return conn.failText(tr("no API client secret: set DRRUNBOOK_CLIENT_SECRET or store it with drrunbook-cli "
                                "secret store (%1)")
                                 .arg(creds.note.isEmpty() ? tr("not asked: not a terminal") : creds.note),
                             ExitUsage, QStringLiteral("auth"));
    std::optional<Secret> password;
    if (profile.backups.passwordProtected || qEnvironmentVariableIsSet("DRRUNBOOK_BACKUP_PASSWORD")) {
        QString note;
        password = site::lookUpBackupPassword(*settings, &note);
        if (!password)
            password = readSecret("DRRUNBOOK_BACKUP_PASSWORD", tr("Backup password: "));
        if (!password || password->isEmpty())
            return conn.failText(tr("the site's backups are password protected and no backup password was found: "
                                    "set DRRUNBOOK_BACKUP_PASSWORD or keep it in the keychain (%1)")
                                     .arg(note),
                                 ExitUsage, QStringLiteral("auth"));
    }

    backup::ScheduledBackup job(profile, QFileInfo(profilePath).absoluteFilePath(), SystemClock::instance());
    job.setCredentials(creds.credentials);
    job.setBackupPassword(password);
    job.setKeep(keep);
    job.setTimeouts(static_cast<int>(timeoutSecs * 1000), 0);
    QEventLoop loop;
    QObject::connect(&job, &backup::ScheduledBackup::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    const backup::ScheduledBackupResult& r = job.result();
    if (!r.ok)
        return conn.failText(tr("backup failed: %1").arg(r.reason), ExitFailure, QStringLiteral("backup"));
    if (conn.json()) {
        conn.printJson({{QStringLiteral("ok"), true},
                        {QStringLiteral("appliance"), r.appliance},
                        {QStringLiteral("file"), r.filePath},
                        {QStringLiteral("bytes"), r.bytes},
                        {QStringLiteral("sha256"), r.sha256},
                        {QStringLiteral("version"), r.version},
                        {QStringLiteral("kept"), QJsonArray::fromStringList(r.rotation.kept)},
                        {QStringLiteral("removed"), QJsonArray::fromStringList(r.rotation.removed)},
                        {QStringLiteral("log"), r.logPath}});
    } else {
        out() << r.reason << "\n" << Qt::flush;
    }
    return ExitOk;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Downloads the site backup (/api/backup) into DIR as Bomgar-<version>-<site>-<date>-<id>.nsb (or the "
           "name the appliance sends), with a .sha256 file beside it. A backup password is read from "
           "DRRUNBOOK_BACKUP_PASSWORD.\nWith --site FILE: the scheduled backup of a site profile: downloads from "
           "the site's primary into backups.folder, verifies size, SHA-256 and version, keeps the N newest, appends a "
           "line to drrunbook-backup.log there, and exits non-zero with a one-line reason on failure."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder to save the backup in."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption nameOption(QStringLiteral("site-name"),
                                        tr("Site name for the file name (default: the URL's host)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("Site profile (JSON) to back up."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("With --site: keep the N newest verified backups (default: the "
                                           "profile's backups.keep)."),
                                        QStringLiteral("N"));
    parser.addOptions({outOption, nameOption, siteOption, keepOption});
    CliConnection conn(parser);
    if (auto rc = conn.parse(args, QStringLiteral("backup")))
        return *rc;
    if (parser.isSet(siteOption)) {
        if (parser.isSet(QStringLiteral("url")) || parser.isSet(outOption))
            return conn.failText(tr("--site FILE takes the appliance and the folder from the profile: leave out "
                                    "--url and --out"),
                                 ExitUsage);
        int keep = 0;
        if (parser.isSet(keepOption)) {
            bool ok = false;
            keep = parser.value(keepOption).toInt(&ok);
            if (!ok || keep < 1 || keep > 10000)
                return conn.failText(tr("--keep must be a whole number from 1 to 10000"), ExitUsage);
        }
        bool ok = false;
        const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || timeout <= 0 || timeout > 3600)
            return conn.failText(tr("--timeout must be a number of seconds between 0 and 3600"), ExitUsage);
        return runSite(conn, parser.value(siteOption), keep, timeout);
    }
    if (parser.isSet(keepOption))
        return conn.failText(tr("--keep needs --site FILE"), ExitUsage);
    if (!parser.isSet(outOption))
        return conn.failText(tr("--out DIR (or --site FILE) is required"), ExitUsage);
    const QString outDir = parser.value(outOption);
    if (!QDir(outDir).exists())
        return conn.failText(tr("the folder %1 does not exist; create it first").arg(outDir), ExitUsage);
    if (auto rc = conn.load(true))
        return *rc;

    api::TokenManager tokens(SystemClock::instance());
    api::ApiClient client(conn.settings(), conn.credentials(), SystemClock::instance(), &tokens);

    // The product version goes into the default file name; an account with only the Backup API permission
    // cannot read it, which is not a reason to refuse the backup.
    api::BackupOptions options;
    options.outputDir = outDir;
    options.siteName = parser.value(nameOption);
    const auto health = CliConnection::await(client.checkHealth());
    if (health.ok())
        options.productVersion = health.value->version;
    else if (health.error.kind != api::ApiError::Kind::Permission)
        return conn.fail(health.error);
    if (qEnvironmentVariableIsSet("DRRUNBOOK_BACKUP_PASSWORD"))
        options.password = Secret(qgetenv("DRRUNBOOK_BACKUP_PASSWORD"));

    api::BackupDownloader downloader(conn.settings(), conn.credentials(), SystemClock::instance(), &tokens);
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

DR_CLI_COMMAND("backup",
               "backup --url https://HOST[:PORT] [--ca FILE | --pin SHA256] --out DIR [--json] | backup --site FILE "
               "[--keep N] [--json]",
               QT_TRANSLATE_NOOP("cli", "Download the site backup (.nsb) with its SHA-256 beside it; with --site, the "
                                        "scheduled backup of a site profile."),
               run);

} // namespace dr::cli
