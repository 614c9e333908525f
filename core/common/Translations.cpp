#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace dr::i18n {
namespace {

const QString kCatalogDir = QStringLiteral(":/i18n");
constexpr char kAnyContext[] = "*";

// lupdate does not always record the context tr() uses at run time (a file-local tr() helper inside a namespace,
// or a class lupdate fails to parse), so a lookup can miss although the text is translated. This translator is
// asked last and answers from the same catalog with the context ignored.
class AnyContextTranslator final : public QTranslator
{
public:
    explicit AnyContextTranslator(QObject* parent) : QTranslator(parent) {}
    bool loadFile(const QString& path) { return m_catalog.load(path); }
    bool isEmpty() const override { return m_catalog.isEmpty(); }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        // Qt's own classes are answered by Qt's catalog, never with the app's wording.
        if (context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z')
            return {};
        return m_catalog.translate(kAnyContext, sourceText, disambiguation, n);
    }

private:
    QTranslator m_catalog;
};

struct Installed
{
    QPointer<QTranslator> anyContext; // installed first: asked last
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt; // installed last: asked first, answers only Qt's own contexts
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator>& t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t.data();
    }
    t = nullptr;
}

void removeInstalled()
{
    Installed& s = installed();
    remove(s.qt);
    remove(s.app);
    remove(s.anyContext);
    s.language = QStringLiteral("en");
}

QString appCatalog(const QString& code)
{
    return kCatalogDir + QStringLiteral("/drrunbook_") + code + QStringLiteral(".qm");
}

QString anyContextCatalog(const QString& code)
{
    return kCatalogDir + QStringLiteral("/drrunbook-anycontext_") + code + QStringLiteral(".qm");
}

QString settingsOrganization()
{
    const QString org = QCoreApplication::organizationName();
    return org.isEmpty() ? QStringLiteral("drrunbook") : org;
}

// Qt's catalog: Qt's translations folder, then a "translations" folder next to the executable (deployed builds).
QTranslator* loadQtCatalog(const QString& code)
{
    auto* t = new QTranslator(QCoreApplication::instance());
    const QStringList dirs = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/translations")};
    for (const QString& dir : dirs) {
        if (t->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), dir))
            return t;
    }
    delete t;
    return nullptr;
}

bool install(const QString& exactQm, const QString& anyContextQm, const QString& code, bool withQt)
{
    auto* app = new QTranslator(QCoreApplication::instance());
    if (!app->load(exactQm)) {
        delete app;
        return false;
    }
    auto* any = new AnyContextTranslator(QCoreApplication::instance());
    if (anyContextQm.isEmpty() || !any->loadFile(anyContextQm)) {
        delete any;
        any = nullptr;
    }
    Installed& s = installed();
    remove(s.app);
    remove(s.anyContext);
    if (withQt)
        remove(s.qt); // tests keep Qt's catalog as it is
    s.anyContext = any;
    s.app = app;
    if (any)
        QCoreApplication::installTranslator(any);
    QCoreApplication::installTranslator(app);
    if (withQt) {
        s.qt = loadQtCatalog(code);
        if (s.qt)
            QCoreApplication::installTranslator(s.qt);
    }
    s.language = code;
    return true;
}

} // namespace

QString systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = normalizedLanguage(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QStringList availableLanguages()
{
    QStringList codes;
    static const QRegularExpression name(QStringLiteral("^drrunbook_([a-z]{2,3}(?:_[A-Z]{2})?)\\.qm$"));
    for (const QString& file : QDir(kCatalogDir).entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            codes << m.captured(1);
    }
    codes.removeAll(QStringLiteral("en"));
    codes.prepend(QStringLiteral("en"));
    return codes;
}

QString languageDisplayName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    if (locale.language() == QLocale::English)
        name = QStringLiteral("English");
    return name.left(1).toUpper() + name.mid(1);
}

QString normalizedLanguage(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    const QStringList codes = availableLanguages();
    QString wanted = v;
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString& c : codes) {
        if (c.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    const QString language = wanted.section(QLatin1Char('_'), 0, 0).toLower();
    for (const QString& c : codes) {
        if (c.section(QLatin1Char('_'), 0, 0) == language)
            return c;
    }
    return {};
}

QString languageSetting()
{
    const QSettings settings(settingsOrganization(), QStringLiteral("drrunbook"));
    return settings.value(QLatin1String(kLanguageSettingKey)).toString();
}

QString startupLanguage()
{
    const QString fromEnv = normalizedLanguage(qEnvironmentVariable(kLanguageEnvVar));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString fromSetting = normalizedLanguage(languageSetting());
    if (!fromSetting.isEmpty())
        return fromSetting;
    return systemLanguage();
}

bool applyLanguage(const QString& code)
{
    const bool followSystem = code.isEmpty() || code == QLatin1String("system");
    const QString language = followSystem ? systemLanguage() : normalizedLanguage(code);
    if (language.isEmpty())
        return false;
    if (language == QLatin1String("en")) {
        // The sources are English; the catalog holds only the plural forms ("%n day(s)" -> "1 day", "29 days").
        // Without it (a build without catalogs) the sources show as they are.
        if (!install(appCatalog(language), anyContextCatalog(language), language, true))
            removeInstalled();
        return true;
    }
    return install(appCatalog(language), anyContextCatalog(language), language, true);
}

bool setLanguage(const QString& code)
{
    return applyLanguage(code) && storeLanguageSetting(code);
}

bool storeLanguageSetting(const QString& code)
{
    const bool followSystem = code.isEmpty() || code == QLatin1String("system");
    const QString language = followSystem ? QString() : normalizedLanguage(code);
    if (!followSystem && language.isEmpty())
        return false;
    QSettings settings(settingsOrganization(), QStringLiteral("drrunbook"));
    settings.setValue(QLatin1String(kLanguageSettingKey), language);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString currentLanguage()
{
    return installed().language;
}

bool applyCatalogFiles(const QString& exactQm, const QString& anyContextQm)
{
    return install(exactQm, anyContextQm, QFileInfo(exactQm).completeBaseName(), false);
}

} // namespace dr::i18n
