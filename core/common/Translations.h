#pragma once

#include <QStringList>

// Which language the app speaks, for both executables. The catalogs are built from translations/drrunbook_*.ts and
// embedded as resources (":/i18n/drrunbook_<code>.qm"); Qt's own strings come from qtbase_<code>.qm in Qt's
// translations folder. Every function needs a running QCoreApplication (or QApplication).
//
// Where the language comes from, first match wins:
//   drrunbook-cli --lang CODE  >  the DR_LANG environment variable  >  the stored setting  >  the system's languages
// The setting is shared by drrunbook and drrunbook-cli: QSettings(organizationName(), "drrunbook"), key
// kLanguageSettingKey; an empty value means "follow the system".
namespace dr::i18n {

inline constexpr char kLanguageSettingKey[] = "ui/language";
inline constexpr char kLanguageEnvVar[] = "DR_LANG";

// Codes of the languages the app can show: "en" (the language of the sources) first, then every language with a
// built-in catalog, e.g. {"en", "de", "fr"}.
QStringList availableLanguages();

// The language's name in that language ("Deutsch", "Français", "English"), for a settings list.
QString languageDisplayName(const QString& code);

// The code of availableLanguages() that matches a user's value ("de", "de_DE", "de-AT", "DE" -> "de"); empty when
// none does.
QString normalizedLanguage(const QString& value);

// The language to show at start: DR_LANG, else the stored setting, else the first of the system's UI languages the
// app has, else "en". A value the app does not have falls through to the next source.
QString startupLanguage();

// The first of the system's UI languages that the app has, else "en".
QString systemLanguage();

// Installs the app's catalog and Qt's own for code ("en": the English plural forms only; "" or "system": follow the
// system), replacing the ones installed before; widgets receive QEvent::LanguageChange. Returns false, and changes
// nothing, when the app has no catalog for code. Does not store anything: see setLanguage().
bool applyLanguage(const QString& code);

// The user's choice (the GUI's settings): applyLanguage(code) and, when that worked, store the code ("" or "system"
// = follow the system) as the setting.
bool setLanguage(const QString& code);

// Stores the choice without applying it ("" or "system" = follow the system): for the GUI, whose windows take
// their texts when built, so the choice applies at the next start. False, and nothing stored, when the app has no
// such language or the setting cannot be written.
bool storeLanguageSetting(const QString& code);

// The stored choice; empty when the app follows the system.
QString languageSetting();

// The language applied last: "en" before any applyLanguage().
QString currentLanguage();

// For tests: install an app catalog made by lrelease from files instead of the built-in one (Qt's own catalog is
// left as it is). anyContextQm, when not empty, is the same catalog with every context renamed to "*" (see
// translations/AnyContext.cmake); it answers tr() calls whose context lupdate recorded differently.
bool applyCatalogFiles(const QString& exactQm, const QString& anyContextQm);

} // namespace dr::i18n
