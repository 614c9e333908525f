#include "BackupDownloadPanel.h"

#include "BackupListModel.h"
#include "CertNotice.h"

#include "keychain/SecretStore.h"
#include "site/SiteConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

namespace {
QLineEdit* lineEdit(const QString& name, const QString& accessible, QWidget* parent, bool secret = false)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    if (secret)
        e->setEchoMode(QLineEdit::Password);
    return e;
}
} // namespace

BackupDownloadPanel::BackupDownloadPanel(QWidget* parent)
    : QGroupBox(tr("Download a backup now from the appliance"), parent)
{
    setObjectName(QStringLiteral("downloadPanel"));
    m_store = new keychain::SecretStore(this);
    m_url = lineEdit(QStringLiteral("downloadUrl"), tr("Appliance address"), this);
    m_url->setPlaceholderText(tr("https://support.example.com"));
    m_trust = new QComboBox(this);
    m_trust->setObjectName(QStringLiteral("downloadTrust"));
    m_trust->setAccessibleName(tr("How to trust the appliance's certificate"));
    m_trust->addItem(tr("CAs trusted by this computer"), SystemCas);
    m_trust->addItem(tr("This CA certificate file"), CaFile);
    m_trust->addItem(tr("Exactly this certificate (SHA-256)"), PinnedSha256);
    connect(m_trust, &QComboBox::currentIndexChanged, this, &BackupDownloadPanel::updateTrustFields);
    m_caFile = lineEdit(QStringLiteral("downloadCaFile"), tr("CA certificate file (PEM or DER)"), this);
    m_caBrowse = new QPushButton(tr("Bro&wse…"), this);
    m_caBrowse->setAccessibleName(tr("Choose the CA certificate file"));
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                       tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    m_pin = lineEdit(QStringLiteral("downloadPin"), tr("SHA-256 fingerprint of the appliance's certificate"), this);
    m_pin->setPlaceholderText(tr("AB:CD:… (64 hex digits)"));
    m_clientId = lineEdit(QStringLiteral("downloadClientId"), tr("API client ID"), this);
    m_secret = lineEdit(QStringLiteral("downloadSecret"), tr("API client secret"), this, true);
    m_secret->setPlaceholderText(tr("empty: taken from the system keychain"));
    m_backupPassword = lineEdit(QStringLiteral("downloadBackupPassword"), tr("Backup password"), this, true);
    m_backupPassword->setPlaceholderText(tr("empty: the backup is not password-protected"));
    m_remember = new QCheckBox(tr("&Keep the typed client secret in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("downloadRemember"));
    m_remember->setAccessibleName(
        tr("Keep the typed client secret in the system keychain after a successful download"));

    for (QLineEdit* e : {m_url, m_caFile, m_pin, m_clientId, m_secret, m_backupPassword})
        connect(e, &QLineEdit::returnPressed, this, &BackupDownloadPanel::start);

    m_start = new QPushButton(tr("&Download now"), this);
    m_start->setObjectName(QStringLiteral("downloadStart"));
    m_start->setAccessibleName(tr("Download a backup from the appliance now"));
    connect(m_start, &QPushButton::clicked, this, &BackupDownloadPanel::start);
    m_cancel = new QPushButton(tr("&Cancel download"), this);
    m_cancel->setObjectName(QStringLiteral("downloadCancel"));
    m_cancel->setAccessibleName(tr("Cancel the download; nothing is kept"));
    connect(m_cancel, &QPushButton::clicked, this, &BackupDownloadPanel::cancel);
    m_trustServed = new QPushButton(this);
    m_trustServed->setObjectName(QStringLiteral("downloadTrustServed"));
    m_trustServed->setAccessibleName(tr("Trust the certificate the appliance presented"));
    connect(m_trustServed, &QPushButton::clicked, this, &BackupDownloadPanel::trustServedCertificate);
    m_trustServed->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setFormat(tr("%p%"));
    m_progress->hide();
    m_notice = new CertNotice(this);
    m_notice->setObjectName(QStringLiteral("downloadNotice"));

    auto* form = new QFormLayout;
    auto add = [this, form](const QString& text, QWidget* field, QLayout* row = nullptr) {
        auto* l = new QLabel(text, this);
        l->setBuddy(field);
        if (row)
            form->addRow(l, row);
        else
            form->addRow(l, field);
    };
    add(tr("Appliance &URL:"), m_url);
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust);
    trustRow->addWidget(m_caFile, 1);
    trustRow->addWidget(m_caBrowse);
    trustRow->addWidget(m_pin, 1);
    add(tr("&Trust:"), m_trust, trustRow);
    add(tr("API c&lient ID:"), m_clientId);
    add(tr("Client &secret:"), m_secret);
    form->addRow(QString(), m_remember);
    add(tr("Backup pass&word:"), m_backupPassword);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0); // takes the room only while the progress bar is hidden
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_trustServed);
    updateTrustFields();
    setBusy(false);
}

BackupDownloadPanel::~BackupDownloadPanel()
{
    if (m_downloader && m_downloader->isRunning()) {
        m_downloader->disconnect(this); // no status update for a panel that is going away
        m_downloader->cancel();         // removes its temporary file
    }
}

void BackupDownloadPanel::setAppliance(const QString& url, const QString& clientId)
{
    m_url->setText(url);
    m_clientId->setText(clientId);
}

void BackupDownloadPanel::setTrust(TrustMode mode, const QString& caFileOrPin)
{
    m_trust->setCurrentIndex(m_trust->findData(int(mode)));
    if (mode == CaFile)
        m_caFile->setText(caFileOrPin);
    else if (mode == PinnedSha256)
        m_pin->setText(caFileOrPin);
}

void BackupDownloadPanel::updateTrustFields()
{
    const int mode = m_trust->currentData().toInt();
    m_caFile->setVisible(mode == CaFile);
    m_caBrowse->setVisible(mode == CaFile);
    m_pin->setVisible(mode == PinnedSha256);
}

bool BackupDownloadPanel::isRunning() const
{
    return m_lookingUp || (m_downloader && m_downloader->isRunning());
}

std::optional<api::ConnectionSettings> BackupDownloadPanel::settingsFromForm()
{
    api::ConnectionSettings s;
    s.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    s.transferTimeoutMs = m_transferTimeoutMs;
    if (const auto invalid = s.validate()) {
        m_notice->setNotice(CertNotice::Level::Error, tr("The appliance URL cannot be used."), invalid->message);
        m_url->setFocus();
        return std::nullopt;
    }
    const int mode = m_trust->currentData().toInt();
    if (mode == CaFile) {
        const auto cas = api::TlsTrust::loadCaFile(m_caFile->text().trimmed());
        if (!cas.ok()) {
            m_notice->setNotice(CertNotice::Level::Error, tr("The CA certificate file cannot be used."),
                                cas.error.message);
            m_caFile->setFocus();
            return std::nullopt;
        }
        s.trust.caCertificates = *cas.value;
    } else if (mode == PinnedSha256) {
        const auto pin = api::TlsTrust::parsePin(m_pin->text());
        if (!pin) {
            m_notice->setNotice(CertNotice::Level::Error, tr("The fingerprint is not a SHA-256."),
                                tr("Type the 64 hexadecimal digits of the certificate's SHA-256 fingerprint "
                                   "(colons and spaces are allowed)."));
            m_pin->setFocus();
            return std::nullopt;
        }
        s.trust.pinnedSha256 = *pin;
    }
    return s;
}

void BackupDownloadPanel::start()
{
    if (isRunning())
        return;
    m_trustServed->hide();
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir()) {
        m_notice->setNotice(CertNotice::Level::Error, tr("No backup folder."),
                            tr("Choose the folder the backups are kept in first."));
        return;
    }
    const std::optional<api::ConnectionSettings> settings = settingsFromForm();
    if (!settings)
        return;
    if (m_clientId->text().trimmed().isEmpty()) {
        m_notice->setNotice(CertNotice::Level::Error, tr("No API client ID."),
                            tr("Type the client ID of the API account (/login > Management > API Configuration)."));
        m_clientId->setFocus();
        return;
    }
    m_typedSecret.reset();
    if (!m_secret->text().isEmpty()) {
        const Secret secret(m_secret->text().toUtf8());
        m_secret->clear();
        if (m_remember->isChecked())
            m_typedSecret = secret;
        startWith(*settings, secret);
        return;
    }
    // No secret typed: ask the system keychain (asynchronous, with its own timeout).
    m_lookingUp = true;
    setBusy(true);
    m_notice->setNotice(CertNotice::Level::Busy, tr("Looking up the client secret in the system keychain…"));
    const api::ConnectionSettings copy = *settings;
    QPointer<BackupDownloadPanel> self(this);
    m_store->read(site::apiSecretKey(copy, m_clientId->text().trimmed()), [self, copy](keychain::SecretLookup found) {
        if (!self || !self->m_lookingUp)
            return;
        self->m_lookingUp = false;
        if (found.status == keychain::SecretLookup::Status::Found) {
            self->startWith(copy, found.secret);
            return;
        }
        self->setBusy(false);
        self->m_notice->setNotice(CertNotice::Level::Warning, tr("Type the API client secret."),
                                  found.status == keychain::SecretLookup::Status::NotFound
                                      ? tr("The system keychain holds no secret for this client ID and appliance.")
                                      : found.message);
        self->m_secret->setFocus();
    });
}

void BackupDownloadPanel::startWith(const api::ConnectionSettings& settings, const Secret& clientSecret)
{
    api::Credentials credentials;
    credentials.clientId = m_clientId->text().trimmed();
    credentials.secret = clientSecret;
    api::BackupOptions options;
    options.outputDir = m_folder;
    if (!m_backupPassword->text().isEmpty())
        options.password = Secret(m_backupPassword->text().toUtf8());
    m_backupPassword->clear();

    m_lastSettings = settings;
    if (m_downloader)
        m_downloader->deleteLater();
    m_downloader = new api::BackupDownloader(settings, credentials, SystemClock::instance(), nullptr, this);
    connect(m_downloader, &api::BackupDownloader::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
            m_progress->setFormat(
                tr("%1 of %2").arg(BackupListModel::sizeText(received), BackupListModel::sizeText(total)));
        } else {
            m_progress->setRange(0, 0);
        }
        emit progress(received, total);
    });
    connect(m_downloader, &api::BackupDownloader::finished, this, &BackupDownloadPanel::onFinished);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setFormat(tr("connecting…"));
    setBusy(true);
    m_notice->setNotice(CertNotice::Level::Busy, tr("Downloading a backup from %1…").arg(settings.baseUrl.host()),
                        tr("The file appears in the list only once it has arrived whole."));
    m_downloader->start(options);
}

void BackupDownloadPanel::cancel()
{
    if (m_lookingUp) {
        m_lookingUp = false;
        setBusy(false);
        m_notice->setNotice(CertNotice::Level::Neutral, tr("Download cancelled."));
        emit finished(false);
        return;
    }
    if (m_downloader && m_downloader->isRunning())
        m_downloader->cancel(); // finished() follows
}

void BackupDownloadPanel::onFinished()
{
    setBusy(false);
    const api::ApiError error = m_downloader->error();
    m_lastError = error;
    if (!error.isError()) {
        const api::BackupResult& r = m_downloader->result();
        m_lastFile = r.filePath;
        m_notice->setNotice(
            CertNotice::Level::Ok, tr("Downloaded %1 (%2).").arg(r.fileName, BackupListModel::sizeText(r.bytes)),
            tr("SHA-256 %1, written beside it as %2.").arg(r.sha256Hex, QFileInfo(r.sha256Path).fileName()));
        rememberSecret();
        emit finished(true);
        emit downloaded(r.filePath);
        return;
    }
    m_typedSecret.reset();
    m_lastFile.clear();
    if (error.kind == api::ApiError::Kind::Cancelled) {
        m_notice->setNotice(CertNotice::Level::Neutral, tr("Download cancelled."),
                            tr("Nothing was kept: no partial file is left in the folder."));
    } else {
        m_notice->setNotice(CertNotice::Level::Error, tr("The backup could not be downloaded."),
                            error.message +
                                (error.detail.isEmpty() ? QString() : QString(QStringLiteral("\n") + error.detail)) +
                                QStringLiteral("\n") + tr("Nothing was kept under the backup's name."));
        if (error.kind == api::ApiError::Kind::Tls && !error.certificateSha256.isEmpty()) {
            m_servedSha256 = error.certificateSha256;
            m_trustServed->setText(tr("&Trust this certificate: SHA-256 %1").arg(error.certificateSha256));
            m_trustServed->setToolTip(tr("Only if it is the fingerprint the appliance shows in /appliance > Security "
                                         "> Certificates. Subject: %1")
                                          .arg(error.certificateSubject));
            m_trustServed->show();
        }
    }
    emit finished(false);
}

void BackupDownloadPanel::rememberSecret()
{
    if (!m_typedSecret)
        return;
    const Secret secret = *m_typedSecret;
    m_typedSecret.reset();
    QPointer<BackupDownloadPanel> self(this);
    m_store->write(site::apiSecretKey(m_lastSettings, m_clientId->text().trimmed()), secret,
                   [self](keychain::SecretLookup stored) {
                       if (!self)
                           return;
                       const bool ok = stored.status == keychain::SecretLookup::Status::Found;
                       const QString detail = self->m_notice->detail() + QLatin1Char('\n') +
                                              (ok ? tr("The client secret is now in the system keychain.")
                                                  : tr("The client secret was not kept: %1").arg(stored.message));
                       self->m_notice->setNotice(self->m_notice->level(), self->m_notice->title(), detail);
                       emit self->secretRemembered(ok);
                   });
}

void BackupDownloadPanel::trustServedCertificate()
{
    if (m_servedSha256.isEmpty())
        return;
    setTrust(PinnedSha256, m_servedSha256);
    m_trustServed->hide();
    m_notice->setNotice(
        CertNotice::Level::Warning, tr("The appliance's certificate is now pinned."),
        tr("Only the certificate with SHA-256 %1 is accepted. Press Download now again.").arg(m_servedSha256));
    m_start->setFocus();
}

void BackupDownloadPanel::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_trust), static_cast<QWidget*>(m_clientId),
                       static_cast<QWidget*>(m_secret), static_cast<QWidget*>(m_backupPassword)})
        w->setEnabled(!busy);
}

} // namespace dr::ui
