#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace dr::ui {
namespace {
const QString kBackupStale = QStringLiteral("dashboard/backupStaleDays");
const QString kDrillReminder = QStringLiteral("sites/drillReminderDays");
const QString kSiteFiles = QStringLiteral("sites/files");
const QString kDrillBackups = QStringLiteral("drill/backupFolder");
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

int AppSettings::backupStaleDays() const
{
    return qMax(1, m_settings->value(kBackupStale, kDefaultBackupStaleDays).toInt());
}

void AppSettings::setBackupStaleDays(int days)
{
    m_settings->setValue(kBackupStale, qMax(1, days));
}

int AppSettings::drillReminderDays() const
{
    return qMax(1, m_settings->value(kDrillReminder, kDefaultDrillReminderDays).toInt());
}

void AppSettings::setDrillReminderDays(int days)
{
    m_settings->setValue(kDrillReminder, qMax(1, days));
}

QStringList AppSettings::siteFiles() const
{
    return m_settings->value(kSiteFiles).toStringList();
}

void AppSettings::setSiteFiles(const QStringList& files)
{
    m_settings->setValue(kSiteFiles, files);
}

void AppSettings::addSiteFile(const QString& file)
{
    QStringList files = siteFiles();
    const QString clean = QDir::cleanPath(QDir().absoluteFilePath(file));
    files.removeAll(clean);
    files << clean;
    setSiteFiles(files);
}

void AppSettings::removeSiteFile(const QString& file)
{
    QStringList files = siteFiles();
    files.removeAll(QDir::cleanPath(QDir().absoluteFilePath(file)));
    setSiteFiles(files);
}

QString AppSettings::drillBackupFolder() const
{
    const QString fallback =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/drill-backups");
    return m_settings->value(kDrillBackups, fallback).toString();
}

void AppSettings::setDrillBackupFolder(const QString& folder)
{
    m_settings->setValue(kDrillBackups, folder);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace dr::ui
