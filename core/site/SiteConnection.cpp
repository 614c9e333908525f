#include "site/SiteConnection.h"

#include <QCoreApplication>

namespace dr::site {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteConnection", s);
}

} // namespace

std::optional<api::ConnectionSettings> connectionSettingsFor(const Appliance& appliance, const QString& profilePath,
                                                             QString* error)
{
    api::ConnectionSettings settings;
    settings.baseUrl = appliance.apiUrl();
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()) {
        *error = tr("appliance \"%1\" has neither an fqdn nor an api.url: record its host name in the site profile.")
                     .arg(appliance.name);
        return std::nullopt;
    }
    if (auto invalid = settings.validate()) {
        *error = tr("appliance \"%1\": %2").arg(appliance.name, invalid->message);
        return std::nullopt;
    }
    if (!appliance.api.pinSha256.isEmpty()) {
        const auto pin = api::TlsTrust::parsePin(appliance.api.pinSha256);
        if (!pin) {
            *error = tr("appliance \"%1\": api.pin_sha256 is not a SHA-256 fingerprint (64 hex digits); correct it "
                        "in the site profile.")
                         .arg(appliance.name);
            return std::nullopt;
        }
        settings.trust.pinnedSha256 = *pin;
    } else if (!appliance.api.caFile.isEmpty()) {
        const auto certs = api::TlsTrust::loadCaFile(resolveProfilePath(profilePath, appliance.api.caFile));
        if (!certs.ok()) {
            *error = tr("appliance \"%1\": api.ca_file: %2").arg(appliance.name, certs.error.oneLine());
            return std::nullopt;
        }
        settings.trust.caCertificates = *certs.value;
    }
    return settings;
}

keychain::SecretKey apiSecretKey(const api::ConnectionSettings& settings, const QString& clientId)
{
    return {QStringLiteral("api-client-secret"), settings.siteKey(), clientId};
}

keychain::SecretKey backupPasswordKey(const api::ConnectionSettings& settings)
{
    return {QStringLiteral("backup-password"), settings.siteKey(), QString()};
}

CredentialLookup lookUpApiCredentials(const SiteProfile& profile, const api::ConnectionSettings& settings,
                                      int keychainTimeoutMs)
{
    CredentialLookup r;
    r.credentials.clientId = qEnvironmentVariable("DRRUNBOOK_CLIENT_ID").trimmed();
    if (r.credentials.clientId.isEmpty()) {
        if (const ApiAccount* account = profile.backupAccount())
            r.credentials.clientId = account->clientId.trimmed();
    }
    if (r.credentials.clientId.isEmpty()) {
        r.note = tr("no API account: add one under api_accounts in the site profile, or set DRRUNBOOK_CLIENT_ID");
        return r;
    }
    if (qEnvironmentVariableIsSet("DRRUNBOOK_CLIENT_SECRET")) {
        r.credentials.secret = Secret(qgetenv("DRRUNBOOK_CLIENT_SECRET"));
        r.source = QStringLiteral("environment");
    } else {
        keychain::SecretStore store;
        keychain::SecretLookup found = store.readNow(apiSecretKey(settings, r.credentials.clientId), keychainTimeoutMs);
        if (found.status == keychain::SecretLookup::Status::Found) {
            r.credentials.secret = std::move(found.secret);
            r.source = QStringLiteral("keychain");
        } else if (found.status == keychain::SecretLookup::Status::NotFound) {
            r.note = tr("the keychain has no secret for %1 at %2 (store it with: drrunbook-cli secret store --url %3 "
                        "--client-id %1)")
                         .arg(r.credentials.clientId, settings.siteKey(), settings.baseUrl.toString());
        } else {
            r.note = found.message;
        }
    }
    r.found = !r.credentials.secret.isEmpty();
    return r;
}

std::optional<Secret> lookUpBackupPassword(const api::ConnectionSettings& settings, QString* note,
                                           int keychainTimeoutMs)
{
    if (qEnvironmentVariableIsSet("DRRUNBOOK_BACKUP_PASSWORD"))
        return Secret(qgetenv("DRRUNBOOK_BACKUP_PASSWORD"));
    keychain::SecretStore store;
    keychain::SecretLookup found = store.readNow(backupPasswordKey(settings), keychainTimeoutMs);
    if (found.status == keychain::SecretLookup::Status::Found)
        return std::move(found.secret);
    if (note)
        *note = found.status == keychain::SecretLookup::Status::NotFound
                    ? tr("the keychain has no backup password for %1").arg(settings.siteKey())
                    : found.message;
    return std::nullopt;
}

} // namespace dr::site
