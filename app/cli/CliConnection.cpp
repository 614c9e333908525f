#include "CliConnection.h"

#include "keychain/SecretStore.h"

#include "CliCommand.h"
#include "CliPrompt.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dr::cli {

QString secretOnCommandLine(const QStringList& args)
{
    static const QStringList refused = {QStringLiteral("secret"),   QStringLiteral("client-secret"),
                                        QStringLiteral("password"), QStringLiteral("backup-password"),
                                        QStringLiteral("token"),    QStringLiteral("client_secret")};
    for (const QString& arg : args) {
        if (arg == QLatin1String("--"))
            break;
        QString name = arg;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        name = name.section(QLatin1Char('='), 0, 0);
        if (arg.startsWith(QLatin1Char('-')) && refused.contains(name)) {
            return tr("refusing --%1: secrets on the command line are visible to other users (ps, /proc) and kept in "
                      "shell history; set DRRUNBOOK_CLIENT_SECRET (and DRRUNBOOK_BACKUP_PASSWORD) in the environment "
                      "instead, or leave it unset to be prompted")
                .arg(name);
        }
    }
    return {};
}

CliConnection::CliConnection(QCommandLineParser& parser)
    : m_parser(parser),
      m_url(QStringLiteral("url"), tr("Appliance site URL: https://HOST[:PORT]."), QStringLiteral("URL")),
      m_ca(QStringLiteral("ca"), tr("Trust only the CA certificate(s) in FILE (PEM or DER)."), QStringLiteral("FILE")),
      m_pin(QStringLiteral("pin"),
            tr("Trust exactly the certificate with this SHA-256 fingerprint (self-signed "
               "appliances)."),
            QStringLiteral("SHA256")),
      m_timeout(QStringLiteral("timeout"), tr("Seconds without data before a request is abandoned (default 15)."),
                QStringLiteral("SECONDS"), QStringLiteral("15")),
      m_legacy(QStringLiteral("legacy-login"),
               tr("DEPRECATED: log in with username/password query parameters (sites before 16.1) instead of OAuth; "
                  "DRRUNBOOK_CLIENT_ID/SECRET then hold the username and password.")),
      m_json(QStringLiteral("json"), tr("Machine-readable output."))
{
    m_parser.addOptions({m_url, m_ca, m_pin, m_timeout, m_legacy, m_json});
    m_parser.addHelpOption();
}

std::optional<int> CliConnection::parse(const QStringList& args, const QString& commandName)
{
    const QString secret = secretOnCommandLine(args);
    if (!secret.isEmpty())
        return failText(secret, ExitUsage);
    const bool parsed = m_parser.parse(QStringList{commandName} + args);
    m_parsed = true;
    if (!parsed)
        return failText(m_parser.errorText(), ExitUsage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if (!m_parser.positionalArguments().isEmpty())
        return failText(tr("unexpected argument '%1'; see --help").arg(m_parser.positionalArguments().first()),
                        ExitUsage);
    return std::nullopt;
}

std::optional<int> CliConnection::load(bool needCredentials)
{
    if (!m_parser.isSet(m_url))
        return failText(tr("--url https://HOST[:PORT] is required"), ExitUsage);
    m_settings.baseUrl = QUrl(m_parser.value(m_url), QUrl::StrictMode);
    if (auto invalid = m_settings.validate())
        return failText(invalid->message, ExitUsage);
    if (m_parser.isSet(m_ca) && m_parser.isSet(m_pin))
        return failText(tr("give either --ca or --pin, not both"), ExitUsage);
    if (m_parser.isSet(m_ca)) {
        const auto certs = api::TlsTrust::loadCaFile(m_parser.value(m_ca));
        if (!certs.ok())
            return failText(certs.error.oneLine(), ExitUnreadable);
        m_settings.trust.caCertificates = *certs.value;
    }
    if (m_parser.isSet(m_pin)) {
        const auto pin = api::TlsTrust::parsePin(m_parser.value(m_pin));
        if (!pin)
            return failText(tr("--pin must be a SHA-256 fingerprint: 64 hex digits, colons optional"), ExitUsage);
        m_settings.trust.pinnedSha256 = *pin;
    }
    bool ok = false;
    const double timeout = m_parser.value(m_timeout).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600)
        return failText(tr("--timeout must be a number of seconds between 0 and 3600"), ExitUsage);
    m_settings.transferTimeoutMs = static_cast<int>(timeout * 1000);
    m_settings.deadlineMs = std::max(m_settings.deadlineMs, 4 * m_settings.transferTimeoutMs);
    m_settings.userAgent = QStringLiteral("drrunbook-cli/") + QCoreApplication::applicationVersion();

    if (!needCredentials)
        return std::nullopt;
    m_credentials.mode =
        m_parser.isSet(m_legacy) ? api::AuthMode::LegacyUsernamePassword : api::AuthMode::OAuthClientCredentials;
    m_credentials.clientId = qEnvironmentVariable("DRRUNBOOK_CLIENT_ID").trimmed();
    if (m_credentials.clientId.isEmpty()) {
        return failText(tr("DRRUNBOOK_CLIENT_ID is not set: export the API account's client ID (and "
                           "DRRUNBOOK_CLIENT_SECRET, or keep the secret in the keychain with "
                           "'drrunbook-cli secret store')"),
                        ExitUsage, QStringLiteral("auth"));
    }
    // The environment first, then the OS keychain ('drrunbook-cli secret store'), then a prompt without echo.
    std::optional<Secret> secret;
    QString keychainNote;
    if (!qEnvironmentVariableIsSet("DRRUNBOOK_CLIENT_SECRET") && m_credentials.mode != api::AuthMode::LegacyUsernamePassword) {
        keychain::SecretStore store;
        keychain::SecretLookup found = store.readNow(
            {QStringLiteral("api-client-secret"), m_settings.siteKey(), m_credentials.clientId}, 5'000);
        if (found.status == keychain::SecretLookup::Status::Found)
            secret = std::move(found.secret);
        else if (found.status != keychain::SecretLookup::Status::NotFound)
            keychainNote = QLatin1Char(' ') + found.message;
    }
    if (!secret)
        secret = readSecret("DRRUNBOOK_CLIENT_SECRET", tr("API client secret for %1: ").arg(m_credentials.clientId));
    if (!secret || secret->isEmpty()) {
        return failText(tr("no API client secret: set DRRUNBOOK_CLIENT_SECRET, keep it in the keychain with "
                           "'drrunbook-cli secret store', or run in a terminal to be asked.") + keychainNote,
                        ExitUsage, QStringLiteral("auth"));
    }
    m_credentials.secret = *secret;
    return std::nullopt;
}

int CliConnection::fail(const api::ApiError& error) const
{
    if (json()) {
        QJsonObject e{{QStringLiteral("kind"), api::kindName(error.kind)},
                      {QStringLiteral("message"), error.message},
                      {QStringLiteral("detail"), error.detail}};
        if (error.httpStatus)
            e.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.certificateSha256.isEmpty()) {
            e.insert(QStringLiteral("certificate_sha256"), error.certificateSha256);
            e.insert(QStringLiteral("certificate_subject"), error.certificateSubject);
        }
        if (!error.missingPermission.isEmpty())
            e.insert(QStringLiteral("missing_permission"), error.missingPermission);
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), e}});
    }
    err() << QCoreApplication::applicationName() << ": " << error.oneLine() << "\n" << Qt::flush;
    return error.kind == api::ApiError::Kind::Usage ? int(ExitUsage) : int(ExitFailure);
}

int CliConnection::failText(const QString& message, int code, const QString& kind) const
{
    if (json()) {
        printJson({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}}}});
    }
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << QCoreApplication::applicationName() << ": " << line << "\n" << Qt::flush;
    return code;
}

void CliConnection::printJson(const QJsonObject& object) const
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace dr::cli
