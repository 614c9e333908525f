#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <thread>

namespace dr::ui {

// Work the first window waits on, started on worker threads as soon as the QApplication exists, so that it runs
// while the window is being built instead of inside it:
// - Fonts: the first text the window measures waits for Qt's font database, and filling it makes fontconfig read
//   its whole configuration (dozens of XML files) and caches: the largest single cost before the window maps.
// - Image formats: QMenuBar's overflow button loads its icon through QImageReader, which loads every image-format
//   plugin to ask whether it reads PNG.
// - Session bus: the accessibility bridge (at the first accessible name) and the platform menu bar connect to it;
//   where there is none, libdbus first tries to start one (a child process).
// Each fills one of Qt's process-wide caches, which are made for use from any thread (QFontDatabase and the
// plugin loader take their own locks; plugin objects move to the main thread; QDBusConnection is thread-safe).
// Nothing is handed back, and the window is built the same way with or without it.
// DR_NO_STARTUP_WARMUP=1 turns it off, to measure what it saves (bench/README.md).
class StartupWarmup
{
    Q_DISABLE_COPY_MOVE(StartupWarmup)

public:
    enum Task { Fonts, ImageFormats, SessionBus, TaskCount };

    // Starts the tasks; a QGuiApplication must exist (the font database belongs to its platform integration).
    StartupWarmup();
    // Joins the threads: declare it after the QApplication so that it ends first.
    ~StartupWarmup();

    static bool enabledByEnvironment();
    bool started() const { return m_started; }
    // Joins, then tells whether each task ran to its end (for tests).
    void wait();
    bool finished(Task task) const { return m_finished[task].load(); }

private:
    bool m_started = false;
    std::array<std::atomic<bool>, TaskCount> m_finished{};
    std::thread m_fontsAndImages;
    std::thread m_bus;
};

} // namespace dr::ui
