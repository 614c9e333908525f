#pragma once

#include "site/SiteProfile.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dr::ui {

class SiteFieldForm;

// The site profile editor's simple sections, one form each: the site itself (with the Atlas topology), the
// certificate backup and the scheduled backups.
class SiteEditorGeneral : public QObject
{
    Q_OBJECT
public:
    explicit SiteEditorGeneral(QWidget* parent);

    QWidget* sitePage() const;
    QWidget* certificatePage() const;
    QWidget* backupsPage() const;

    void load(const site::SiteProfile& p);
    void store(site::SiteProfile& p) const;
    int showIssues(const site::SiteIssues& issues);
    bool focusPath(const QString& path);

signals:
    void storeBackupPasswordRequested();

private:
    SiteFieldForm* m_site = nullptr;
    SiteFieldForm* m_cert = nullptr;
    SiteFieldForm* m_backups = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_fqdn = nullptr;
    QComboBox* m_product = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_atlas = nullptr;
    QLineEdit* m_atlasPrimary = nullptr;
    QLineEdit* m_atlasTraffic = nullptr;
    QLineEdit* m_certLocation = nullptr;
    QLineEdit* m_certSha = nullptr;
    QPlainTextEdit* m_certNotes = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_account = nullptr;
    QCheckBox* m_protected = nullptr;
};

// "a, b,c" -> {"a","b","c"} (empty parts dropped); and back.
QStringList splitList(const QString& text);
QString joinList(const QStringList& list);

} // namespace dr::ui
