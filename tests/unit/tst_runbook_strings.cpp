// The translation extraction file (core/runbook/ScenarioStrings.cpp) must list exactly the strings of the scenario
// files, so that lupdate (which cannot read JSON) offers every one of them to translators.
#include "runbook/ScenarioLibrary.h"
#include "runbook/ScenarioText.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dr::runbook;

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
        const QString src = renderStringsSource({{QStringLiteral("a \"quoted\" \\ back\nslash"), QStringLiteral("x.json#s")}});
        QVERIFY(src.contains(QStringLiteral("QT_TRANSLATE_NOOP(\"scenario\", \"a \\\"quoted\\\" \\\\ back\\nslash\")")));
        QVERIFY(src.contains(QStringLiteral("//: x.json#s")));
    }

    void untranslatedTextIsTheSource()
    {
        QCOMPARE(translateText(QStringLiteral("Click **Upload Backup**.")), QStringLiteral("Click **Upload Backup**."));
    }
};

QTEST_GUILESS_MAIN(TestRunbookStrings)
#include "tst_runbook_strings.moc"
