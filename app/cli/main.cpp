#include "CliCommand.h"

#include "common/BuildInfo.h"
#include "common/OpenSslRuntime.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace dr::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

static QList<Command>& registry()
{
    static QList<Command> list;
    return list;
}

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command>& commands()
{
    return registry();
}

static void printUsage(QTextStream& s)
{
    s << QCoreApplication::translate("cli", "Usage: drrunbook-cli COMMAND [OPTIONS]\n\nCommands:\n");
    QList<Command> sorted = commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& c : sorted)
        s << "  " << c.synopsis << "\n      " << QCoreApplication::translate("cli", c.description) << "\n";
    s << QCoreApplication::translate("cli", "\nSecrets are read from the environment or the keychain, never from the "
                                            "command line.\n  --version   print the versions of the app, Qt and "
                                            "OpenSSL\n  --lang CODE show messages in that language (%1; "
                                            "default: DR_LANG, the setting, else the system's)\n")
             .arg(dr::i18n::availableLanguages().join(QStringLiteral(", ")));
    s.flush();
}

// Takes "--lang CODE" or "--lang=CODE" out of the arguments (any position) and applies the language: that one,
// else DR_LANG, else the setting, else the system's. False when CODE is not a language the app has.
static bool applyLanguageOption(QStringList& args)
{
    QString wanted;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            wanted = args.takeAt(i + 1);
            args.removeAt(i--);
        } else if (args.at(i).startsWith(QLatin1String("--lang="))) {
            wanted = args.takeAt(i--).mid(7);
        }
    }
    if (wanted.isEmpty()) {
        dr::i18n::applyLanguage(dr::i18n::startupLanguage());
        return true;
    }
    if (dr::i18n::applyLanguage(wanted))
        return true;
    dr::i18n::applyLanguage(dr::i18n::startupLanguage());
    err() << QCoreApplication::translate("cli", "drrunbook-cli: there is no language '%1'. Use one of: %2\n")
                 .arg(wanted, dr::i18n::availableLanguages().join(QStringLiteral(", ")));
    return false;
}

} // namespace dr::cli

int main(int argc, char** argv)
{
    using namespace dr::cli;
    // print and report lay text out with QTextDocument, which needs the font database of a QGuiApplication.
    // A command-line tool needs no window system: on Linux it uses the offscreen platform unless told otherwise.
    int first = 1; // the command's name, after a leading --lang CODE
    while (first + 1 < argc && std::strcmp(argv[first], "--lang") == 0)
        first += 2;
    while (first < argc && std::strncmp(argv[first], "--lang=", 7) == 0)
        ++first;
    const bool needsGui =
        argc > first && (std::strcmp(argv[first], "print") == 0 || std::strcmp(argv[first], "report") == 0);
#if defined(Q_OS_LINUX)
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("drrunbook-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("drrunbook"));
    QCoreApplication::setApplicationVersion(dr::appVersion());
    dr::openSslRuntime();

    QStringList args = QCoreApplication::arguments().mid(1);
    if (!applyLanguageOption(args))
        return ExitUsage;
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out() << dr::versionReport(QStringLiteral("drrunbook-cli")) << Qt::flush;
        return ExitOk;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out());
        return ExitOk;
    }
    for (const Command& c : commands()) {
        if (c.name == name) {
            const int rc = c.run(args);
            out().flush();
            err().flush();
            return rc;
        }
    }
    err() << QCoreApplication::translate("cli", "drrunbook-cli: unknown command '%1'\n").arg(name);
    printUsage(err());
    return ExitUsage;
}
