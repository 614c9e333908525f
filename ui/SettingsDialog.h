#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dr::ui {

class AppSettings;

// Settings: after how many days a backup is stale, how often each scenario should be drilled, where drill backups
// go, and the language (shared with drrunbook-cli; it applies the next time the program starts). OK writes them
// (AppSettings); applied() tells the main window to refresh.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QSpinBox* backupStaleDays() const { return m_stale; }
    QSpinBox* drillReminderDays() const { return m_drill; }
    // "" (follow the system), then every language the app has; the choice applies at the next start.
    QComboBox* language() const { return m_language; }
    void apply();

signals:
    void applied();

private:
    AppSettings& m_settings;
    QSpinBox* m_stale = nullptr;
    QSpinBox* m_drill = nullptr;
    QLineEdit* m_folder = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace dr::ui
