// The translation catalogs (translations/drrunbook_*.ts):
//  - every finished translation keeps the source's %1..%9 / %n placeholders, its HTML tags, its **label** markup
//    and its & mnemonic (any language);
//  - a language marked complete in translations/README.md ("Complete languages: de") has no unfinished, empty,
//    vanished or obsolete message, and lupdate over today's sources finds nothing new to translate in it.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(DR_TEST_DATA_DIR "/../..")).canonicalPath();
}

QString translationsDir()
{
    return sourceRoot() + QStringLiteral("/translations");
}

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;
    bool numerus = false;
    int line = 0;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList placeholders(const QString& s, bool numerus)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    if (numerus)
        out.removeDuplicates();
    return out;
}

QStringList tags(const QString& s)
{
    static const QRegularExpression re(
        QStringLiteral("</?(b|i|p|br|tt|a|u|ul|li|ol|code|pre|span|div|h[1-6])\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured().toLower();
    out.sort();
    return out;
}

int mnemonics(const QString& s)
{
    QString t = s;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?=\\S)(?![a-zA-Z]+;)"));
    return int(t.count(re));
}

// What is wrong with one finished translation, or empty.
QString formatProblem(const Message& m)
{
    QStringList problems;
    for (const QString& form : m.forms) {
        QStringList want = placeholders(m.source, m.numerus);
        QStringList have = placeholders(form, m.numerus);
        if (m.numerus) { // a plural form may leave out %n ("one file" for n == 1)
            want.removeAll(QStringLiteral("%n"));
            have.removeAll(QStringLiteral("%n"));
        }
        if (have != want)
            problems << QStringLiteral("placeholders %1 instead of %2")
                            .arg(placeholders(form, m.numerus).join(QLatin1Char(',')),
                                 placeholders(m.source, m.numerus).join(QLatin1Char(',')));
        if (tags(form) != tags(m.source))
            problems << QStringLiteral("HTML tags differ");
        if (form.count(QStringLiteral("**")) != m.source.count(QStringLiteral("**")))
            problems << QStringLiteral("**label** markup differs");
        if (mnemonics(form) != mnemonics(m.source))
            problems << QStringLiteral("& mnemonic count differs");
    }
    problems.removeDuplicates();
    return problems.join(QStringLiteral("; "));
}

QString describe(const Message& m)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(90));
}

QStringList completeLanguages()
{
    QFile f(translationsDir() + QStringLiteral("/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(QStringLiteral("^Complete languages:(.*)$"),
                                         QRegularExpression::MultilineOption);
    const QString list = line.match(QString::fromUtf8(f.readAll())).captured(1);
    QStringList out;
    for (const QString& code : list.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << code;
    return out;
}

QString qtTool(const QString& name)
{
    for (const QString& dir :
         {QLibraryInfo::path(QLibraryInfo::BinariesPath), QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
          QStringLiteral("/usr/lib/qt6/bin")}) {
        if (QFile::exists(dir + QLatin1Char('/') + name))
            return dir + QLatin1Char('/') + name;
    }
    return {};
}

} // namespace

class TestI18nCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void checksThemselves()
    {
        Message m{QStringLiteral("c"), QStringLiteral("<b>%1</b> of %2: &Next"), {}, {}, false, 1};
        m.forms = {QStringLiteral("<b>%1</b> von %2: &Weiter")};
        QCOMPARE(formatProblem(m), QString());
        m.forms = {QStringLiteral("<b>%1</b> von: &Weiter")};
        QVERIFY(formatProblem(m).contains(QStringLiteral("placeholders")));
        m.forms = {QStringLiteral("%1 von %2: &Weiter")};
        QVERIFY(formatProblem(m).contains(QStringLiteral("HTML")));
        m.forms = {QStringLiteral("<b>%1</b> von %2: Weiter")};
        QVERIFY(formatProblem(m).contains(QStringLiteral("mnemonic")));
        QCOMPARE(mnemonics(QStringLiteral("Branding &amp; Messaging && more")), 0);
        Message plural{QStringLiteral("c"), QStringLiteral("%n file(s) in %1"), {}, {}, true, 1};
        plural.forms = {QStringLiteral("eine Datei in %1"), QStringLiteral("%n Dateien in %1")};
        QCOMPARE(formatProblem(plural), QString());
        plural.forms = {QStringLiteral("eine Datei"), QStringLiteral("%n Dateien in %1")};
        QVERIFY(!formatProblem(plural).isEmpty());
        QVERIFY(completeLanguages().contains(QStringLiteral("de")));
    }

    void translationsKeepTheirFormat_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& ts : QDir(translationsDir()).entryList({QStringLiteral("drrunbook_*.ts")}))
            if (ts != QLatin1String("drrunbook_en.ts")) // plural forms only: englishPluralFormsComplete()
                QTest::newRow(qPrintable(ts)) << ts;
    }

    void translationsKeepTheirFormat()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(translationsDir() + QLatin1Char('/') + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList bad;
        for (const Message& m : messages) {
            if (m.type == QLatin1String("unfinished") || m.forms.join(QString()).isEmpty())
                continue;
            const QString problem = formatProblem(m);
            if (!problem.isEmpty())
                bad << describe(m) + QStringLiteral(": ") + problem;
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // drrunbook_en.ts holds the English plural forms of every message with %n (lupdate -pluralonly), each finished,
    // with a singular and a plural form, neither left with "(s)", and the same placeholders as the source.
    void englishPluralFormsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(translationsDir() + QStringLiteral("/drrunbook_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= 20);
        QStringList bad;
        for (const Message& m : messages) {
            if (!m.numerus)
                bad << describe(m) + QStringLiteral(": not a plural message");
            else if (!m.type.isEmpty())
                bad << describe(m) + QStringLiteral(": ") + m.type;
            else if (m.forms.size() != 2 || m.forms.contains(QString()))
                bad << describe(m) + QStringLiteral(": needs a singular and a plural form");
            else if (m.forms.join(QString()).contains(QLatin1String("(s)")))
                bad << describe(m) + QStringLiteral(": a form still says (s)");
            else if (const QString problem = formatProblem(m); !problem.isEmpty())
                bad << describe(m) + QStringLiteral(": ") + problem;
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void completeLanguagesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& code : completeLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void completeLanguagesAreComplete()
    {
        QFETCH(QString, language);
        const QString path = translationsDir() + QStringLiteral("/drrunbook_") + language + QStringLiteral(".ts");
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is marked complete but does not exist")));
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList bad;
        for (const Message& m : messages) {
            if (!m.type.isEmpty())
                bad << describe(m) + QStringLiteral(": ") + m.type;
            else if (m.forms.isEmpty() || m.forms.contains(QString()))
                bad << describe(m) + QStringLiteral(": empty translation");
        }
        QVERIFY2(bad.isEmpty(),
                 qPrintable(QStringLiteral("%1 is marked complete in translations/README.md, but:\n").arg(path) +
                            bad.join(QLatin1Char('\n'))));
    }

    void completeLanguagesCoverTodaysSources_data() { completeLanguagesAreComplete_data(); }

    void completeLanguagesCoverTodaysSources()
    {
        QFETCH(QString, language);
        const QString lupdate = qtTool(QStringLiteral("lupdate"));
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("drrunbook_") + language + QStringLiteral(".ts"));
        QVERIFY(
            QFile::copy(translationsDir() + QStringLiteral("/drrunbook_") + language + QStringLiteral(".ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString root = sourceRoot();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        // English: the plural forms only, as translations/CMakeLists.txt makes it.
        const QStringList only =
            language == QLatin1String("en") ? QStringList{QStringLiteral("-pluralonly")} : QStringList{};
        p.start(lupdate,
                only + QStringList{QStringLiteral("-silent"), QStringLiteral("-tr-function-alias"), QStringLiteral("tr+=trI,tr+=trA"),
                 QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                 QStringLiteral("-I"), root + QStringLiteral("/core"), QStringLiteral("-I"), root, QStringLiteral("-I"),
                 root + QStringLiteral("/app/cli"), root + QStringLiteral("/app"), root + QStringLiteral("/ui"),
                 root + QStringLiteral("/core"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(240'000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList fresh;
        for (const Message& m : messages) {
            if (m.type == QLatin1String("unfinished"))
                fresh << QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
        }
        QVERIFY2(fresh.isEmpty(),
                 qPrintable(QStringLiteral("%1 new or changed source text(s) are not translated into %2 yet; run "
                                           "`cmake --build <build> --target update_translations`, translate them "
                                           "in translations/drrunbook_%2.ts (see translations/README.md):\n")
                                .arg(fresh.size())
                                .arg(language) +
                            fresh.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestI18nCatalogs)
#include "tst_i18n_catalogs.moc"
