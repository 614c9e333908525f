#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QSettings;

namespace dr::ui {

// The application's own settings (QSettings): how old a backup or a drill may get before the main window warns,
// the site profiles in the Sites list, and where drill backups go. Nothing secret is kept here.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    AppSettings();                              // the user's settings
    explicit AppSettings(const QString& iniFile); // a given file (tests)
    ~AppSettings();

    static constexpr int kDefaultBackupStaleDays = 7;
    static constexpr int kDefaultDrillReminderDays = 180;

    int backupStaleDays() const;
    void setBackupStaleDays(int days);
    // A scenario not drilled for longer than this is flagged on the Sites list.
    int drillReminderDays() const;
    void setDrillReminderDays(int days);

    QStringList siteFiles() const; // site profile paths, in the order the operator added them
    void setSiteFiles(const QStringList& files);
    void addSiteFile(const QString& file); // moves it to the end when already there
    void removeSiteFile(const QString& file);

    QString drillBackupFolder() const; // default: <application data>/drill-backups
    void setDrillBackupFolder(const QString& folder);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dr::ui
