#include "StartupWarmup.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImageReader>

#if DR_HAVE_QTDBUS
#include <QDBusConnection>
#endif

namespace dr::ui {

namespace {

void fillFontDatabase()
{
    (void)QFontDatabase::families();
}

void loadImageFormatPlugins()
{
    // A reader asked whether it reads "png" asks every image-format plugin first: that loads them, as the window's
    // first icon would. The buffer is empty: nothing is decoded.
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    QImageReader reader(&empty, QByteArrayLiteral("png"));
    (void)reader.canRead();
}

void connectSessionBus()
{
#if DR_HAVE_QTDBUS
    (void)QDBusConnection::sessionBus().isConnected();
#endif
}

} // namespace

bool StartupWarmup::enabledByEnvironment()
{
    return qEnvironmentVariableIntValue("DR_NO_STARTUP_WARMUP") == 0;
}

StartupWarmup::StartupWarmup()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()) || !enabledByEnvironment())
        return;
    m_started = true;
    // The bus mostly waits (on the daemon, or on the child that fails to start one): its own thread, so the
    // fonts do not wait behind it.
    m_bus = std::thread([this] {
        connectSessionBus();
        m_finished[SessionBus] = true;
    });
    m_fontsAndImages = std::thread([this] {
        fillFontDatabase();
        m_finished[Fonts] = true;
        loadImageFormatPlugins();
        m_finished[ImageFormats] = true;
    });
}

StartupWarmup::~StartupWarmup()
{
    wait();
}

void StartupWarmup::wait()
{
    if (m_fontsAndImages.joinable())
        m_fontsAndImages.join();
    if (m_bus.joinable())
        m_bus.join();
}

} // namespace dr::ui
