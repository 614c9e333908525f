#pragma once

#include "api/ApiCall.h"
#include "api/ConnectionSettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>

#include <optional>

namespace dr::cli {

// The options every appliance command shares: --url, --ca | --pin, --timeout, --legacy-login, --json.
// Credentials come from the environment (DRRUNBOOK_CLIENT_ID, DRRUNBOOK_CLIENT_SECRET) or a no-echo prompt,
// never from argv: a --secret/--password option is refused with the reason.
class CliConnection
{
public:
    explicit CliConnection(QCommandLineParser& parser);

    // Parses `args` (after the command name). On failure prints a one-line reason and returns the exit code.
    std::optional<int> parse(const QStringList& args, const QString& commandName);
    // Builds settings + credentials. needCredentials=false for the unauthenticated probe.
    std::optional<int> load(bool needCredentials);

    const api::ConnectionSettings& settings() const { return m_settings; }
    const api::Credentials& credentials() const { return m_credentials; }
    bool json() const { return m_parsed && m_parser.isSet(m_json); }

    // Prints the error (one line on stderr; a JSON object on stdout with --json) and returns ExitFailure.
    int fail(const api::ApiError& error) const;
    // One line on stderr, and {"error":…} on stdout with --json; returns `code`.
    int failText(const QString& message, int code, const QString& kind = QStringLiteral("usage")) const;
    void printJson(const QJsonObject& object) const;

    // Runs the event loop until the call finishes and returns its result (copied before the call deletes itself).
    template <class T> static api::Result<T> await(api::TypedApiCall<T>* call)
    {
        api::Result<T> result;
        QEventLoop loop;
        QObject::connect(call, &api::ApiCall::finished, &loop, [&] {
            result = call->result();
            loop.quit();
        });
        loop.exec();
        return result;
    }

private:
    QCommandLineParser& m_parser;
    QCommandLineOption m_url;
    QCommandLineOption m_ca;
    QCommandLineOption m_pin;
    QCommandLineOption m_timeout;
    QCommandLineOption m_legacy;
    QCommandLineOption m_json;
    bool m_parsed = false;
    api::ConnectionSettings m_settings;
    api::Credentials m_credentials;
};

// Refuses options that would put a secret in argv; returns the reason, or an empty string.
QString secretOnCommandLine(const QStringList& args);

} // namespace dr::cli
