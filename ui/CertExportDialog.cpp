#include "CertExportDialog.h"

#include "CertNotice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dr::ui {

CertExportDialog::CertExportDialog(CertLoadPtr backup, QWidget* parent) : QDialog(parent), m_backup(std::move(backup))
{
    setObjectName(QStringLiteral("certExportDialog"));
    setWindowTitle(tr("Export the certificate backup"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("PKCS#12 (.p12), AES-256 - recommended"), Pkcs12Modern);
    m_format->addItem(tr("PKCS#12 (.p12), legacy 3DES/SHA-1 - INSECURE, only for old targets"), Pkcs12Legacy);
    m_format->addItem(tr("PEM certificate chain (no private key)"), PemChain);
    connect(m_format, &QComboBox::currentIndexChanged, this, &CertExportDialog::onEdited);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    connect(m_path, &QLineEdit::textChanged, this, &CertExportDialog::onEdited);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to write"));
    connect(browse, &QPushButton::clicked, this, &CertExportDialog::chooseFile);

    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("exportPassphrase"));
    m_pass->setAccessibleName(tr("New passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    connect(m_pass, &QLineEdit::textChanged, this, &CertExportDialog::onEdited);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("exportRepeat"));
    m_repeat->setAccessibleName(tr("Repeat the new passphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    connect(m_repeat, &QLineEdit::textChanged, this, &CertExportDialog::onEdited);

    m_legacyWarning = new QLabel(tr("Legacy 3DES with a SHA-1 integrity check is weak. Use it only for a target "
                                    "that cannot read AES-256 files, and keep the file safe."),
                                 this);
    m_legacyWarning->setObjectName(QStringLiteral("exportLegacyWarning"));
    m_legacyWarning->setWordWrap(true);
    m_legacyWarning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_notice = new CertNotice(this);
    m_notice->setObjectName(QStringLiteral("exportNotice"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("exportWrite"));
    m_write->setAccessibleName(tr("Write the file"));
    m_write->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto add = [this, form](const QString& label, QWidget* field, QLayout* row = nullptr) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        if (row)
            form->addRow(l, row);
        else
            form->addRow(l, field);
    };
    add(tr("&Format:"), m_format);
    add(tr("&File:"), m_path, pathRow);
    add(tr("New &passphrase:"), m_pass);
    add(tr("&Repeat it:"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_legacyWarning);
    layout->addWidget(m_notice);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcher<cert::ExportResult>::finished, this, &CertExportDialog::onWritten);
    resize(640, 320);
    onEdited();
}

CertExportDialog::~CertExportDialog()
{
    // The worker holds its own copies (key owner, chain, passphrase); wait so the file is complete or absent.
    m_watcher.waitForFinished();
}

void CertExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void CertExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void CertExportDialog::chooseFile()
{
    const bool pem = m_format->currentData().toInt() == PemChain;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                     pem ? tr("PEM certificates (*.pem *.crt)") : tr("PKCS#12 files (*.p12 *.pfx)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

QString CertExportDialog::updateState()
{
    const int format = m_format->currentData().toInt();
    const bool pem = format == PemChain;
    m_pass->setEnabled(!pem);
    m_repeat->setEnabled(!pem);
    m_legacyWarning->setVisible(format == Pkcs12Legacy);
    const bool canExportKey = m_backup && m_backup->report.leaf() && m_backup->report.keyMatches;
    QString blocker;
    if (!m_backup || !m_backup->ok())
        blocker = tr("Open a certificate backup first.");
    else if (!pem && !canExportKey)
        blocker = tr("This backup has no private key that belongs to its certificate: only the PEM chain can be "
                     "exported.");
    else if (m_path->text().trimmed().isEmpty())
        blocker = tr("Choose the file to write.");
    else if (!pem && m_pass->text().isEmpty())
        blocker = tr("Type a new passphrase for the file.");
    else if (!pem && m_pass->text() != m_repeat->text())
        blocker = tr("The two passphrases differ.");
    m_write->setEnabled(blocker.isEmpty() && !m_watcher.isRunning());
    return blocker;
}

void CertExportDialog::onEdited()
{
    const QString blocker = updateState();
    if (!m_watcher.isRunning())
        m_notice->setNotice(CertNotice::Level::Neutral, blocker);
}

void CertExportDialog::exportNow()
{
    if (m_watcher.isRunning() || !m_backup)
        return;
    const QString path = m_path->text().trimmed();
    if (QFileInfo::exists(path)) {
        m_notice->setNotice(CertNotice::Level::Error, tr("%1 already exists.").arg(path),
                            tr("Choose a new file name: an existing file is never replaced."));
        return;
    }
    const int format = m_format->currentData().toInt();
    const Secret pass(m_pass->text().toUtf8());
    m_pass->clear();
    m_repeat->clear();
    m_pendingPath = path;
    const CertLoadPtr backup = m_backup;
    // The lambda keeps the loaded backup (and so its private key) alive and owns the passphrase copy, wiped with it.
    m_watcher.setFuture(QtConcurrent::run([backup, path, pass, format]() -> cert::ExportResult {
        const std::vector<cert::CertInfo> chain = chainForExport(backup->report);
        if (format == PemChain)
            return cert::writePemChainFile(path, chain);
        return cert::writePkcs12File(path, backup->import->contents.privateKey.get(), chain, pass,
                                     format == Pkcs12Legacy ? cert::ExportProfile::LegacyInsecure
                                                            : cert::ExportProfile::Modern);
    }));
    m_notice->setNotice(CertNotice::Level::Busy, tr("Writing %1…").arg(path));
    updateState();
}

void CertExportDialog::onWritten()
{
    const cert::ExportResult r = m_watcher.result();
    if (r.ok) {
        m_written = m_pendingPath;
        m_notice->setNotice(CertNotice::Level::Ok, tr("Wrote %1.").arg(m_pendingPath),
                            m_format->currentData().toInt() == PemChain
                                ? tr("The certificate chain, without the private key.")
                                : tr("The certificate, its chain and the private key, under the new passphrase. "
                                     "Keep the passphrase with the site's secrets."));
        emit exported(m_pendingPath);
    } else {
        m_notice->setNotice(CertNotice::Level::Error, tr("Nothing was written to %1.").arg(m_pendingPath), r.message);
    }
    updateState();
}

} // namespace dr::ui
