#include "AppFeatures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

// Defined by AppFeaturesImpl.cpp. The tests link it; so does drrunbook where it is not split (not Linux: see
// ui/CMakeLists.txt). A split drrunbook has none of its own and loads it from the module.
#if DR_FEATURES_IN_EXECUTABLE
extern "C" dr::ui::AppFeatures* drrunbook_app_features();
#else
extern "C" dr::ui::AppFeatures* drrunbook_app_features() __attribute__((weak));
#endif

namespace dr::ui {

namespace {

using Entry = AppFeatures* (*)();

struct State
{
    AppFeatures* features = nullptr;
    QString error;
    // The module: loaded once, never unloaded (the windows it builds live as long as the application).
    QLibrary* library = nullptr;
};

State& state()
{
    static State s;
    return s;
}

#ifdef DR_FEATURES_MODULE_NAME
// Beside the executable (the build tree), then where the install put it.
QStringList moduleCandidates()
{
    const QString dir = QCoreApplication::applicationDirPath();
    QStringList candidates{dir + QStringLiteral("/" DR_FEATURES_MODULE_NAME)};
#ifdef DR_FEATURES_INSTALL_DIR
    candidates << QDir::cleanPath(dir + QStringLiteral("/" DR_FEATURES_INSTALL_DIR "/" DR_FEATURES_MODULE_NAME));
#endif
    return candidates;
}
#endif

AppFeatures* loadModule(QLibrary** loaded, QString* error)
{
#ifdef DR_FEATURES_MODULE_NAME
    QStringList tried;
    for (const QString& path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        auto* library = new QLibrary(path);
        const auto entry = reinterpret_cast<Entry>(library->resolve("drrunbook_app_features"));
        AppFeatures* features = entry ? entry() : nullptr;
        if (!features) {
            *error = QCoreApplication::translate("AppFeatures", "The recovery features in %1 cannot be loaded: %2.")
                         .arg(path, library->errorString());
            delete library;
            return nullptr;
        }
        if (features->build() != QStringLiteral(DR_APP_FEATURES_BUILD)) {
            *error =
                QCoreApplication::translate(
                    "AppFeatures", "The recovery features in %1 belong to another build of drrunbook (%2, not %3).")
                    .arg(path, features->build(), QStringLiteral(DR_APP_FEATURES_BUILD));
            *loaded = library; // its initialisers ran: kept, unused, rather than unloaded under them
            return nullptr;
        }
        *loaded = library;
        return features;
    }
    *error = QCoreApplication::translate("AppFeatures", "The recovery features are missing (looked for %1).")
                 .arg(tried.join(QStringLiteral(", ")));
    return nullptr;
#else
    (void)loaded;
    *error = QCoreApplication::translate("AppFeatures", "This build of drrunbook has no recovery features.");
    return nullptr;
#endif
}

} // namespace

AppFeatures* appFeatures()
{
    State& s = state();
    if (s.features)
        return s.features;
    if (drrunbook_app_features)
        s.features = drrunbook_app_features();
    else
        s.features = loadModule(&s.library, &s.error);
    return s.features;
}

AppFeatures* loadedAppFeatures()
{
    return state().features;
}

QString appFeaturesError()
{
    return state().error;
}

} // namespace dr::ui
