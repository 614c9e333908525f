#include "SiteEditorAppliances.h"

#include "SiteEditorGeneral.h"
#include "SiteFieldForm.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dr::ui {
namespace {
const QStringList kNicKeys = {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("netmask"),
                              QStringLiteral("gateway"), QStringLiteral("mac")};
}

SiteEditorAppliances::SiteEditorAppliances(QWidget* parent) : QWidget(parent), m_profile(&m_empty)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("applianceList"));
    m_list->setAccessibleName(tr("Appliances of the site"));
    m_list->setMaximumWidth(220);
    auto* add = new QPushButton(tr("&Add appliance"), this);
    add->setObjectName(QStringLiteral("addAppliance"));
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setAccessibleName(tr("Remove the selected appliance"));
    connect(add, &QPushButton::clicked, this, &SiteEditorAppliances::addAppliance);
    connect(remove, &QPushButton::clicked, this, &SiteEditorAppliances::removeAppliance);
    connect(m_list, &QListWidget::currentRowChanged, this, &SiteEditorAppliances::select);

    m_form = new SiteFieldForm(this);
    m_name = m_form->addLine(QStringLiteral("name"), tr("&Name:"), tr("primary, backup, master-a, traffic-1"));
    m_model = m_form->addChoice(QStringLiteral("model"), tr("&Model:"), site::kModels);
    m_serial = m_form->addLine(QStringLiteral("serial"), tr("&Serial:"));
    m_fqdn = m_form->addLine(QStringLiteral("fqdn"), tr("&FQDN:"), tr("support-a.example.com"));
    m_addresses = m_form->addLine(QStringLiteral("addresses"), tr("A&ddresses:"), tr("192.0.2.10, 2001:db8::10"));
    m_nics = new QTableWidget(0, int(kNicKeys.size()), this);
    m_nics->setHorizontalHeaderLabels({tr("NIC"), tr("Address"), tr("Netmask"), tr("Gateway"), tr("MAC")});
    m_nics->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_nics->verticalHeader()->hide();
    m_nics->setTabKeyNavigation(false);
    m_nics->setMinimumHeight(100);
    auto* nicBox = new QWidget(this);
    auto* nicLayout = new QVBoxLayout(nicBox);
    nicLayout->setContentsMargins(0, 0, 0, 0);
    nicLayout->addWidget(m_nics);
    auto* addNic = new QPushButton(tr("Add N&IC"), nicBox);
    connect(addNic, &QPushButton::clicked, this, [this] { m_nics->insertRow(m_nics->rowCount()); });
    nicLayout->addWidget(addNic, 0, Qt::AlignLeft);
    m_form->addRow(QStringLiteral("nics"), tr("NICs:"), nicBox);
    m_nics->setAccessibleName(tr("Network interfaces"));
    m_role = m_form->addChoice(QStringLiteral("failover_role"), tr("Failover &role:"), site::kFailoverRoles);
    m_routing = m_form->addChoice(QStringLiteral("routing_method"), tr("Rou&ting method:"), site::kRoutingMethods);
    m_automatic = new QComboBox(this);
    m_automatic->addItem(tr("Not recorded"), QString());
    m_automatic->addItem(tr("Enabled"), QStringLiteral("on"));
    m_automatic->addItem(tr("Disabled"), QStringLiteral("off"));
    m_form->addRow(QStringLiteral("failover.automatic_failover"), tr("A&utomatic failover:"), m_automatic);
    m_timeout = m_form->addNumber(QStringLiteral("failover.primary_timeout_secs"), tr("Primary t&imeout:"), 0, 86400,
                                  tr(" s"));
    m_timeout->setSpecialValueText(tr("Not recorded"));
    m_testIps = m_form->addLine(QStringLiteral("failover.connectivity_test_ips"), tr("Connectivity &test IPs:"));
    m_apiUrl = m_form->addLine(QStringLiteral("api.url"), tr("API &URL:"), tr("empty = https://<FQDN>"));
    m_caFile = m_form->addLine(QStringLiteral("api.ca_file"), tr("&CA file:"), tr("PEM or DER, relative to the profile"));
    m_pin = m_form->addLine(QStringLiteral("api.pin_sha256"), tr("&Pinned SHA-256:"), tr("self-signed appliances"));
    m_notes = m_form->addText(QStringLiteral("notes"), tr("N&otes:"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_current >= 0 && m_list->item(m_current))
            m_list->item(m_current)->setText(m_name->text());
        saveCurrent();
        emit appliancesChanged();
    });

    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Appliances:"), this));
    left->addWidget(m_list, 1);
    left->addWidget(add);
    left->addWidget(remove);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_form, 1);
}

QString SiteEditorAppliances::prefix(int row) const
{
    return QStringLiteral("appliances[%1].").arg(row);
}

void SiteEditorAppliances::load(site::SiteProfile& p)
{
    m_current = -1;
    m_profile = &p;
    m_list->clear();
    for (const site::Appliance& a : std::as_const(items()))
        m_list->addItem(a.name.isEmpty() ? tr("(no name)") : a.name);
    m_form->setEnabled(!items().isEmpty());
    if (!items().isEmpty())
        m_list->setCurrentRow(0);
}

void SiteEditorAppliances::commit()
{
    saveCurrent();
}

void SiteEditorAppliances::select(int row)
{
    saveCurrent();
    m_current = row;
    loadCurrent();
}

void SiteEditorAppliances::saveCurrent()
{
    if (m_current < 0 || m_current >= items().size())
        return;
    site::Appliance& a = items()[m_current];
    a.name = m_name->text().trimmed();
    a.model = SiteFieldForm::choice(m_model);
    a.serial = m_serial->text().trimmed();
    a.fqdn = m_fqdn->text().trimmed();
    a.addresses = splitList(m_addresses->text());
    QList<site::Nic> nics;
    for (int r = 0; r < m_nics->rowCount(); ++r) {
        auto text = [&](int c) { return m_nics->item(r, c) ? m_nics->item(r, c)->text().trimmed() : QString(); };
        site::Nic n = r < a.nics.size() ? a.nics.at(r) : site::Nic {};
        n.name = text(0);
        n.address = text(1);
        n.netmask = text(2);
        n.gateway = text(3);
        n.mac = text(4);
        if (!QString(n.name + n.address + n.netmask + n.gateway + n.mac).isEmpty())
            nics << n;
    }
    a.nics = nics;
    a.failoverRole = SiteFieldForm::choice(m_role);
    a.routingMethod = SiteFieldForm::choice(m_routing);
    const QString automatic = m_automatic->currentData().toString();
    a.failover.automaticFailover =
        automatic.isEmpty() ? std::nullopt : std::optional<bool>(automatic == QLatin1String("on"));
    a.failover.primaryTimeoutSecs = m_timeout->value() > 0 ? std::optional<int>(m_timeout->value()) : std::nullopt;
    a.failover.connectivityTestIps = splitList(m_testIps->text());
    a.api.url = m_apiUrl->text().trimmed();
    a.api.caFile = m_caFile->text().trimmed();
    a.api.pinSha256 = m_pin->text().trimmed();
    a.notes = m_notes->toPlainText();
}

void SiteEditorAppliances::loadCurrent()
{
    m_form->setEnabled(m_current >= 0 && m_current < items().size());
    if (!m_form->isEnabled())
        return;
    const site::Appliance& a = items().at(m_current);
    m_name->setText(a.name);
    SiteFieldForm::setChoice(m_model, a.model);
    m_serial->setText(a.serial);
    m_fqdn->setText(a.fqdn);
    m_addresses->setText(joinList(a.addresses));
    m_nics->setRowCount(int(a.nics.size()));
    for (int r = 0; r < a.nics.size(); ++r) {
        const site::Nic& n = a.nics.at(r);
        const QStringList cells = {n.name, n.address, n.netmask, n.gateway, n.mac};
        for (int c = 0; c < cells.size(); ++c)
            m_nics->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    SiteFieldForm::setChoice(m_role, a.failoverRole);
    SiteFieldForm::setChoice(m_routing, a.routingMethod);
    m_automatic->setCurrentIndex(!a.failover.automaticFailover ? 0 : (*a.failover.automaticFailover ? 1 : 2));
    m_timeout->setValue(a.failover.primaryTimeoutSecs.value_or(0));
    m_testIps->setText(joinList(a.failover.connectivityTestIps));
    m_apiUrl->setText(a.api.url);
    m_caFile->setText(a.api.caFile);
    m_pin->setText(a.api.pinSha256);
    m_notes->setPlainText(a.notes);
    // Only this appliance's own fields: its /appliance pages have their own section.
    site::SiteIssues mine;
    for (const site::SiteIssue& i : std::as_const(m_issues))
        if (!i.path.startsWith(prefix(m_current) + QStringLiteral("appliance_settings")))
            mine << i;
    m_form->showIssues(mine, prefix(m_current));
}

void SiteEditorAppliances::addAppliance()
{
    saveCurrent();
    emit aboutToChangeAppliances();
    site::Appliance a;
    a.name = items().isEmpty() ? QStringLiteral("primary")
                               : (items().size() == 1 ? QStringLiteral("backup")
                                                      : QStringLiteral("appliance-%1").arg(items().size() + 1));
    a.failoverRole = items().isEmpty() ? QStringLiteral("primary") : QString();
    items() << a;
    m_list->addItem(a.name);
    m_list->setCurrentRow(int(items().size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
    emit appliancesChanged();
}

void SiteEditorAppliances::removeAppliance()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= items().size())
        return;
    saveCurrent();
    emit aboutToChangeAppliances();
    m_current = -1; // nothing to save from the form
    items().removeAt(row);
    delete m_list->takeItem(row);
    m_current = m_list->currentRow();
    loadCurrent();
    emit appliancesChanged();
}

int SiteEditorAppliances::showIssues(const site::SiteIssues& issues)
{
    m_issues = issues;
    int count = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        bool error = false;
        bool any = false;
        for (const site::SiteIssue& i : issues) {
            if (i.path.startsWith(prefix(row)) && !i.path.startsWith(prefix(row) + QStringLiteral("appliance_settings"))) {
                any = true;
                error = error || i.isError();
                ++count;
            }
        }
        QListWidgetItem* item = m_list->item(row);
        item->setIcon(!any ? QIcon()
                           : QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                                       : QStyle::SP_MessageBoxWarning));
        item->setToolTip(!any ? QString() : (error ? tr("Has errors") : tr("Has things still to record")));
    }
    loadCurrent();
    return count;
}

bool SiteEditorAppliances::focusPath(const QString& path)
{
    for (int row = 0; row < items().size(); ++row) {
        if (!path.startsWith(prefix(row)))
            continue;
        m_list->setCurrentRow(row);
        return m_form->focusPath(path, prefix(row));
    }
    if (path == QLatin1String("appliances")) {
        m_list->setFocus();
        return true;
    }
    return false;
}

} // namespace dr::ui
