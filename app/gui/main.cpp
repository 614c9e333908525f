#include "ui/AppFeatures.h"
#include "ui/MainWindow.h"
#include "ui/StartupWarmup.h"

#include "common/BuildInfo.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer builds. The drrunbook-features module carries copies of first-window code it links but never
// runs (the executable's definitions come first in symbol lookup; app/CMakeLists.txt): the same definitions, from
// the same objects. ASan reports every global defined twice; only a size mismatch is a real ODR error.
extern "C" const char* __asan_default_options()
{
    return "detect_odr_violation=1";
}
#endif

namespace {

// QApplication aborts without a display: say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (hasArgument(argc, argv, "--version")) {
        QCoreApplication core(argc, argv);
        dr::i18n::applyLanguage(dr::i18n::startupLanguage());
        // The report names OpenSSL's version: it comes from the features, which link OpenSSL (AppFeatures.h).
        dr::ui::AppFeatures* features = dr::ui::appFeatures();
        if (!features) {
            std::fprintf(stderr, "drrunbook: %s\n", qPrintable(dr::ui::appFeaturesError()));
            return 1;
        }
        std::fputs(qPrintable(features->versionReport(QStringLiteral("drrunbook"))), stdout);
        return 0;
    }
    if (!displayAvailable()) {
        std::fputs("drrunbook: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "drrunbook: on a headless machine run it under a virtual display: xvfb-run -a drrunbook\n"
                   "drrunbook: or use the command-line tool: drrunbook-cli --help\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    // Fonts, image-format plugins and the session bus, on worker threads while the window is built.
    const dr::ui::StartupWarmup warmup;
    QApplication::setApplicationName(QStringLiteral("drrunbook"));
    QApplication::setOrganizationName(QStringLiteral("drrunbook"));
    // The language: DR_LANG, else the setting, else the system's (see common/Translations.h).
    dr::i18n::applyLanguage(dr::i18n::startupLanguage());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Appliance DR Runbook"));
    QApplication::setApplicationVersion(dr::appVersion());
    // OpenSSL's providers (dr::openSslRuntime(), a module to load) are loaded by the window just after its first
    // paint, before the drill lab: nothing before that uses OpenSSL.

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Guided disaster recovery for BeyondTrust "
                                                                     "(Bomgar) appliances."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption topology(QStringLiteral("drill-topology"),
                                QApplication::translate("main", "Topology of the drill lab: single, pair or atlas."),
                                QStringLiteral("topology"), QStringLiteral("pair"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a screenshot of the main window and quit."),
                                  QStringLiteral("file"));
    parser.addOption(topology);
    parser.addOption(screenshot);
    parser.process(app);

    dr::ui::MainWindow window;
    // The lab starts once the window is painted: the window does not wait for its certificates and listeners.
    if (!window.startDrillAfterFirstPaint(parser.value(topology)))
        return 1;
    QObject::connect(&window, &dr::ui::MainWindow::drillFailed, &app, [] { QCoreApplication::exit(1); });
    window.show();
    if (parser.isSet(screenshot))
        window.saveScreenshotWhenReady(parser.value(screenshot));
    return app.exec();
}
