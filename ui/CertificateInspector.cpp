#include "CertificateInspector.h"

#include "CertComparePanel.h"
#include "CertExportDialog.h"
#include "CertNotice.h"
#include "CertReportView.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dr::ui {

CertificateInspector::CertificateInspector(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateInspector"));
    setWindowTitle(tr("Certificate inspector"));
    setAccessibleName(tr("Certificate inspector"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("certPath"));
    m_path->setAccessibleName(tr("Certificate backup file"));
    m_path->setPlaceholderText(tr("the .p12 or .pfx exported from /appliance > Security > Certificates"));
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_triedEmptyPassword = false;
        updateButtons();
    });
    connect(m_path, &QLineEdit::returnPressed, this, &CertificateInspector::openTyped);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("certBrowse"));
    browse->setAccessibleName(tr("Choose the certificate backup file"));
    connect(browse, &QPushButton::clicked, this, &CertificateInspector::chooseFile);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("certPassword"));
    m_password->setAccessibleName(tr("Password of the certificate backup"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("the passphrase given when the certificate was exported"));
    connect(m_password, &QLineEdit::returnPressed, this, &CertificateInspector::openTyped);

    m_fqdn = new QLineEdit(this);
    m_fqdn->setObjectName(QStringLiteral("certFqdn"));
    m_fqdn->setAccessibleName(tr("Appliance FQDN to check"));
    m_fqdn->setPlaceholderText(tr("support.example.com"));
    connect(m_fqdn, &QLineEdit::editingFinished, this, &CertificateInspector::recheck);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("certDays"));
    m_days->setAccessibleName(tr("Warn when a certificate expires within this many days"));
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    connect(m_days, &QSpinBox::editingFinished, this, &CertificateInspector::recheck);

    m_open = new QPushButton(tr("&Open and check"), this);
    m_open->setObjectName(QStringLiteral("certOpen"));
    m_open->setAccessibleName(tr("Open the certificate backup and check it"));
    connect(m_open, &QPushButton::clicked, this, &CertificateInspector::openTyped);
    m_cancel = new QPushButton(tr("Cancel opening"), this);
    m_cancel->setObjectName(QStringLiteral("certCancel"));
    m_cancel->setAccessibleName(tr("Stop opening the certificate backup"));
    connect(m_cancel, &QPushButton::clicked, this, &CertificateInspector::cancelOpen);

    auto* input = new QGroupBox(tr("Certificate backup"), this);
    auto* form = new QFormLayout(input);
    auto label = [input](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, input);
        l->setBuddy(buddy);
        return l;
    };
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(label(tr("&File:"), m_path), fileRow);
    form->addRow(label(tr("&Password:"), m_password), m_password);
    auto* fqdnRow = new QHBoxLayout;
    fqdnRow->addWidget(m_fqdn, 1);
    fqdnRow->addWidget(label(tr("&Warn within:"), m_days));
    fqdnRow->addWidget(m_days);
    form->addRow(label(tr("Appliance FQ&DN:"), m_fqdn), fqdnRow);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addWidget(m_cancel);
    openRow->addStretch();
    form->addRow(QString(), openRow);

    m_notice = new CertNotice(this);
    m_notice->setObjectName(QStringLiteral("certNotice"));
    m_classification = new QLabel(this);
    m_classification->setObjectName(QStringLiteral("certClassification"));
    m_classification->setWordWrap(true);
    m_classification->setTextFormat(Qt::PlainText);
    QFont big = m_classification->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_classification->setFont(big);
    m_view = new CertReportView(this);
    m_compare = new CertComparePanel(this);

    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("certExport"));
    m_exportButton->setAccessibleName(tr("Export the certificate backup to a new file"));
    connect(m_exportButton, &QPushButton::clicked, this, &CertificateInspector::showExport);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(input);
    layout->addWidget(m_notice);
    layout->addWidget(m_classification);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_compare);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<CertLoadPtr>::finished, this, &CertificateInspector::onLoaded);
    resize(920, 900);
    m_path->setFocus();
    updateButtons();
}

CertificateInspector::~CertificateInspector()
{
    // An open in progress finishes on its worker and is dropped; nothing waits for it.
    m_watcher.disconnect(this);
}

cert::CheckOptions CertificateInspector::checkOptions() const
{
    cert::CheckOptions o;
    o.fqdn = m_fqdn->text().trimmed();
    o.expiryWarningDays = m_days->value();
    return o;
}

void CertificateInspector::setFqdn(const QString& fqdn)
{
    m_fqdn->setText(fqdn);
    recheck();
}

void CertificateInspector::setExpiryWarningDays(int days)
{
    m_days->setValue(days);
    recheck();
}

void CertificateInspector::keyPressEvent(QKeyEvent* event)
{
    // Enter acts where the operator is: in a field it does that field's action (open, re-check, compare) through
    // its returnPressed/editingFinished, never a default button somewhere else in the dialog.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !qobject_cast<QPushButton*>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void CertificateInspector::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a certificate backup"), m_path->text(),
                                                      tr("PKCS#12 certificate backups (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_password->setFocus();
}

void CertificateInspector::openFile(const QString& path)
{
    m_path->setText(path);
    openTyped();
}

void CertificateInspector::openTyped()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_notice->setNotice(CertNotice::Level::Error, tr("No file chosen."),
                            tr("Type the path of the .p12/.pfx file or press Browse."));
        m_path->setFocus();
        return;
    }
    m_triedEmptyPassword = m_password->text().isEmpty();
    // The typed password goes into a Secret (wiped after the import) and leaves the field at once.
    const Secret password(m_password->text().toUtf8());
    m_password->clear();
    m_opening = true;
    m_watcher.setFuture(openCertificateBackup(path, password, m_importOptions, checkOptions()));
    m_notice->setNotice(CertNotice::Level::Busy, tr("Opening and checking %1…").arg(QFileInfo(path).fileName()),
                        tr("Deriving the key from the password can take a few seconds."));
    updateButtons();
}

void CertificateInspector::cancelOpen()
{
    if (!m_opening)
        return;
    // OpenSSL's key derivation cannot be interrupted: the worker ends on its own and its result is dropped.
    m_opening = false;
    m_notice->setNotice(CertNotice::Level::Neutral, tr("Opening cancelled."),
                        tr("Nothing was opened. Press \"Open and check\" to try again."));
    updateButtons();
}

void CertificateInspector::onLoaded()
{
    const QFuture<CertLoadPtr> future = m_watcher.future();
    if (!m_opening || future.resultCount() == 0)
        return;
    m_opening = false;
    m_load = future.result();
    showLoad();
    updateButtons();
    emit loaded();
}

void CertificateInspector::recheck()
{
    if (!m_load || !m_load->ok() || m_opening)
        return;
    const cert::CheckOptions o = checkOptions();
    if (o.fqdn == m_load->options.fqdn && o.expiryWarningDays == m_load->options.expiryWarningDays)
        return;
    m_load = recheckCertificateBackup(m_load, o);
    showLoad();
}

void CertificateInspector::showLoad()
{
    m_compare->setBackup(m_load && m_load->ok() ? m_load : nullptr);
    m_compare->setServerName(m_fqdn->text().trimmed());
    if (!m_load->ok()) {
        const cert::ImportResult& r = *m_load->import;
        m_view->clearReport(tr("Nothing to show: the file could not be opened (see above)."));
        m_classification->clear();
        if (r.error == cert::ImportError::WrongPassword && m_triedEmptyPassword) {
            m_notice->setNotice(CertNotice::Level::Warning, tr("This file is protected by a password."),
                                tr("Type the password it was exported with and press Open and check."));
        } else {
            m_notice->setNotice(CertNotice::Level::Error, importFailureTitle(r.error), r.message);
        }
        if (r.error == cert::ImportError::WrongPassword)
            m_password->setFocus();
        return;
    }
    const cert::CertReport& report = m_load->report;
    m_classification->setText(classificationSummary(report));
    m_view->setReport(report);
    int errors = 0;
    int warnings = 0;
    for (const cert::Problem& p : report.problems) {
        errors += p.severity == cert::Severity::Error ? 1 : 0;
        warnings += p.severity == cert::Severity::Warning ? 1 : 0;
    }
    const QString file = QFileInfo(m_load->path).fileName();
    if (report.fitToRestore())
        m_notice->setNotice(CertNotice::Level::Ok, tr("%1 is fit to restore onto the appliance.").arg(file),
                            report.fqdnMatch ? QString()
                                             : tr("Type the appliance's FQDN to check its Alternative Names too."));
    else if (errors > 0)
        m_notice->setNotice(
            CertNotice::Level::Error,
            tr("%1 will not restore as it should: %n problem(s) to fix first.", nullptr, errors).arg(file),
            tr("See \"Problems and what to do\" below."));
    else
        m_notice->setNotice(CertNotice::Level::Warning,
                            tr("%1 can be restored, with %n warning(s).", nullptr, warnings).arg(file),
                            tr("See \"Problems and what to do\" below."));
}

void CertificateInspector::updateButtons()
{
    const bool busy = m_opening;
    m_open->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_cancel->setVisible(busy);
    m_exportButton->setEnabled(!busy && m_load && m_load->ok());
}

CertExportDialog* CertificateInspector::showExport()
{
    if (!m_load || !m_load->ok())
        return nullptr;
    if (m_export)
        m_export->close();
    m_export = new CertExportDialog(m_load, this);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    m_export->open();
    return m_export;
}

} // namespace dr::ui
