#pragma once

#include "site/SiteProfile.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace dr::ui {

// Contacts and API accounts, one table each. API accounts are ids only: "Store the client secret…" puts the
// secret in the OS keychain (the site editor does it through keychain::SecretStore), never in the profile.
class SiteEditorPeople : public QWidget
{
    Q_OBJECT
public:
    explicit SiteEditorPeople(QWidget* parent = nullptr);

    void load(const site::SiteProfile& p);
    void store(site::SiteProfile& p) const;
    int showIssues(const site::SiteIssues& issues);
    bool focusPath(const QString& path);
    QTableWidget* contacts() const { return m_contacts; }
    QTableWidget* accounts() const { return m_accounts; }
    QString selectedClientId() const;

signals:
    void storeSecretRequested(const QString& clientId);

private:
    static int markTable(QTableWidget* table, const QString& root, const QStringList& keys,
                         const site::SiteIssues& issues);

    QTableWidget* m_contacts = nullptr;
    QTableWidget* m_accounts = nullptr;
    QList<site::Contact> m_contactItems;   // keeps the keys the table does not show
    QList<site::ApiAccount> m_accountItems;
};

} // namespace dr::ui
