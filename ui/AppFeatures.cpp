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
    bool attempted = false;
    // The module: loaded once, never unloaded (the windows it builds live as long as the application).
    QLibrary* library = nullptr;
};

State& state()
{
    static State s;
    return s;
}

#if !DR_FEATURES_IN_EXECUTABLE
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

AppFeatures* loadModule(QLibrary** loaded, QString* error)
{
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
        *loaded = library; // its initialisers ran: kept even when refused, rather than unloaded under them
        if (features->build() != QStringLiteral(DR_APP_FEATURES_BUILD)) {
            *error =
                QCoreApplication::translate(
                    "AppFeatures", "The recovery features in %1 belong to another build of drrunbook (%2, not %3).")
                    .arg(path, features->build(), QStringLiteral(DR_APP_FEATURES_BUILD));
            return nullptr;
        }
        return features;
    }
    *error = QCoreApplication::translate("AppFeatures", "The recovery features are missing (looked for %1).")
                 .arg(tried.join(QStringLiteral(", ")));
    return nullptr;
}
#endif

} // namespace

AppFeatures* appFeatures()
{
    State& s = state();
    if (s.features || s.attempted) // one attempt: a missing or refused module stays so until the next start
        return s.features;
    s.attempted = true;
#if DR_FEATURES_IN_EXECUTABLE
    s.features = drrunbook_app_features();
#else
    s.features = drrunbook_app_features ? drrunbook_app_features() : loadModule(&s.library, &s.error);
#endif
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
