// The install tree that the Debian package is made from: `cmake --install BUILD --prefix TMP`, then the files a
// desktop needs are there and valid (desktop-file-validate, appstreamcli, man), the installed programs run, and the
// man page of drrunbook-cli documents exactly the commands that `drrunbook-cli --help` lists.
#include "common/BuildInfo.h"
#include "unit/tst_run_program.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("org.drrunbook.DrRunbook");

QString sourceDir()
{
    return QDir::cleanPath(QStringLiteral(DR_TEST_DATA_DIR "/../.."));
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestPkgInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expectedFiles();
    void installedProgramsRun();
    void changelogNamesThisVersion();
    void desktopFileValidates();
    void desktopFileNamesInstalledFiles();
    void metainfoValidates();
    void iconIsScalableSvg();
    void manPagesRender();
    void manPageListsEveryCommand();

private:
    QString installed(const QString& relative) const { return m_prefix.filePath(relative); }

    QTemporaryDir m_prefix;
    QString m_buildDir;
};

void TestPkgInstall::initTestCase()
{
    QVERIFY2(m_prefix.isValid(), qPrintable(m_prefix.errorString()));
    // DR_CLI_PATH is BUILD/app/drrunbook-cli.
    const QFileInfo cli(QStringLiteral(DR_CLI_PATH));
    m_buildDir = QDir::cleanPath(cli.absolutePath() + QStringLiteral("/.."));
    const QString cache = readText(m_buildDir + QStringLiteral("/CMakeCache.txt"));
    QVERIFY2(!cache.isEmpty(), qPrintable(QStringLiteral("no CMakeCache.txt in %1").arg(m_buildDir)));
    const QRegularExpressionMatch cmake =
        QRegularExpression(QStringLiteral("^CMAKE_COMMAND:INTERNAL=(.+)$"), QRegularExpression::MultilineOption)
            .match(cache);
    QVERIFY2(cmake.hasMatch(), "CMAKE_COMMAND is not in CMakeCache.txt");
    for (const QString& program : {QStringLiteral("drrunbook"), QStringLiteral("drrunbook-cli")}) {
        QVERIFY2(QFileInfo::exists(cli.absolutePath() + QLatin1Char('/') + program),
                 qPrintable(QStringLiteral("%1 is not built in %2: build the whole project (cmake --build %3) "
                                           "before this test")
                                .arg(program, cli.absolutePath(), m_buildDir)));
    }

    const ProgramRun install = runProgram(cmake.captured(1).trimmed(), {QStringLiteral("--install"), m_buildDir,
                                                                        QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(QStringLiteral("cmake --install failed (%1):\n%2\n%3")
                                                   .arg(install.exitCode)
                                                   .arg(install.out, install.err)));
}

void TestPkgInstall::expectedFiles()
{
    const QStringList files = {
        QStringLiteral("bin/drrunbook"),
        QStringLiteral("bin/drrunbook-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/man/man1/drrunbook-cli.1.gz"),
        QStringLiteral("share/man/man1/drrunbook.1.gz"),
        QStringLiteral("share/doc/drrunbook/copyright"),
        QStringLiteral("share/doc/drrunbook/changelog.Debian.gz"),
    };
    for (const QString& file : files) {
        const QFileInfo info(installed(file));
        QVERIFY2(info.isFile(), qPrintable(QStringLiteral("%1 was not installed").arg(file)));
        QVERIFY2(info.size() > 0, qPrintable(QStringLiteral("%1 is empty").arg(file)));
    }
    // The GUI's features module, where the executable looks for it (ui/CMakeLists.txt, DR_FEATURES_INSTALL_DIR).
    QStringList modules;
    QDirIterator it(m_prefix.path(), {QStringLiteral("libdrrunbook-features.so")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        modules << QDir(m_prefix.path()).relativeFilePath(it.next());
    QCOMPARE(modules.size(), 1);
    QVERIFY2(modules.first().startsWith(QStringLiteral("lib")) &&
                 modules.first().endsWith(QStringLiteral("/drrunbook/libdrrunbook-features.so")),
             qPrintable(modules.first()));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/drrunbook"))).isExecutable());
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/drrunbook-cli"))).isExecutable());
}

void TestPkgInstall::installedProgramsRun()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& program : {QStringLiteral("drrunbook-cli"), QStringLiteral("drrunbook")}) {
        const ProgramRun r =
            runProgram(installed(QStringLiteral("bin/") + program), {QStringLiteral("--version")}, env);
        QVERIFY2(r.exitCode == 0,
                 qPrintable(QStringLiteral("%1 --version: exit %2\n%3").arg(program).arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.startsWith(program + QLatin1Char(' ') + dr::appVersion() + QLatin1Char('\n')),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Qt ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("OpenSSL 3.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("OpenSSL legacy provider: ")), qPrintable(r.out));
    }
}

void TestPkgInstall::changelogNamesThisVersion()
{
    const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
    QVERIFY(!gzip.isEmpty());
    const ProgramRun r =
        runProgram(gzip, {QStringLiteral("-dc"), installed(QStringLiteral("share/doc/drrunbook/changelog.Debian.gz"))});
    QCOMPARE(r.exitCode, 0);
    // The newest entry is this version: bump installer/linux/changelog with project(VERSION).
    const QString first = r.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.startsWith(QStringLiteral("drrunbook (%1-").arg(dr::appVersion())), qPrintable(first));
}

void TestPkgInstall::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: apt-get install desktop-file-utils)");
    const ProgramRun r = runProgram(tool, {installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(QStringLiteral("desktop-file-validate warns:\n") + r.out));
}

void TestPkgInstall::desktopFileNamesInstalledFiles()
{
    const QString desktop = readText(installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    const auto value = [&desktop](const QString& key) {
        return QRegularExpression(QStringLiteral("^%1=(.*)$").arg(key), QRegularExpression::MultilineOption)
            .match(desktop)
            .captured(1);
    };
    QCOMPARE(value(QStringLiteral("Icon")), kAppId);
    const QString exec = value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0);
    QVERIFY2(QFileInfo(installed(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec));
    QCOMPARE(value(QStringLiteral("StartupWMClass")), QStringLiteral("drrunbook"));
}

void TestPkgInstall::metainfoValidates()
{
    const QString path = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    // The newest release is the version the programs report.
    QXmlStreamReader xml(readText(path));
    QString id;
    QString release;
    QString launchable;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id") && id.isEmpty())
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (xml.name() == QLatin1String("release") && release.isEmpty())
            release = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(release, dr::appVersion());

    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: apt-get install appstream)");
    const ProgramRun r = runProgram(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestPkgInstall::iconIsScalableSvg()
{
    QXmlStreamReader xml(readText(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("svg"));
    const QStringList box = xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
    QCOMPARE(box.size(), 4);
    QCOMPARE(box[2], box[3]); // square
    int shapes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            (xml.name() == QLatin1String("rect") || xml.name() == QLatin1String("path") ||
             xml.name() == QLatin1String("circle")))
            ++shapes;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(shapes >= 5);
}

void TestPkgInstall::manPagesRender()
{
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty())
        QSKIP("man is not installed (Debian: apt-get install man-db)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("MANPAGER"));
    env.remove(QStringLiteral("PAGER"));
    for (const QString& page : {QStringLiteral("drrunbook-cli"), QStringLiteral("drrunbook")}) {
        const QString file = installed(QStringLiteral("share/man/man1/%1.1.gz").arg(page));
        const ProgramRun r = runProgram(man, {QStringLiteral("--warnings"), QStringLiteral("-l"), file}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(QStringLiteral("groff warns on %1:\n%2").arg(page, r.err)));
        QVERIFY2(r.out.contains(QStringLiteral("NAME")) && r.out.contains(QStringLiteral("SYNOPSIS")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(page) && r.out.contains(QStringLiteral("BeyondTrust")), qPrintable(r.out));
    }
}

void TestPkgInstall::manPageListsEveryCommand()
{
    const ProgramRun help = runProgram(QStringLiteral(DR_CLI_PATH), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    // "  appliances --url ..." : one line per command, two spaces in, before the general options.
    QSet<QString> commands;
    const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)(?: |$)"));
    for (const QString& l : help.out.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            commands.insert(m.captured(1));
    }
    QVERIFY2(commands.size() >= 10, qPrintable(help.out));

    const QString page = readText(sourceDir() + QStringLiteral("/installer/linux/drrunbook-cli.1"));
    QVERIFY(!page.isEmpty());
    const QString commandsSection =
        page.section(QStringLiteral("\n.SH COMMANDS\n"), 1).section(QStringLiteral("\n.SH "), 0, 0);
    QSet<QString> documented;
    const QRegularExpression heading(QStringLiteral("^\\.SS (\\S+)$"), QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(commandsSection); it.hasNext();)
        documented.insert(it.next().captured(1));
    QSet<QString> missing = commands;
    missing.subtract(documented);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("commands without a .SS section in installer/linux/drrunbook-cli.1 (add one): %1")
                       .arg(QStringList(missing.values()).join(QStringLiteral(", ")))));
    // A section for a command that is not (or no longer) built is reported, not failed: commands are added by
    // several people at once, and the page may describe one a moment before it lands.
    QSet<QString> extra = documented;
    extra.subtract(commands);
    if (!extra.isEmpty())
        qWarning("drrunbook-cli.1 documents commands that --help does not list: %s",
                 qPrintable(QStringList(extra.values()).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestPkgInstall)
#include "tst_pkg_install.moc"
