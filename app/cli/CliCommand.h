#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace dr::cli {

// Exit statuses shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,    // the check found problems / the operation failed
    ExitUnreadable = 2, // input cannot be read
    ExitUsage = 64,     // EX_USAGE
};

QTextStream& out();
QTextStream& err();

// The commands' own messages, in context "cli" (lupdate files them under "dr::cli"; the any-context catalog answers
// them). Counts go through n: tr("%n error(s)", nullptr, n).
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

// Each command lives in its own cmd_*.cpp and registers itself with DR_CLI_COMMAND.
// run() gets the arguments after the command name and may use the running QCoreApplication's event loop.
struct Command
{
    QString name;
    QString synopsis;        // the command's syntax, one line, shown by `drrunbook-cli help` as it is
    const char* description; // what it does, one sentence (QT_TRANSLATE_NOOP("cli", ...)), translated when shown
    std::function<int(const QStringList& args)> run;
};

bool registerCommand(Command command);
const QList<Command>& commands();

} // namespace dr::cli

#define DR_CLI_CONCAT2(a, b) a##b
#define DR_CLI_CONCAT(a, b) DR_CLI_CONCAT2(a, b)
#define DR_CLI_COMMAND(NAME, SYNOPSIS, DESCRIPTION, FUNCTION)                                                          \
    static const bool DR_CLI_CONCAT(dr_cli_registered_, __LINE__) =                                                    \
        ::dr::cli::registerCommand({QStringLiteral(NAME), QStringLiteral(SYNOPSIS), DESCRIPTION, FUNCTION})
