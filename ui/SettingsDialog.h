#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace dr::ui {

class AppSettings;

// Settings: after how many days a backup is stale, how often each scenario should be drilled, where drill backups
// go. OK writes them (AppSettings); applied() tells the main window to refresh.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QSpinBox* backupStaleDays() const { return m_stale; }
    QSpinBox* drillReminderDays() const { return m_drill; }
    void apply();

signals:
    void applied();

private:
    AppSettings& m_settings;
    QSpinBox* m_stale = nullptr;
    QSpinBox* m_drill = nullptr;
    QLineEdit* m_folder = nullptr;
};

} // namespace dr::ui
