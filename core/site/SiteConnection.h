#pragma once

#include "api/ConnectionSettings.h"
#include "keychain/SecretStore.h"
#include "site/SiteProfile.h"

#include <optional>

namespace dr::site {

// How to reach one recorded appliance's API: its URL (api.url or https://<fqdn>) and TLS trust (api.ca_file,
// relative to the profile's folder, or api.pin_sha256, or the system CAs). nullopt with `error` (one sentence,
// naming the field) when the profile does not say enough.
std::optional<api::ConnectionSettings> connectionSettingsFor(const Appliance& appliance,
                                                             const QString& profilePath, QString* error);

// Keychain entries (service "drrunbook", keychain::SecretStore), never in the profile. The scheme:
//   API client secret: "api-client-secret:<scheme>://<host>:<port>:<client id>" — the appliance's API address as
//     api::ConnectionSettings::siteKey() gives it; the same entry `drrunbook-cli secret store --url URL
//     --client-id ID` writes;
//   backup password:   "backup-password:<scheme>://<host>:<port>" — of the appliance backups are taken from.
keychain::SecretKey apiSecretKey(const api::ConnectionSettings& settings, const QString& clientId);
keychain::SecretKey backupPasswordKey(const api::ConnectionSettings& settings);

} // namespace dr::site
