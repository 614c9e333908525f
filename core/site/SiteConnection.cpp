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

} // namespace dr::site
