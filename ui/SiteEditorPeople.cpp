#include "SiteEditorPeople.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

const QStringList kContactKeys = {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("phone"),
                                  QStringLiteral("email"), QStringLiteral("notes")};
const QStringList kAccountKeys = {QStringLiteral("client_id"), QStringLiteral("label"), QStringLiteral("permissions")};

QTableWidget* table(const QStringList& headers, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setTabKeyNavigation(false);
    return t;
}

QString text(const QTableWidget* t, int r, int c)
{
    return t->item(r, c) ? t->item(r, c)->text().trimmed() : QString();
}

void setRow(QTableWidget* t, int r, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
}

QPushButton* rowButton(const QString& label, QTableWidget* t, bool add, QWidget* parent)
{
    auto* b = new QPushButton(label, parent);
    QObject::connect(b, &QPushButton::clicked, t, [t, add] {
        if (add) {
            t->insertRow(t->rowCount());
            t->setCurrentCell(t->rowCount() - 1, 0);
            t->setFocus();
        } else if (t->currentRow() >= 0) {
            t->removeRow(t->currentRow());
        }
    });
    return b;
}

} // namespace

SiteEditorPeople::SiteEditorPeople(QWidget* parent) : QWidget(parent)
{
    m_contacts = table({tr("Name"), tr("Role"), tr("Phone"), tr("Email"), tr("Notes")}, QStringLiteral("contacts"),
                       tr("Contacts"), this);
    m_accounts = table({tr("Client id"), tr("Label"), tr("Permissions")}, QStringLiteral("apiAccounts"),
                       tr("API accounts"), this);

    auto* layout = new QVBoxLayout(this);
    auto* contactsLabel = new QLabel(tr("&Contacts (the role \"rma\" marks the contact printed on the RMA form):"), this);
    contactsLabel->setBuddy(m_contacts);
    layout->addWidget(contactsLabel);
    layout->addWidget(m_contacts, 1);
    auto* cButtons = new QHBoxLayout;
    cButtons->addWidget(rowButton(tr("Add co&ntact"), m_contacts, true, this));
    cButtons->addWidget(rowButton(tr("Remove contact"), m_contacts, false, this));
    cButtons->addStretch();
    layout->addLayout(cButtons);

    auto* accountsLabel = new QLabel(tr("API a&ccounts from /login > Management > API Configuration (ids only; "
                                        "the client secret goes to the keychain):"),
                                     this);
    accountsLabel->setWordWrap(true);
    accountsLabel->setBuddy(m_accounts);
    layout->addWidget(accountsLabel);
    layout->addWidget(m_accounts, 1);
    auto* aButtons = new QHBoxLayout;
    aButtons->addWidget(rowButton(tr("Add API acco&unt"), m_accounts, true, this));
    aButtons->addWidget(rowButton(tr("Remove account"), m_accounts, false, this));
    auto* secret = new QPushButton(tr("Store the client &secret in the keychain…"), this);
    secret->setObjectName(QStringLiteral("storeClientSecret"));
    connect(secret, &QPushButton::clicked, this, [this] { emit storeSecretRequested(selectedClientId()); });
    aButtons->addWidget(secret);
    aButtons->addStretch();
    layout->addLayout(aButtons);
}

QString SiteEditorPeople::selectedClientId() const
{
    const int row = m_accounts->currentRow() >= 0 ? m_accounts->currentRow() : 0;
    return text(m_accounts, row, 0);
}

void SiteEditorPeople::load(const site::SiteProfile& p)
{
    m_contactItems = p.contacts;
    m_accountItems = p.apiAccounts;
    m_contacts->setRowCount(int(p.contacts.size()));
    for (int r = 0; r < p.contacts.size(); ++r) {
        const site::Contact& c = p.contacts.at(r);
        setRow(m_contacts, r, {c.name, c.role, c.phone, c.email, c.notes});
    }
    m_accounts->setRowCount(int(p.apiAccounts.size()));
    for (int r = 0; r < p.apiAccounts.size(); ++r) {
        const site::ApiAccount& a = p.apiAccounts.at(r);
        setRow(m_accounts, r, {a.clientId, a.label, a.permissions});
    }
}

void SiteEditorPeople::store(site::SiteProfile& p) const
{
    p.contacts.clear();
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        site::Contact c = r < m_contactItems.size() ? m_contactItems.at(r) : site::Contact {};
        c.name = text(m_contacts, r, 0);
        c.role = text(m_contacts, r, 1);
        c.phone = text(m_contacts, r, 2);
        c.email = text(m_contacts, r, 3);
        c.notes = text(m_contacts, r, 4);
        if (!QString(c.name + c.role + c.phone + c.email + c.notes).isEmpty())
            p.contacts << c;
    }
    p.apiAccounts.clear();
    for (int r = 0; r < m_accounts->rowCount(); ++r) {
        site::ApiAccount a = r < m_accountItems.size() ? m_accountItems.at(r) : site::ApiAccount {};
        a.clientId = text(m_accounts, r, 0);
        a.label = text(m_accounts, r, 1);
        a.permissions = text(m_accounts, r, 2);
        if (!QString(a.clientId + a.label + a.permissions).isEmpty())
            p.apiAccounts << a;
    }
}

int SiteEditorPeople::markTable(QTableWidget* table, const QString& root, const QStringList& keys,
                                const site::SiteIssues& issues)
{
    int count = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < keys.size(); ++c) {
            if (!table->item(r, c))
                table->setItem(r, c, new QTableWidgetItem);
            QTableWidgetItem* item = table->item(r, c);
            const QString path = QStringLiteral("%1[%2].%3").arg(root).arg(r).arg(keys.at(c));
            QStringList lines;
            bool error = false;
            for (const site::SiteIssue& i : issues) {
                if (i.path == path || i.path.startsWith(path + QLatin1Char('.'))) {
                    lines << (i.isError() ? tr("Error: %1") : tr("To record: %1")).arg(i.message);
                    error = error || i.isError();
                    ++count;
                }
            }
            item->setToolTip(lines.join(QLatin1Char('\n')));
            item->setData(Qt::AccessibleDescriptionRole, lines.join(QLatin1Char(' ')));
            item->setBackground(lines.isEmpty() ? QBrush()
                                                : QBrush(error ? QColor(0xfd, 0xe7, 0xe9) : QColor(0xff, 0xf4, 0xce)));
        }
    }
    return count;
}

int SiteEditorPeople::showIssues(const site::SiteIssues& issues)
{
    return markTable(m_contacts, QStringLiteral("contacts"), kContactKeys, issues) +
           markTable(m_accounts, QStringLiteral("api_accounts"), kAccountKeys, issues);
}

bool SiteEditorPeople::focusPath(const QString& path)
{
    for (auto [t, root, keys] : {std::tuple {m_contacts, QStringLiteral("contacts"), kContactKeys},
                                 std::tuple {m_accounts, QStringLiteral("api_accounts"), kAccountKeys}}) {
        if (!path.startsWith(root))
            continue;
        const int open = int(path.indexOf(QLatin1Char('[')));
        const int close = int(path.indexOf(QLatin1Char(']')));
        const int row = open > 0 && close > open ? path.mid(open + 1, close - open - 1).toInt() : 0;
        const int col = qMax(0, int(keys.indexOf(path.section(QLatin1Char('.'), -1))));
        t->setCurrentCell(row, col);
        t->setFocus();
        return true;
    }
    return false;
}

} // namespace dr::ui
