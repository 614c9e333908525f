// drrunbook-cli site check FILE: validates a site profile and, with network, checks each appliance's health, its
// failover role against the recorded one, the API account's permissions and the certificate it serves.
#include "CliCommand.h"
#include "CliConnection.h"
#include "CliPrompt.h"

#include "api/ApiClient.h"
#include "cert/ServedChainProbe.h"
#include "keychain/SecretStore.h"
#include "site/SiteConnection.h"
#include "site/SiteFile.h"
#include "site/SiteValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dr::cli {

namespace {

constexpr qint64 kCertWarnSecs = 30LL * 24 * 3600;

QString normalizedSha(const QString& text)
{
    const auto pin = api::TlsTrust::parsePin(text);
    return pin ? QString::fromLatin1(pin->toHex()) : QString();
}

class SiteChecker
{
public:
    SiteChecker(const site::SiteProfile& profile, QString profilePath, int timeoutMs)
        : m_p(profile), m_path(std::move(profilePath)), m_timeoutMs(timeoutMs)
    {
    }
    site::SiteIssues issues;
    QStringList passed; // "appliances[0] (primary): ..." lines for what was confirmed

    void checkAll()
    {
        for (int i = 0; i < m_p.appliances.size(); ++i)
            checkAppliance(i);
    }

private:
    void error(const QString& path, const QString& message)
    {
        issues.append({site::SiteIssue::Severity::Error, path, message});
    }
    void warn(const QString& path, const QString& message)
    {
        issues.append({site::SiteIssue::Severity::Warning, path, message});
    }

    bool credentialsFor(const api::ConnectionSettings& settings, api::Credentials* out, QString* note)
    {
        site::CredentialLookup found = site::lookUpApiCredentials(m_p, settings);
        if (!found.found && !found.credentials.clientId.isEmpty()) {
            if (!m_typed && !m_asked) {
                m_asked = true;
                if (auto typed = readSecret("DRRUNBOOK_CLIENT_SECRET",
                                            tr("API client secret for %1: ").arg(found.credentials.clientId)))
                    m_typed = *typed;
            }
            if (m_typed)
                found.credentials.secret = *m_typed;
        }
        *out = found.credentials;
        *note = found.note;
        return !out->secret.isEmpty();
    }

    void checkAppliance(int i)
    {
        const site::Appliance& a = m_p.appliances.at(i);
        const QString path = QStringLiteral("appliances[%1]").arg(i);
        const QString who = QStringLiteral("%1 (%2)").arg(path, a.name);
        QString why;
        auto settings = site::connectionSettingsFor(a, m_path, &why);
        if (!settings) {
            error(path, why);
            return;
        }
        settings->transferTimeoutMs = m_timeoutMs;
        settings->deadlineMs = std::max(settings->deadlineMs, 4 * m_timeoutMs);
        settings->userAgent = QStringLiteral("drrunbook-cli/") + QCoreApplication::applicationVersion();
        checkCertificate(path, who, a, *settings);

        api::Credentials credentials;
        QString note;
        if (!credentialsFor(*settings, &credentials, &note)) {
            error(path, tr("API checks skipped: no API client secret (%1); set DRRUNBOOK_CLIENT_SECRET or store it "
                           "with drrunbook-cli secret store.")
                            .arg(note.isEmpty() ? tr("not asked: not a terminal") : note));
            return;
        }
        api::ApiClient client(*settings, credentials, SystemClock::instance());
        const auto health = CliConnection::await(client.checkHealth());
        if (!health.ok()) {
            if (health.error.kind == api::ApiError::Kind::Permission)
                warn(path, tr("check_health is not allowed for this API account: %1").arg(health.error.oneLine()));
            else
                error(path, tr("the appliance did not answer check_health: %1").arg(health.error.oneLine()));
        } else {
            const api::HealthCheck& h = *health.value;
            if (!h.success)
                error(path, tr("the appliance reports a problem: %1. See its /appliance Status page.")
                                .arg(h.errorMessage.isEmpty() ? tr("unhealthy") : h.errorMessage));
            else
                passed << tr("%1: healthy, version %2").arg(who, h.version);
            const QString recorded = a.failoverRole.isEmpty() ? QStringLiteral("none") : a.failoverRole;
            const QString live = h.failoverRole.isEmpty() ? QStringLiteral("none") : h.failoverRole;
            if (recorded != live)
                error(path + QStringLiteral(".failover_role"),
                      tr("recorded as %1 but the appliance says %2: if a failover happened, update the profile; "
                         "otherwise check Management > Failover.")
                          .arg(recorded, live));
            else
                passed << tr("%1: failover role %2 as recorded").arg(who, live);
        }
        const auto info = CliConnection::await(client.getApiInfo());
        if (!info.ok()) {
            error(path, tr("get_api_info failed: %1").arg(info.error.oneLine()));
            return;
        }
        if (auto missing = info.value->checkPermissionFor(api::Operation::ReadStatus))
            error(path, tr("API account %1: %2").arg(credentials.clientId, missing->message));
        if (m_p.backupSource() == &a) {
            if (auto missing = info.value->checkPermissionFor(api::Operation::DownloadBackup))
                error(QStringLiteral("backups.api_account"),
                      tr("API account %1 cannot download backups: %2").arg(credentials.clientId, missing->message));
            else
                passed << tr("%1: API account %2 may download backups").arg(who, credentials.clientId);
        }
    }

    void checkCertificate(const QString& path, const QString& who, const site::Appliance& a,
                          const api::ConnectionSettings& settings)
    {
        const QString host = settings.baseUrl.host();
        const QString sni = a.fqdn.isEmpty() ? host : a.fqdn;
        const cert::ServedChain chain =
            cert::probeServedChain(host, static_cast<quint16>(settings.baseUrl.port(443)), sni, m_timeoutMs);
        if (!chain.ok || chain.certificates.empty()) {
            error(path, tr("could not read the certificate it serves: %1").arg(chain.message));
            return;
        }
        const cert::CertInfo& leaf = chain.certificates.front();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (leaf.notAfter < now)
            error(path, tr("serves a certificate that expired on %1: renew it (Security > Certificates) and export a "
                           "new .p12 backup.")
                            .arg(leaf.notAfter.toString(Qt::ISODate)));
        else if (now.secsTo(leaf.notAfter) < kCertWarnSecs)
            warn(path, tr("serves a certificate that expires on %1: renew it soon and export a new .p12 backup.")
                           .arg(leaf.notAfter.toString(Qt::ISODate)));
        else
            passed << tr("%1: certificate valid until %2").arg(who, leaf.notAfter.toString(Qt::ISODate));
        const QString recorded = normalizedSha(m_p.certificateBackup.sha256);
        if (recorded.isEmpty())
            return;
        if (recorded != leaf.sha256)
            error(QStringLiteral("certificate_backup.sha256"),
                  tr("%1 serves a certificate (SHA-256 %2) that is not the one recorded for the backup: if it was "
                     "renewed, export its .p12 and record the new fingerprint; otherwise restore the backed-up "
                     "certificate.")
                      .arg(a.name, leaf.sha256Colons()));
        else
            passed << tr("%1: serves the backed-up certificate").arg(who);
    }

    const site::SiteProfile& m_p;
    QString m_path;
    int m_timeoutMs;
    std::optional<Secret> m_typed;
    bool m_asked = false;
};

QJsonArray issuesJson(const site::SiteIssues& issues)
{
    QJsonArray a;
    for (const site::SiteIssue& i : issues)
        a.append(
            QJsonObject{{QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("path"), i.path},
                        {QStringLiteral("message"), i.message}});
    return a;
}

int fail(bool json, const QString& message, int code)
{
    if (json)
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << QCoreApplication::applicationName() << ": " << line << "\n" << Qt::flush;
    return code;
}

// Keeps the backup account's API client secret (and the backup password when the profile says so) in the OS
// keychain under the entry names of docs/site-profile.md, for `backup --site` and `site check`. The values come
// from DRRUNBOOK_CLIENT_SECRET / DRRUNBOOK_BACKUP_PASSWORD or a no-echo prompt; they are never printed.
int storeSecrets(const QString& path)
{
    const site::SiteLoadResult loaded = site::loadSiteProfile(path);
    if (!loaded.profile)
        return fail(false, loaded.error, ExitUnreadable);
    const site::SiteProfile& profile = *loaded.profile;
    const site::Appliance* source = profile.backupSource();
    const site::ApiAccount* account = profile.backupAccount();
    if (!source || !account)
        return fail(false,
                    tr("the profile names no appliance to back up from or no API account: run drrunbook-cli site "
                       "check %1")
                        .arg(path),
                    ExitUsage);
    QString why;
    const auto settings = site::connectionSettingsFor(*source, QFileInfo(path).absoluteFilePath(), &why);
    if (!settings)
        return fail(false, why, ExitUsage);
    keychain::SecretStore store;
    QList<std::pair<keychain::SecretKey, std::optional<Secret>>> entries;
    entries.append({site::apiSecretKey(*settings, account->clientId),
                    readSecret("DRRUNBOOK_CLIENT_SECRET", tr("API client secret for %1: ").arg(account->clientId))});
    if (profile.backups.passwordProtected)
        entries.append(
            {site::backupPasswordKey(*settings),
             readSecret("DRRUNBOOK_BACKUP_PASSWORD", tr("Backup password for %1: ").arg(profile.site.name))});
    for (const auto& [key, secret] : entries) {
        if (!secret || secret->isEmpty())
            return fail(
                false,
                tr("nothing stored for %1: set the variable or run this in a terminal to be asked").arg(key.toString()),
                ExitUsage);
        const keychain::SecretLookup written = store.writeNow(key, *secret);
        if (written.status != keychain::SecretLookup::Status::Found)
            return fail(false, tr("could not store %1 in the keychain: %2").arg(key.toString(), written.message),
                        ExitFailure);
        out() << tr("stored in the keychain: %1").arg(key.toString()) << "\n" << Qt::flush;
    }
    return ExitOk;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("site check FILE: validates a site profile (docs/site-profile.md) and, unless --offline, checks each "
           "appliance: health, failover role against the recorded one, the API account's permissions, and the "
           "certificate it serves (expiry, the recorded fingerprint). Exit 0 when there is no error."));
    const QCommandLineOption offline(QStringLiteral("offline"), tr("Only validate the file; no network."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds without an answer before a check fails "
                                        "(default 15)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("15"));
    parser.addOptions({offline, json, timeout});
    parser.addHelpOption();
    const QString refused = secretOnCommandLine(args);
    if (!refused.isEmpty())
        return fail(false, refused, ExitUsage);
    if (!parser.parse(QStringList{QStringLiteral("site")} + args))
        return fail(false, parser.errorText(), ExitUsage);
    const bool asJson = parser.isSet(json);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 2 && pos.first() == QLatin1String("store-secrets"))
        return storeSecrets(pos.at(1));
    if (pos.size() != 2 || pos.first() != QLatin1String("check"))
        return fail(asJson,
                    tr("usage: drrunbook-cli site check FILE [--offline] [--json] [--timeout SECONDS] | site "
                       "store-secrets FILE"),
                    ExitUsage);
    bool ok = false;
    const double secs = parser.value(timeout).toDouble(&ok);
    if (!ok || secs <= 0 || secs > 3600)
        return fail(asJson, tr("--timeout must be a number of seconds between 0 and 3600"), ExitUsage);

    const QString path = pos.at(1);
    const site::SiteLoadResult loaded = site::loadSiteProfile(path);
    if (!loaded.profile)
        return fail(asJson, loaded.error, ExitUnreadable);
    site::SiteIssues issues = loaded.issues;
    issues += site::validateSiteProfile(*loaded.profile, {QFileInfo(path).absoluteFilePath(), true});
    QStringList passed;
    const bool network = !parser.isSet(offline) && !site::hasErrors(issues);
    if (network) {
        SiteChecker checker(*loaded.profile, QFileInfo(path).absoluteFilePath(), static_cast<int>(secs * 1000));
        checker.checkAll();
        issues += checker.issues;
        passed = checker.passed;
    }
    const bool good = !site::hasErrors(issues);
    int errors = 0;
    for (const site::SiteIssue& i : issues)
        errors += i.isError() ? 1 : 0;
    if (asJson) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), good},
                                           {QStringLiteral("schema_version_in_file"), loaded.fromVersion},
                                           {QStringLiteral("network_checked"), network},
                                           {QStringLiteral("issues"), issuesJson(issues)},
                                           {QStringLiteral("passed"), QJsonArray::fromStringList(passed)}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        if (loaded.migrated())
            out() << tr("note: %1 is a version %2 file; saving it from the editor writes version %3.")
                         .arg(path)
                         .arg(loaded.fromVersion)
                         .arg(site::kSchemaVersion)
                  << "\n";
        for (const site::SiteIssue& i : issues)
            out() << (i.isError() ? tr("ERROR  ") : tr("WARN   ")) << i.toString() << "\n";
        for (const QString& p : passed)
            out() << tr("OK     ") << p << "\n";
        if (!network && !parser.isSet(offline))
            out() << tr("network checks skipped: fix the errors first") << "\n";
        out() << tr("%1: %2, %3")
                     .arg(path, tr("%n error(s)", nullptr, errors),
                          tr("%n warning(s)", nullptr, int(issues.size()) - errors))
              << "\n"
              << Qt::flush;
    }
    if (!good && !asJson)
        err() << QCoreApplication::applicationName() << ": "
              << tr("site check found %n error(s) in %1; the first: %2", nullptr, int(errors))
                     .arg(path, site::errorsOnly(issues).first().toString())
              << "\n"
              << Qt::flush;
    return good ? ExitOk : ExitFailure;
}

} // namespace

DR_CLI_COMMAND("site", "site check FILE [--offline] [--json] | site store-secrets FILE",
               QT_TRANSLATE_NOOP("cli",
                                 "Validate a site profile and check its appliances; keep its secrets in the keychain."),
               run);

} // namespace dr::cli
