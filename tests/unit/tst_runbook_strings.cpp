// The translation extraction file (core/runbook/ScenarioStrings.cpp) must list exactly the strings of the scenario
// files, so that lupdate (which cannot read JSON) offers every one of them to translators.
#include "runbook/ScenarioLibrary.h"
#include "runbook/ScenarioText.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dr::runbook;

namespace {
// Stands in for a loaded .qm: "translates" every scenario string by prefixing it.
class PrefixTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, kTranslationContext) != 0)
            return {};
        return QStringLiteral("XX:") + QString::fromUtf8(source);
    }
};
} // namespace

class TestRunbookStrings : public QObject
{
    Q_OBJECT
private:
    static QString sourceRoot() { return QDir(QStringLiteral(DR_TEST_DATA_DIR "/../..")).canonicalPath(); }

private slots:
    void generatedFileIsInSync()
    {
        ScenarioLibrary lib;
        QVERIFY2(lib.loadDirectory(sourceRoot() + QStringLiteral("/resources/scenarios"), false),
                 qPrintable(lib.errors().join(QLatin1Char('\n'))));
        const QString expected = renderStringsSource(extractStrings(lib.all()));
        QFile f(sourceRoot() + QStringLiteral("/core/runbook/ScenarioStrings.cpp"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString actual = QString::fromUtf8(f.readAll());
        if (actual != expected) {
            const QString fresh = QDir::temp().filePath(QStringLiteral("ScenarioStrings.cpp"));
            QFile out(fresh);
            if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(expected.toUtf8());
            QFAIL(qPrintable(QStringLiteral("core/runbook/ScenarioStrings.cpp is out of date with resources/scenarios. "
                                            "Regenerated: cp %1 %2/core/runbook/ScenarioStrings.cpp")
                                 .arg(fresh, sourceRoot())));
        }
    }

    void compiledTableMatchesScenarios()
    {
        // What is compiled in is what lupdate saw: the same set as the scenario files, no more, no less.
        ScenarioLibrary lib = ScenarioLibrary::builtin(false);
        QVERIFY2(lib.isValid(), qPrintable(lib.errors().join(QLatin1Char('\n'))));
        QStringList fromFiles;
        for (const SourceString& s : extractStrings(lib.all()))
            fromFiles << s.text;
        QCOMPARE(compiledStrings(), fromFiles);
        QVERIFY(fromFiles.contains(QStringLiteral("Check **Enable Backup Operations**.")));
    }

    void escapingIsValidCpp()
    {
        const QString src =
            renderStringsSource({{QStringLiteral("a \"quoted\" \\ back\nslash"), QStringLiteral("x.json#s")}});
        QVERIFY(
            src.contains(QStringLiteral("QT_TRANSLATE_NOOP(\"scenario\", \"a \\\"quoted\\\" \\\\ back\\nslash\")")));
        QVERIFY(src.contains(QStringLiteral("//: x.json#s")));
    }

    void lupdateExtractsEveryString()
    {
        QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("scenario.ts"));
        QProcess p;
        p.start(lupdate,
                {sourceRoot() + QStringLiteral("/core/runbook/ScenarioStrings.cpp"), QStringLiteral("-ts"), ts});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QCOMPARE(int(xml.count("<message")), int(compiledStrings().size()));
        QVERIFY(xml.contains("<name>scenario</name>"));
        QVERIFY(xml.contains("Click **Upload Backup**."));
    }

    void scenariosAreTranslatedAtLoad()
    {
        PrefixTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const ScenarioLibrary lib = ScenarioLibrary::builtin(true);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(lib.isValid());
        const Scenario* sc = lib.find(QStringLiteral("failover_primary_failed"));
        QCOMPARE(sc->title, QStringLiteral("XX:Failover pair: the primary appliance failed"));
        const Step* step = sc->step(QStringLiteral("become_primary_button"));
        QVERIFY(step->body.startsWith(QStringLiteral("XX:To use the button")));
        QVERIFY(step->warnings.first().startsWith(QStringLiteral("XX:")));
        QCOMPARE(step->source, QStringLiteral("Appliance Recovery > Failover and Spare Appliances")); // not translated
        QCOMPARE(step->id, QStringLiteral("become_primary_button"));
        const Step* decision = sc->step(QStringLiteral("routing"));
        QCOMPARE(decision->decision.options.first().label, QStringLiteral("XX:Shared IP"));
        QCOMPARE(decision->decision.options.first().value, QStringLiteral("shared_ip"));
    }

    void untranslatedTextIsTheSource()
    {
        QCOMPARE(translateText(QStringLiteral("Click **Upload Backup**.")), QStringLiteral("Click **Upload Backup**."));
    }
};

QTEST_GUILESS_MAIN(TestRunbookStrings)
#include "tst_runbook_strings.moc"
