#include "SiteEditor.h"

#include "SiteEditorAppliances.h"
#include "SiteEditorGeneral.h"
#include "SiteEditorPages.h"
#include "SiteEditorPeople.h"

#include "keychain/SecretStore.h"
#include "site/SiteConnection.h"
#include "site/SiteFile.h"
#include "site/SiteValidator.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace dr::ui {
namespace {
QScrollArea* scrolled(QWidget* w, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

SiteEditor::SiteEditor(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Site profile"));
    resize(1060, 760);
    m_secrets = new keychain::SecretStore(this);
    m_general = new SiteEditorGeneral(this);
    m_appliances = new SiteEditorAppliances(this);
    m_people = new SiteEditorPeople(this);
    m_pages = new SiteEditorPages(this);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("siteSections"));
    m_sections->setAccessibleName(tr("Sections of the site profile"));
    m_sections->addItems({tr("Site and Atlas"), tr("Appliances"), tr("Contacts and API accounts"),
                          tr("Certificate backup"), tr("Backups"), tr("/appliance pages")});
    m_sections->setFixedWidth(m_sections->fontMetrics().horizontalAdvance(tr("Contacts and API accounts")) + 32);
    m_stack = new QStackedWidget(this);
    for (QWidget* w : {m_general->sitePage(), static_cast<QWidget*>(m_appliances), static_cast<QWidget*>(m_people),
                       m_general->certificatePage(), m_general->backupsPage(), static_cast<QWidget*>(m_pages)})
        m_stack->addWidget(scrolled(w, m_stack));
    connect(m_sections, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_appliances, &SiteEditorAppliances::aboutToChangeAppliances, m_pages, &SiteEditorPages::forgetCurrent);
    connect(m_appliances, &SiteEditorAppliances::appliancesChanged, m_pages, &SiteEditorPages::reloadAppliances);
    connect(m_people, &SiteEditorPeople::storeSecretRequested, this,
            [this](const QString& id) { storeSecret(QStringLiteral("api"), id); });
    connect(m_general, &SiteEditorGeneral::storeBackupPasswordRequested, this,
            [this] { storeSecret(QStringLiteral("backup"), {}); });

    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("siteIssues"));
    m_issues->setAccessibleName(tr("Findings: activate one to go to its field"));
    m_issues->setMaximumHeight(110);
    m_issues->setIconSize(QSize(16, 16));
    m_issues->setWordWrap(true);
    connect(m_issues, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showPath(item->data(Qt::UserRole).toString()); });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveSite"));
    saveButton->setDefault(true);
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton* checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("checkSite"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    auto* findings = new QLabel(tr("&Findings:"), this);
    findings->setBuddy(m_issues);
    layout->addWidget(findings);
    layout->addWidget(m_issues);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_sections->setCurrentRow(0);
}

SiteEditor::~SiteEditor() = default;

bool SiteEditor::openFile(const QString& path, QString* error)
{
    const site::SiteLoadResult r = site::loadSiteProfile(path);
    if (!r.profile) {
        *error = r.error;
        return false;
    }
    m_profile = *r.profile;
    m_path = path;
    load();
    listIssues(r.issues + site::validateSiteProfile(m_profile, {path, true}));
    if (r.migrated())
        m_status->setText(tr("This file uses the older format %1; saving writes format %2 (the old file is kept as "
                             "%3).")
                              .arg(r.fromVersion)
                              .arg(site::kSchemaVersion)
                              .arg(QFileInfo(site::siteBackupPath(path)).fileName()));
    return true;
}

void SiteEditor::newProfile(const QString& path)
{
    m_profile = site::SiteProfile{};
    m_path = path;
    load();
    m_status->setText(tr("A new site profile. Start with the site's name, then add its appliances."));
}

void SiteEditor::load()
{
    setWindowTitle(tr("Site profile — %1").arg(QFileInfo(m_path).fileName()));
    m_pages->setProfilePath(m_path);
    m_general->load(m_profile);
    m_appliances->load(m_profile);
    m_people->load(m_profile);
    m_pages->load(m_profile);
}

site::SiteProfile SiteEditor::profile()
{
    m_general->store(m_profile);
    m_appliances->commit();
    m_pages->commit();
    m_people->store(m_profile);
    return m_profile;
}

site::SiteIssues SiteEditor::check()
{
    const site::SiteIssues issues = site::validateSiteProfile(profile(), {m_path, true});
    listIssues(issues);
    return issues;
}

void SiteEditor::listIssues(const site::SiteIssues& issues)
{
    m_general->showIssues(issues);
    m_appliances->showIssues(issues);
    m_people->showIssues(issues);
    m_pages->showIssues(issues);
    m_issues->clear();
    int errors = 0;
    for (const site::SiteIssue& i : issues) {
        auto* item =
            new QListWidgetItem((i.isError() ? tr("Error — %1") : tr("To record — %1")).arg(i.toString()), m_issues);
        item->setData(Qt::UserRole, i.path);
        item->setIcon(
            style()->standardIcon(i.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        errors += i.isError() ? 1 : 0;
    }
    m_status->setText(issues.isEmpty() ? tr("Nothing to fix or record.")
                                       : tr("%1, %2 still to record. Activate a finding to go to its field.")
                                             .arg(tr("%n error(s)", nullptr, errors),
                                                  tr("%n thing(s)", nullptr, int(issues.size()) - errors)));
}

bool SiteEditor::save(QString* error)
{
    const site::SiteIssues issues = check();
    QString why;
    if (!site::saveSiteProfile(m_path, m_profile, &why)) {
        m_status->setText(tr("Not saved: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    const int errors = int(site::errorsOnly(issues).size());
    m_status->setText(errors == 0 ? tr("Saved %1.").arg(m_path)
                                  : tr("Saved %1, with %n error(s) to fix before it can be used for backups and "
                                       "checks.",
                                       nullptr, errors)
                                        .arg(m_path));
    m_pages->setProfilePath(m_path);
    emit saved(m_path);
    return true;
}

int SiteEditor::currentSection() const
{
    return m_stack->currentIndex();
}

void SiteEditor::showSection(int section)
{
    m_sections->setCurrentRow(section);
}

void SiteEditor::showPath(const QString& path)
{
    if (path.startsWith(QLatin1String("appliances")) && path.contains(QLatin1String(".appliance_settings"))) {
        showSection(PagesSection);
        m_pages->focusPath(path);
    } else if (path.startsWith(QLatin1String("appliances"))) {
        showSection(AppliancesSection);
        m_appliances->focusPath(path);
    } else if (path.startsWith(QLatin1String("contacts")) || path.startsWith(QLatin1String("api_accounts"))) {
        showSection(PeopleSection);
        m_people->focusPath(path);
    } else if (path.startsWith(QLatin1String("certificate_backup"))) {
        showSection(CertificateSection);
        m_general->focusPath(path);
    } else if (path.startsWith(QLatin1String("backups"))) {
        showSection(BackupsSection);
        m_general->focusPath(path);
    } else {
        showSection(SiteSection);
        m_general->focusPath(path);
    }
}

void SiteEditor::storeSecret(const QString& what, const QString& clientId)
{
    const site::SiteProfile p = profile();
    const site::Appliance* source = p.backupSource();
    QString why;
    const auto settings = source ? site::connectionSettingsFor(*source, m_path, &why) : std::nullopt;
    if (!settings) {
        m_status->setText(tr("The keychain entry is named after the appliance's API address: %1")
                              .arg(source ? why : tr("record the primary appliance and its FQDN first.")));
        return;
    }
    if (what == QLatin1String("api") && clientId.isEmpty()) {
        m_status->setText(tr("Select the API account whose client secret to store (type its client id first)."));
        return;
    }
    const keychain::SecretKey key =
        what == QLatin1String("api") ? site::apiSecretKey(*settings, clientId) : site::backupPasswordKey(*settings);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Store in the keychain"),
                                               what == QLatin1String("api") ? tr("Client secret of %1:").arg(clientId)
                                                                            : tr("Backup password:"),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok || text.isEmpty())
        return;
    Secret secret(text.toUtf8());
    QString wipe = text;
    wipe.fill(QChar(u'\0')); // detaches: the dialog's copy is gone with the dialog
    m_status->setText(tr("Storing in the keychain…"));
    m_secrets->write(key, secret, [this, label = key.toString()](const keychain::SecretLookup& r) {
        m_status->setText(r.status == keychain::SecretLookup::Status::Found
                              ? tr("Stored in the keychain as %1.").arg(label)
                              : tr("Not stored: %1").arg(r.message));
    });
}

} // namespace dr::ui
