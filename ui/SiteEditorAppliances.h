#pragma once

#include "site/SiteProfile.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace dr::ui {

class SiteFieldForm;

// The appliances of the site: a list (add, remove) and the form of the selected one (model, serial, FQDN,
// addresses, NICs, failover role and settings as recorded, routing method, how this program reaches its API).
class SiteEditorAppliances : public QWidget
{
    Q_OBJECT
public:
    explicit SiteEditorAppliances(QWidget* parent = nullptr);

    // Edits p.appliances in place (p outlives this widget's use of it); commit() writes the form back.
    void load(site::SiteProfile& p);
    void commit();
    int showIssues(const site::SiteIssues& issues);
    // Selects the appliance of "appliances[i]..." and focuses the field.
    bool focusPath(const QString& path);
    QListWidget* list() const { return m_list; }

signals:
    void aboutToChangeAppliances(); // an appliance is about to be added or removed
    void appliancesChanged();       // added, removed or renamed (the /appliance pages section follows)

private:
    void select(int row);
    void saveCurrent();
    void loadCurrent();
    void addAppliance();
    void removeAppliance();
    QString prefix(int row) const;

    QList<site::Appliance>& items() { return m_profile->appliances; }
    site::SiteProfile* m_profile = nullptr;
    site::SiteProfile m_empty;
    int m_current = -1;
    site::SiteIssues m_issues;
    QListWidget* m_list = nullptr;
    SiteFieldForm* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_fqdn = nullptr;
    QLineEdit* m_addresses = nullptr;
    QTableWidget* m_nics = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_routing = nullptr;
    QComboBox* m_automatic = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_testIps = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_pin = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace dr::ui
