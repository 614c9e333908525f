#pragma once

#include <QMainWindow>

namespace dr::ui {

class DrillBanner;
class DrillSession;
class StatusDashboard;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a drill against the built-in lab ("single", "pair" or "atlas"); shows why when it cannot.
    bool startDrill(const QString& topology);
    // Saves a PNG of the window once the dashboard has answered for the first time, then quits.
    void saveScreenshotWhenReady(const QString& path);

    StatusDashboard* dashboard() const { return m_dashboard; }
    DrillSession* drill() const { return m_drill; }

private:
    DrillBanner* m_banner = nullptr;
    DrillSession* m_drill = nullptr;
    StatusDashboard* m_dashboard = nullptr;
};

} // namespace dr::ui
