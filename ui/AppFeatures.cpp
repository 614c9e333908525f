#include "AppFeatures.h"

#include "common/BuildInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

// Defined by AppFeaturesImpl.cpp where it is linked in (tests); the executable loads it from the module.
extern "C" dr::ui::AppFeatures* drrunbook_app_features() __attribute__((weak));

namespace dr::ui {

namespace {

using Entry = AppFeatures* (*)();

struct State
{
    AppFeatures* features = nullptr;
    QString error;
};

State& state()
{
    static State s;
    return s;
}

// Beside the executable (the build tree, Windows, the macOS bundle), then where the install put it.
QStringList moduleCandidates()
{
    const QString dir = QCoreApplication::applicationDirPath();
    QStringList candidates{dir + QStringLiteral("/" DR_FEATURES_MODULE_NAME)};
#ifdef DR_FEATURES_INSTALL_DIR
    candidates << QDir::cleanPath(dir + QStringLiteral("/" DR_FEATURES_INSTALL_DIR "/" DR_FEATURES_MODULE_NAME));
#endif
    return candidates;
}

AppFeatures* loadModule(QString* error)
{
#ifdef DR_FEATURES_MODULE_NAME
    QStringList tried;
    for (const QString& path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        // Not unloaded: the windows it builds live as long as the application.
        auto* library = new QLibrary(path);
        const auto entry = reinterpret_cast<Entry>(library->resolve("drrunbook_app_features"));
        AppFeatures* features = entry ? entry() : nullptr;
        if (!features) {
            *error = QCoreApplication::translate("AppFeatures", "The recovery features in %1 cannot be loaded: %2.")
                         .arg(path, library->errorString());
            delete library;
            return nullptr;
        }
        if (features->build() != expectedFeaturesBuild()) {
            *error =
                QCoreApplication::translate(
                    "AppFeatures", "The recovery features in %1 belong to another build of drrunbook (%2, not %3).")
                    .arg(path, features->build(), expectedFeaturesBuild());
            return nullptr;
        }
        return features;
    }
    *error = QCoreApplication::translate("AppFeatures", "The recovery features are missing (looked for %1).")
                 .arg(tried.join(QStringLiteral(", ")));
    return nullptr;
#else
    *error = QCoreApplication::translate("AppFeatures", "This build of drrunbook has no recovery features.");
    return nullptr;
#endif
}

} // namespace

QString expectedFeaturesBuild()
{
    return QStringLiteral("drrunbook-features ") + appVersion();
}

AppFeatures* appFeatures()
{
    State& s = state();
    if (s.features)
        return s.features;
    if (drrunbook_app_features)
        s.features = drrunbook_app_features();
    else
        s.features = loadModule(&s.error);
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
