#include "CliPrompt.h"

#include "CliCommand.h"

#include <QtGlobal>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dr::cli {

std::optional<Secret> readSecret(const char* envName, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(envName))
        return Secret(qgetenv(envName));
    if (!isatty(STDIN_FILENO))
        return std::nullopt;

    err() << prompt << Qt::flush;
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios noEcho = old;
    noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);

    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(static_cast<char>(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err() << "\n" << Qt::flush;
    Secret secret(line);
    cleanse(line);
    return secret;
}

} // namespace dr::cli
