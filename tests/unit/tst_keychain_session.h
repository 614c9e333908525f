#pragma once

// A real Secret Service for the keychain tests (tst_keychain_store, tst_site_secrets): the test executable runs
// itself again with --keychain-child inside a private D-Bus session (dbus-run-session) whose gnome-keyring has a
// fresh login keyring, unlocked with a throw-away password, under a temporary home. The child does the keychain
// work and answers with its exit code (0: all went as expected) and what went wrong on stderr.
#include <QByteArray>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace dr::test {

// What main() looks for to run the keychain child instead of the tests.
inline constexpr char kKeychainChildArg[] = "--keychain-child";

// Whether dbus-run-session and gnome-keyring-daemon are installed; else the test skips, saying why.
inline constexpr char kNoPrivateKeyring[] =
    "dbus-run-session or gnome-keyring-daemon is not installed: no Secret Service to test against";
inline bool privateKeyringAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty();
}

// Runs this executable with kKeychainChildArg in the private session, HOME and the keyring under `home`, to its
// end: empty when the child exited with 0, else what went wrong (its exit code and stderr).
inline QByteArray runKeychainChild(const QString& home)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    child.setProcessEnvironment(env);
    child.start(QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")),
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("printf 'drrunbook-test' | gnome-keyring-daemon --unlock --components=secrets "
                                ">/dev/null && exec \"$0\" ") +
                     QLatin1String(kKeychainChildArg),
                 QCoreApplication::applicationFilePath()});
    if (!child.waitForFinished(60'000))
        return "the keychain child did not finish within 60 s: " + child.readAllStandardError();
    if (child.exitCode() != 0)
        return "the keychain child exited with " + QByteArray::number(child.exitCode()) + ": " +
               child.readAllStandardError();
    return {};
}

} // namespace dr::test
