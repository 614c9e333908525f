#include "SiteEditorGeneral.h"

#include "SiteFieldForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace dr::ui {

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

QString joinList(const QStringList& list)
{
    return list.join(QStringLiteral(", "));
}

SiteEditorGeneral::SiteEditorGeneral(QWidget* parent) : QObject(parent)
{
    m_site = new SiteFieldForm(parent);
    m_name = m_site->addLine(QStringLiteral("site.name"), tr("Site &name:"), tr("e.g. Example Corp support"));
    m_fqdn = m_site->addLine(QStringLiteral("site.fqdn"), tr("Public site &address:"), tr("support.example.com"));
    m_product = m_site->addChoice(QStringLiteral("site.product"), tr("&Product:"), site::kProducts);
    m_notes = m_site->addText(QStringLiteral("site.notes"), tr("N&otes:"));
    m_site->addNote(tr("Atlas cluster: one primary node (a master) and traffic nodes, by appliance name."));
    m_atlas = m_site->addCheck(QStringLiteral("atlas.enabled"), tr("This site is an &Atlas cluster"));
    m_atlasPrimary = m_site->addLine(QStringLiteral("atlas.primary_node"), tr("Primary &node:"), tr("master-a"));
    m_atlasTraffic = m_site->addLine(QStringLiteral("atlas.traffic_nodes"), tr("&Traffic nodes:"),
                                     tr("traffic-1, traffic-2"));

    m_cert = new SiteFieldForm(parent);
    m_cert->addNote(tr("Where the exported certificate backup (.p12 with its private key and chain) is kept, and the "
                       "SHA-256 fingerprint of the appliance certificate inside it. The .p12 password goes to the "
                       "keychain or your password safe, never here."));
    m_certLocation = m_cert->addLine(QStringLiteral("certificate_backup.location"), tr("&Location:"),
                                     tr("certificates/support.example.com.p12, or a description"));
    m_certSha = m_cert->addLine(QStringLiteral("certificate_backup.sha256"), tr("&SHA-256 fingerprint:"),
                                tr("64 hex digits, colons allowed"));
    m_certNotes = m_cert->addText(QStringLiteral("certificate_backup.notes"), tr("N&otes:"));

    m_backups = new SiteFieldForm(parent);
    m_backups->addNote(tr("Scheduled /login backups (drrunbook-cli backup --site FILE) go to this folder; the main "
                          "window warns when the newest one is older than the period in Settings."));
    m_folder = m_backups->addLine(QStringLiteral("backups.folder"), tr("Backup &folder:"),
                                  tr("backups (relative to this profile's folder) or an absolute path"));
    m_keep = m_backups->addNumber(QStringLiteral("backups.keep"), tr("&Keep:"), 1, 1000, tr(" backups"));
    m_from = m_backups->addLine(QStringLiteral("backups.from_appliance"), tr("From &appliance:"),
                                tr("empty = the recorded primary"));
    m_account = m_backups->addLine(QStringLiteral("backups.api_account"), tr("API a&ccount:"),
                                   tr("client id; empty = the first API account"));
    m_protected = m_backups->addCheck(QStringLiteral("backups.password_protected"),
                                      tr("Backups are &password protected (the password is kept in the keychain)"));
    auto* storePassword = new QPushButton(tr("Store the backup &password in the keychain…"), m_backups);
    storePassword->setObjectName(QStringLiteral("storeBackupPassword"));
    connect(storePassword, &QPushButton::clicked, this, &SiteEditorGeneral::storeBackupPasswordRequested);
    m_backups->addRow(QStringLiteral("backups.password"), QString(), storePassword);
}

QWidget* SiteEditorGeneral::sitePage() const
{
    return m_site;
}
QWidget* SiteEditorGeneral::certificatePage() const
{
    return m_cert;
}
QWidget* SiteEditorGeneral::backupsPage() const
{
    return m_backups;
}

void SiteEditorGeneral::load(const site::SiteProfile& p)
{
    m_name->setText(p.site.name);
    m_fqdn->setText(p.site.fqdn);
    SiteFieldForm::setChoice(m_product, p.site.product);
    m_notes->setPlainText(p.site.notes);
    m_atlas->setChecked(p.atlas.enabled);
    m_atlasPrimary->setText(p.atlas.primaryNode);
    m_atlasTraffic->setText(joinList(p.atlas.trafficNodes));
    m_certLocation->setText(p.certificateBackup.location);
    m_certSha->setText(p.certificateBackup.sha256);
    m_certNotes->setPlainText(p.certificateBackup.notes);
    m_folder->setText(p.backups.folder);
    m_keep->setValue(p.backups.keep);
    m_from->setText(p.backups.fromAppliance);
    m_account->setText(p.backups.apiAccount);
    m_protected->setChecked(p.backups.passwordProtected);
}

void SiteEditorGeneral::store(site::SiteProfile& p) const
{
    p.site.name = m_name->text().trimmed();
    p.site.fqdn = m_fqdn->text().trimmed();
    p.site.product = SiteFieldForm::choice(m_product);
    p.site.notes = m_notes->toPlainText();
    p.atlas.enabled = m_atlas->isChecked();
    p.atlas.primaryNode = m_atlasPrimary->text().trimmed();
    p.atlas.trafficNodes = splitList(m_atlasTraffic->text());
    p.certificateBackup.location = m_certLocation->text().trimmed();
    p.certificateBackup.sha256 = m_certSha->text().trimmed();
    p.certificateBackup.notes = m_certNotes->toPlainText();
    p.backups.folder = m_folder->text().trimmed();
    p.backups.keep = m_keep->value();
    p.backups.fromAppliance = m_from->text().trimmed();
    p.backups.apiAccount = m_account->text().trimmed();
    p.backups.passwordProtected = m_protected->isChecked();
}

int SiteEditorGeneral::showIssues(const site::SiteIssues& issues)
{
    return m_site->showIssues(issues) + m_cert->showIssues(issues) + m_backups->showIssues(issues);
}

bool SiteEditorGeneral::focusPath(const QString& path)
{
    return m_site->focusPath(path) || m_cert->focusPath(path) || m_backups->focusPath(path);
}

} // namespace dr::ui
