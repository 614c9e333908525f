#include "BackupManager.h"

#include "BackupDownloadPanel.h"
#include "BackupListModel.h"
#include "CertNotice.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace dr::ui {

using backup::BackupEntry;

BackupManager::BackupManager(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("backupManager"));
    setWindowTitle(tr("Backups (.nsb)"));
    setAccessibleName(tr("Backup manager"));
    m_model = new BackupListModel(SystemClock::instance(), this);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setAccessibleName(tr("Backup folder"));
    connect(m_folder, &QLineEdit::returnPressed, this, &BackupManager::applyFolder);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the backup folder"));
    connect(browse, &QPushButton::clicked, this, &BackupManager::chooseFolder);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("backupRefresh"));
    refreshButton->setAccessibleName(tr("List the folder again"));
    connect(refreshButton, &QPushButton::clicked, this, &BackupManager::refresh);

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("backupTarget"));
    m_target->setAccessibleName(tr("Version of the site the backup will be restored onto"));
    m_target->setPlaceholderText(tr("e.g. 23.2.4 (/login > Status)"));
    m_target->setMinimumWidth(m_target->fontMetrics().horizontalAdvance(m_target->placeholderText()) + 24);
    connect(m_target, &QLineEdit::textChanged, this, &BackupManager::applyTarget);
    m_targetHint = new QLabel(this);
    m_targetHint->setObjectName(QStringLiteral("backupTargetHint"));
    m_targetHint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_staleDays = new QSpinBox(this);
    m_staleDays->setObjectName(QStringLiteral("backupStaleDays"));
    m_staleDays->setAccessibleName(tr("A backup older than this many days is stale"));
    m_staleDays->setRange(1, 365);
    m_staleDays->setValue(m_model->staleAfterDays());
    m_staleDays->setSuffix(tr(" days"));
    connect(m_staleDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_model->setStaleAfterDays(days);
        updateSummary();
    });

    m_summary = new CertNotice(this);
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("backupTable"));
    m_view->setAccessibleName(tr("Backups in the folder"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::Name, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupManager::updateDetails);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("backupDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify = new QPushButton(tr("&Verify again"), this);
    m_verify->setObjectName(QStringLiteral("backupVerify"));
    m_verify->setAccessibleName(tr("Hash every backup again and compare with its .sha256 file"));
    connect(m_verify, &QPushButton::clicked, this, [this] { m_model->catalog()->verifyAll(); });

    m_download = new BackupDownloadPanel(this);
    connect(m_download, &BackupDownloadPanel::downloaded, this, &BackupManager::onDownloaded);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateDetails();
    });
    connect(m_model, &BackupListModel::verificationFinished, this, &BackupManager::verificationFinished);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(refreshButton);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_target);
    optionsRow->addWidget(m_targetHint, 1);
    auto* form = new QFormLayout;
    auto add = [this, form](const QString& text, QWidget* buddy, QLayout* row) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        form->addRow(l, row);
    };
    add(tr("Backup &folder:"), m_folder, folderRow);
    add(tr("Restore onto &version:"), m_target, optionsRow);
    auto* staleRow = new QHBoxLayout;
    staleRow->addWidget(m_staleDays);
    staleRow->addStretch();
    add(tr("&Stale after:"), m_staleDays, staleRow);
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_details, 1);
    tableButtons->addWidget(m_verify, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_download);
    resize(980, 820);
    updateSummary();
}

BackupManager::~BackupManager() = default;

void BackupManager::setFolder(const QString& folder)
{
    m_folder->setText(folder);
    applyFolder();
}

QString BackupManager::folder() const
{
    return m_model->catalog()->folder();
}

void BackupManager::setStaleAfterDays(int days)
{
    m_staleDays->setValue(days);
}

void BackupManager::setTargetVersion(const QString& version)
{
    m_target->setText(version);
}

void BackupManager::setSupportedUpgrades(const support::SupportedUpgrades& upgrades)
{
    m_model->setSupportedUpgrades(upgrades);
    updateDetails();
}

void BackupManager::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
    if (!dir.isEmpty())
        setFolder(dir);
}

void BackupManager::applyFolder()
{
    const QString folder = QDir::cleanPath(m_folder->text().trimmed());
    m_download->setOutputFolder(folder);
    m_model->setFolder(folder);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void BackupManager::refresh()
{
    m_model->refresh();
}

void BackupManager::applyTarget()
{
    const QString text = m_target->text().trimmed();
    const auto version = support::ProductVersion::parse(text);
    m_targetHint->setText(text.isEmpty() || version ? QString()
                                                    : tr("Not a version: type it as X.Y or X.Y.Z, e.g. 23.2.4"));
    m_model->setTargetVersion(version);
    updateDetails();
}

void BackupManager::updateSummary()
{
    const backup::BackupCatalog* catalog = m_model->catalog();
    if (catalog->folder().isEmpty()) {
        m_summary->setNotice(CertNotice::Level::Neutral, tr("Choose the folder your /login backups are kept in."));
        return;
    }
    if (!QFileInfo(catalog->folder()).isDir()) {
        m_summary->setNotice(CertNotice::Level::Error, tr("%1 is not a folder.").arg(catalog->folder()),
                             tr("Check the path, or that the network share is mounted."));
        return;
    }
    const BackupEntry* newest = catalog->newest();
    if (!newest) {
        m_summary->setNotice(CertNotice::Level::Error, tr("No backup in this folder."),
                             tr("Download one now (below) and keep downloading them on a schedule."));
        return;
    }
    int damaged = 0;
    for (const BackupEntry& e : catalog->entries())
        damaged += e.verification == BackupEntry::Verification::Mismatch ||
                           e.verification == BackupEntry::Verification::Unreadable
                       ? 1
                       : 0;
    const QString age = m_model->ageText(*newest);
    if (m_model->isStale(*newest))
        m_summary->setNotice(CertNotice::Level::Warning, tr("The newest backup is stale (%1 old).").arg(age),
                             tr("Download a backup now, and before every upgrade."));
    else if (damaged > 0)
        m_summary->setNotice(CertNotice::Level::Error, tr("%n backup(s) are damaged.", nullptr, damaged),
                             tr("Do not restore them; download a fresh backup."));
    else
        m_summary->setNotice(CertNotice::Level::Ok, tr("The newest backup is %1 old.").arg(age), newest->fileName);
}

void BackupManager::updateDetails()
{
    const BackupEntry* e = m_model->entry(m_view->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    QStringList lines{e->path};
    lines << (e->recordedSha256.isEmpty() ? tr("SHA-256: no .sha256 file")
                                          : tr("SHA-256 (from the .sha256 file): %1").arg(e->recordedSha256));
    lines << tr("Check: %1").arg(BackupListModel::verificationText(*e));
    if (!e->verifyMessage.isEmpty())
        lines << e->verifyMessage;
    if (const auto a = m_model->assess(*e))
        lines << a->message;
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void BackupManager::onDownloaded(const QString& path)
{
    m_model->refresh();
    const int row = m_model->rowOf(QFileInfo(path).fileName());
    if (row >= 0)
        m_view->selectRow(row);
}

} // namespace dr::ui
