// drrunbook shows its first window before it loads what that window does not need (ui/AppFeatures.h): the
// executable links Qt Widgets only, and the drrunbook-features module beside it brings TLS, networking, printing
// and the keychain. These tests run the built executables.
#include "unit/tst_run_program.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QStringList kLoadedAfterTheWindow = {
    QStringLiteral("libQt6Network.so"), QStringLiteral("libQt6PrintSupport.so"), QStringLiteral("libssl.so"),
    QStringLiteral("libcrypto.so"),     QStringLiteral("libqt6keychain.so"),
};

// `home`: the program's HOME and XDG folders (its settings, run journals and drill backups), when given.
ProgramRun run(const QString& program, const QStringList& args, const QString& home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DR_LANG"), QStringLiteral("en"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    }
    return runProgram(program, args, env, 120000);
}

// The shared libraries an ELF file names (DT_NEEDED), from readelf.
QStringList needed(const QString& file)
{
    const ProgramRun r = run(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral("-W"), file});
    QStringList libs;
    static const QRegularExpression entry(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    for (auto it = entry.globalMatch(r.out); it.hasNext();)
        libs << it.next().captured(1);
    return libs;
}

bool namesAny(const QStringList& libs, const QString& prefix)
{
    for (const QString& lib : libs)
        if (lib.startsWith(prefix))
            return true;
    return false;
}

} // namespace

class TestAppSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !DR_SPLIT_FIRST_WINDOW
        QSKIP("drrunbook is not split on this platform (ui/CMakeLists.txt)");
#endif
        // DR_CLI_PATH is BUILD/app/drrunbook-cli; the GUI and its module are beside it.
        m_dir = QFileInfo(QStringLiteral(DR_CLI_PATH)).absolutePath();
        m_gui = m_dir + QStringLiteral("/drrunbook");
        m_module = m_dir + QStringLiteral("/libdrrunbook-features.so");
        QVERIFY2(QFileInfo(m_gui).isExecutable(), qPrintable(m_gui + QStringLiteral(" is not built")));
        QVERIFY2(QFileInfo::exists(m_module), qPrintable(m_module + QStringLiteral(" is not built")));
    }

    void theExecutableLinksOnlyWhatItsWindowNeeds()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads ELF files");
#endif
        if (QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty())
            QSKIP("readelf (binutils) is not installed");
        const QStringList gui = needed(m_gui);
        QVERIFY2(namesAny(gui, QStringLiteral("libQt6Widgets.so")), qPrintable(gui.join(QLatin1Char(' '))));
        const QStringList module = needed(m_module);
        for (const QString& lib : kLoadedAfterTheWindow) {
            QVERIFY2(!namesAny(gui, lib), qPrintable(QStringLiteral("drrunbook links %1 (%2): what pulled it in "
                                                                    "belongs in the features (ui/AppFeatures.h)")
                                                         .arg(lib, gui.join(QLatin1Char(' ')))));
            QVERIFY2(
                namesAny(module, lib),
                qPrintable(QStringLiteral("the module does not link %1: %2").arg(lib, module.join(QLatin1Char(' ')))));
        }
    }

    void versionComesFromTheFeatures()
    {
        const ProgramRun r = run(m_gui, {QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("drrunbook ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("OpenSSL 3")), qPrintable(r.out));
    }

    // The whole start: the first window, then the module, the drill lab, and the dashboard's health calls and
    // certificate reads; --screenshot saves the window once the dashboard has answered.
    void theDrillStartsAfterTheFirstWindow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("window.png"));
        const ProgramRun r = run(m_gui, {QStringLiteral("--screenshot"), png}, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        const QImage shot(png);
        QVERIFY2(!shot.isNull(), "the screenshot is not an image");
        QVERIFY(shot.width() >= 800 && shot.height() >= 480);
    }

    // Installed without its module (a broken install): says what is missing and where it looked, and fails.
    void aMissingModuleIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lonely = dir.filePath(QStringLiteral("drrunbook"));
        QVERIFY(QFile::copy(m_gui, lonely));
        const ProgramRun version = run(lonely, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 1);
        QVERIFY2(version.err.contains(QStringLiteral("The recovery features are missing (looked for ")) &&
                     version.err.contains(dir.filePath(QStringLiteral("libdrrunbook-features.so"))),
                 qPrintable(version.err));
        // The window comes up, then the drill cannot start: the exit code says so (the reason is shown in the
        // window; offscreen, on its status bar).
        const ProgramRun window =
            run(lonely, {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("w.png"))}, dir.path());
        QCOMPARE(window.exitCode, 1);
    }

private:
    QString m_dir;
    QString m_gui;
    QString m_module;
};

QTEST_GUILESS_MAIN(TestAppSplit)
#include "tst_app_split.moc"
