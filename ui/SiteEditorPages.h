#pragma once

#include "site/SiteProfile.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace dr::ui {

class SiteFieldForm;

// The guided forms for the /appliance pages the guide says to capture by hand (IP configuration, static routes,
// SNMP, syslog, SMTP, SSL/TLS, administration restrictions, login agreement), per appliance: the Status page values
// the screenshots are named with, then one tab per page with where it is, what to write down, and its screenshots
// (copied next to the profile under the name the guide asks for).
class SiteEditorPages : public QWidget
{
    Q_OBJECT
public:
    explicit SiteEditorPages(QWidget* parent = nullptr);

    void setProfilePath(const QString& path) { m_profilePath = path; }
    // Edits p.appliances[*].applianceSettings in place.
    void load(site::SiteProfile& p);
    void commit();         // writes the forms back
    void forgetCurrent();  // before appliances are added or removed (commit first)
    void reloadAppliances();
    int showIssues(const site::SiteIssues& issues);
    bool focusPath(const QString& path);

    // Copies `file` next to the profile as the screenshot of `pageKey` for the current appliance; false with *error.
    bool attachScreenshot(const QString& pageKey, const QString& file, QString* error);
    QComboBox* applianceChoice() const { return m_appliance; }

private:
    struct PageWidgets
    {
        SiteFieldForm* form = nullptr;
        QComboBox* status = nullptr;
        QMap<QString, QWidget*> fields;
        QPlainTextEdit* notes = nullptr;
        QListWidget* shots = nullptr;
    };
    QWidget* buildPage(const site::PageSpec& spec);
    void selectAppliance(int comboIndex);
    void saveCurrent();
    void loadCurrent();
    int applianceIndex() const; // into m_profile->appliances, -1 = none
    QString prefix() const;

    site::SiteProfile* m_profile = nullptr;
    site::SiteProfile m_empty;
    QString m_profilePath;
    int m_current = -1;
    site::SiteIssues m_issues;
    QComboBox* m_appliance = nullptr;
    SiteFieldForm* m_statusForm = nullptr;
    QLineEdit* m_version = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_baseVersion = nullptr;
    QDateTimeEdit* m_systemTime = nullptr;
    QTabWidget* m_tabs = nullptr;
    QMap<QString, PageWidgets> m_pages;
};

} // namespace dr::ui
