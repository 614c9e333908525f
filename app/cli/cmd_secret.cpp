// drrunbook-cli secret store|forget: keep an API client secret in the OS keychain, so that scheduled runs
// and other commands need no secret in the environment.
#include "CliCommand.h"
#include "CliPrompt.h"

#include "api/ConnectionSettings.h"
#include "keychain/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace {

using namespace dr;
using namespace dr::cli;

// A named context, so that lupdate extracts the messages (a free tr() outside a namespace has none).
class SecretCli
{
    Q_DECLARE_TR_FUNCTIONS(SecretCli)
};

int usage(const QString& why)
{
    err() << "drrunbook-cli secret: " << why << "\n"
          << SecretCli::tr("usage: drrunbook-cli secret store|forget --url https://HOST[:PORT] --client-id ID\n")
          << Qt::flush;
    return ExitUsage;
}

int run(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption url(QStringLiteral("url"), SecretCli::tr("The appliance's address."),
                                 QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), SecretCli::tr("The API account's client id."),
                                      QStringLiteral("ID"));
    p.addOptions({url, clientId});
    if (!p.parse(QStringList{QStringLiteral("secret")} + args))
        return usage(p.errorText());
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1 || (positional[0] != QLatin1String("store") && positional[0] != QLatin1String("forget")))
        return usage(SecretCli::tr("say store or forget"));
    const QUrl site(p.value(url));
    if (site.scheme() != QLatin1String("https") || site.host().isEmpty())
        return usage(SecretCli::tr("--url needs an https:// address"));
    if (p.value(clientId).isEmpty())
        return usage(SecretCli::tr("--client-id is required"));

    api::ConnectionSettings settings;
    settings.baseUrl = site;
    const keychain::SecretKey key{QStringLiteral("api-client-secret"), settings.siteKey(), p.value(clientId)};
    keychain::SecretStore store;
    keychain::SecretLookup result;
    if (positional[0] == QLatin1String("store")) {
        std::optional<Secret> secret =
            readSecret("DRRUNBOOK_CLIENT_SECRET", SecretCli::tr("API client secret for %1: ").arg(p.value(clientId)));
        if (!secret || secret->isEmpty()) {
            err() << SecretCli::tr("drrunbook-cli secret: no secret given: set DRRUNBOOK_CLIENT_SECRET or run it in a "
                                   "terminal to be asked\n")
                  << Qt::flush;
            return ExitFailure;
        }
        result = store.writeNow(key, *secret);
    } else {
        result = store.removeNow(key);
        if (result.status == keychain::SecretLookup::Status::NotFound)
            result.status = keychain::SecretLookup::Status::Found; // already gone
    }
    if (result.status != keychain::SecretLookup::Status::Found) {
        err() << "drrunbook-cli secret: " << result.message << "\n" << Qt::flush;
        return ExitFailure;
    }
    out() << (positional[0] == QLatin1String("store") ? SecretCli::tr("Stored in the keychain as %1\n")
                                                      : SecretCli::tr("Removed %1 from the keychain\n"))
                 .arg(key.toString())
          << Qt::flush;
    return ExitOk;
}

} // namespace

DR_CLI_COMMAND("secret", "secret store|forget --url https://HOST[:PORT] --client-id ID",
               QT_TRANSLATE_NOOP("cli", "Store an API client secret in the keychain, or forget it."), run);
