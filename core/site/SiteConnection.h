#pragma once

#include "api/ConnectionSettings.h"
#include "keychain/SecretStore.h"
#include "site/SiteProfile.h"

#include <optional>

namespace dr::site {

// How to reach one recorded appliance's API: its URL (api.url or https://<fqdn>) and TLS trust (api.ca_file,
// relative to the profile's folder, or api.pin_sha256, or the system CAs). nullopt with `error` (one sentence,
// naming the field) when the profile does not say enough.
std::optional<api::ConnectionSettings> connectionSettingsFor(const Appliance& appliance, const QString& profilePath,
                                                             QString* error);

// Keychain entries (service "drrunbook", keychain::SecretStore), never in the profile. The scheme:
//   API client secret: "api-client-secret:<scheme>://<host>:<port>:<client id>" — the appliance's API address as
//     api::ConnectionSettings::siteKey() gives it; the same entry `drrunbook-cli secret store --url URL
//     --client-id ID` writes;
//   backup password:   "backup-password:<scheme>://<host>:<port>" — of the appliance backups are taken from.
keychain::SecretKey apiSecretKey(const api::ConnectionSettings& settings, const QString& clientId);
keychain::SecretKey backupPasswordKey(const api::ConnectionSettings& settings);

// Credentials for a site's appliance without asking anyone (the caller may prompt when interactive):
//   client id: DRRUNBOOK_CLIENT_ID, else the profile's backup account (backups.api_account or the first account);
//   secret:    DRRUNBOOK_CLIENT_SECRET, else the keychain entry apiSecretKey(settings, client id).
struct CredentialLookup
{
    api::Credentials credentials; // secret empty when not found
    bool found = false;           // a client id and a secret
    QString source;               // "environment" or "keychain"
    QString note;                 // why the keychain gave nothing (no keychain, locked, ...), or empty
};
CredentialLookup lookUpApiCredentials(const SiteProfile& profile, const api::ConnectionSettings& settings,
                                      int keychainTimeoutMs = 5'000);

// The backup password: DRRUNBOOK_BACKUP_PASSWORD, else the keychain entry backupPasswordKey(settings); nullopt
// when neither has one (`note` says why when the keychain failed).
std::optional<Secret> lookUpBackupPassword(const api::ConnectionSettings& settings, QString* note,
                                           int keychainTimeoutMs = 5'000);

} // namespace dr::site
