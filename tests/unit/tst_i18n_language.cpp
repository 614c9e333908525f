// dr::i18n: which languages exist, where the language comes from (DR_LANG, the setting, the system), that the
// embedded catalogs answer (also for tr() calls whose context lupdate recorded differently), Qt's own catalog, and
// drrunbook-cli --lang.
#include "common/Translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::i18n;

class TestI18nLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("drrunbook"));
        qunsetenv(kLanguageEnvVar);
    }

    void cleanup()
    {
        qunsetenv(kLanguageEnvVar);
        applyLanguage(QStringLiteral("en"));
    }

    void languages()
    {
        const QStringList codes = availableLanguages();
        QCOMPARE(codes.first(), QStringLiteral("en"));
        QVERIFY(codes.contains(QStringLiteral("de")));
        QVERIFY(codes.contains(QStringLiteral("fr")));
        QCOMPARE(languageDisplayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(languageDisplayName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(languageDisplayName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(normalizedLanguage(QStringLiteral("de-AT")), QStringLiteral("de"));
        QCOMPARE(normalizedLanguage(QStringLiteral("DE_de")), QStringLiteral("de"));
        QCOMPARE(normalizedLanguage(QStringLiteral(" fr ")), QStringLiteral("fr"));
        QCOMPARE(normalizedLanguage(QStringLiteral("xx")), QString());
        QCOMPARE(normalizedLanguage(QString()), QString());
    }

    void germanCatalogAnswers()
    {
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        QVERIFY(applyLanguage(QStringLiteral("de")));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("dr::ui::MainWindow", "Something is &down"),
                 QStringLiteral("Etwas ist a&usgefallen"));
        QCOMPARE(QCoreApplication::translate("scenario", "Check **Enable Backup Operations**."),
                 QStringLiteral("Aktivieren Sie **Enable Backup Operations**."));
        // lupdate filed this under "dr" (a file-local tr() in the namespace); the code asks its own context
        QCOMPARE(QCoreApplication::translate("dr::AtomicWrite", "Cannot write %1: %2"),
                 QStringLiteral("%1 kann nicht geschrieben werden: %2"));
        QCOMPARE(QCoreApplication::translate("dr::runbook::RunReport", "Resumed %n time(s) after an interruption.",
                                             nullptr, 2),
                 QStringLiteral("Nach Unterbrechungen 2-mal fortgesetzt."));
        // an unknown text stays as it is
        QCOMPARE(QCoreApplication::translate("dr::ui::MainWindow", "no such text"), QStringLiteral("no such text"));
        QVERIFY(applyLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("dr::ui::MainWindow", "Something is &down"),
                 QStringLiteral("Something is &down"));
    }

    // English has a catalog for its plural forms only: "%n day(s)" reads "1 day" and "29 days"; every other text is
    // the source itself. Switching to German and back keeps them.
    void englishPluralForms()
    {
        QVERIFY(applyLanguage(QStringLiteral("en")));
        QCOMPARE(currentLanguage(), QStringLiteral("en"));
        const auto days = [](int n) {
            return QCoreApplication::translate("dr::ui::DashboardModel", "OK: %n day(s) left", nullptr, n);
        };
        QCOMPARE(days(1), QStringLiteral("OK: 1 day left"));
        QCOMPARE(days(29), QStringLiteral("OK: 29 days left"));
        QCOMPARE(days(0), QStringLiteral("OK: 0 days left"));
        QCOMPARE(QCoreApplication::translate("dr::ui::BackupManager", "%n backup(s) are damaged.", nullptr, 1),
                 QStringLiteral("1 backup is damaged."));
        QCOMPARE(QCoreApplication::translate("dr::ui::MainWindow", "Something is &down"),
                 QStringLiteral("Something is &down"));
        QVERIFY(applyLanguage(QStringLiteral("de")));
        QVERIFY(applyLanguage(QStringLiteral("en")));
        QCOMPARE(days(2), QStringLiteral("OK: 2 days left"));
    }

    void qtsOwnCatalog()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German catalog is not installed (qt6-translations-l10n)");
        QVERIFY(applyLanguage(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // the any-context fallback never answers Qt's classes with the app's wording
        QCOMPARE(QCoreApplication::translate("QFooWidget", "Yes"), QStringLiteral("Yes"));
    }

    void unknownLanguageChangesNothing()
    {
        QVERIFY(applyLanguage(QStringLiteral("de")));
        QVERIFY(!applyLanguage(QStringLiteral("xx")));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        QVERIFY(!setLanguage(QStringLiteral("klingon")));
        QCOMPARE(languageSetting(), QString());
    }

    void whereTheLanguageComesFrom()
    {
        QVERIFY(setLanguage(QStringLiteral("fr")));
        QCOMPARE(currentLanguage(), QStringLiteral("fr"));
        QCOMPARE(languageSetting(), QStringLiteral("fr"));
        QCOMPARE(startupLanguage(), QStringLiteral("fr"));
        // stored where drrunbook and drrunbook-cli both read it
        QCOMPARE(QSettings(QStringLiteral("drrunbook"), QStringLiteral("drrunbook"))
                     .value(QLatin1String(kLanguageSettingKey))
                     .toString(),
                 QStringLiteral("fr"));
        qputenv(kLanguageEnvVar, "de_CH");
        QCOMPARE(startupLanguage(), QStringLiteral("de"));
        qputenv(kLanguageEnvVar, "xx"); // unknown: falls through to the setting
        QCOMPARE(startupLanguage(), QStringLiteral("fr"));
        qunsetenv(kLanguageEnvVar);
        QVERIFY(setLanguage(QString())); // follow the system again
        QCOMPARE(languageSetting(), QString());
        const QString system = startupLanguage();
        QVERIFY(availableLanguages().contains(system));
    }

    void commandLineTool()
    {
        const QString cli = QStringLiteral(DR_CLI_PATH);
        if (!QFile::exists(cli))
            QSKIP("drrunbook-cli is not built");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
        env.remove(QString::fromLatin1(kLanguageEnvVar));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        auto run = [&](const QStringList& args, const QProcessEnvironment& e, QByteArray* out, QByteArray* err) {
            QProcess p;
            p.setProcessEnvironment(e);
            p.start(cli, args);
            if (!p.waitForFinished(60'000))
                return -1;
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        QByteArray err;
        QCOMPARE(run({QStringLiteral("help")}, env, &out, &err), 0);
        QVERIFY2(out.contains("Usage: drrunbook-cli COMMAND"), out.constData());
        // Each command: its syntax as it is, then what it does, in the language asked for.
        QVERIFY2(out.contains("  lab [--topology single|pair|atlas] [--port N] [--json]\n      Run the drill lab"),
                 out.constData());
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("help")}, env, &out, &err), 0);
        QVERIFY2(out.contains("Aufruf: drrunbook-cli BEFEHL"), out.constData());
        QVERIFY2(out.contains("  lab [--topology single|pair|atlas] [--port N] [--json]\n      Das Übungslabor"),
                 out.constData());
        QCOMPARE(run({QStringLiteral("help"), QStringLiteral("--lang=de")}, env, &out, &err), 0);
        QVERIFY2(out.contains("Aufruf: drrunbook-cli BEFEHL"), out.constData());
        QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("help")}, env, &out, &err), 64);
        QVERIFY2(err.contains("'xx'") && err.contains("de"), err.constData());
        QProcessEnvironment german = env;
        german.insert(QString::fromLatin1(kLanguageEnvVar), QStringLiteral("de"));
        QCOMPARE(run({QStringLiteral("no-such-command")}, german, &out, &err), 64);
        QVERIFY2(err.contains("unbekannter Befehl"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestI18nLanguage)
#include "tst_i18n_language.moc"
