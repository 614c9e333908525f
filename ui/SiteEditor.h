#pragma once

#include "site/SiteProfile.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace dr::keychain {
class SecretStore;
}

namespace dr::ui {

class SiteEditorAppliances;
class SiteEditorGeneral;
class SiteEditorPages;
class SiteEditorPeople;

// The site profile editor: one form per section (site and Atlas, appliances, contacts and API accounts, certificate
// backup, backups, the /appliance pages per appliance). "Check" validates and shows each finding at its field;
// "Save" writes the file atomically and keeps the previous version (site::saveSiteProfile). Secrets go to the OS
// keychain, never into the file.
class SiteEditor : public QDialog
{
    Q_OBJECT
public:
    enum Section { SiteSection, AppliancesSection, PeopleSection, CertificateSection, BackupsSection, PagesSection };

    explicit SiteEditor(QWidget* parent = nullptr);
    ~SiteEditor() override;

    // Opens a profile file; false with *error when it cannot be read (a newer schema, not JSON ...).
    bool openFile(const QString& path, QString* error);
    // A new, empty profile to be saved as `path`.
    void newProfile(const QString& path);

    QString filePath() const { return m_path; }
    // The profile as the forms show it now.
    site::SiteProfile profile();
    // Validates and shows the findings at their fields; returns them.
    site::SiteIssues check();
    // check() then saves; false with the reason shown (and in *error) when the file cannot be written.
    bool save(QString* error = nullptr);
    // Shows the section of a finding's path and focuses its field.
    void showPath(const QString& path);
    int currentSection() const;
    void showSection(int section);
    QLabel* statusLabel() const { return m_status; }

signals:
    void saved(const QString& path);

private:
    void load();
    void listIssues(const site::SiteIssues& issues);
    void storeSecret(const QString& what, const QString& clientId);

    site::SiteProfile m_profile;
    QString m_path;
    QListWidget* m_sections = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListWidget* m_issues = nullptr;
    QLabel* m_status = nullptr;
    SiteEditorGeneral* m_general = nullptr;
    SiteEditorAppliances* m_appliances = nullptr;
    SiteEditorPeople* m_people = nullptr;
    SiteEditorPages* m_pages = nullptr;
    keychain::SecretStore* m_secrets = nullptr;
};

} // namespace dr::ui
