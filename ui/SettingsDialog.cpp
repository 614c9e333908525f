#include "SettingsDialog.h"

#include "Settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dr::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_stale = new QSpinBox(this);
    m_stale->setObjectName(QStringLiteral("backupStaleDays"));
    m_stale->setRange(1, 365);
    m_stale->setSuffix(tr(" days"));
    m_stale->setValue(settings.backupStaleDays());
    m_stale->setAccessibleName(tr("A backup is stale after this many days"));
    m_drill = new QSpinBox(this);
    m_drill->setObjectName(QStringLiteral("drillReminderDays"));
    m_drill->setRange(7, 3650);
    m_drill->setSuffix(tr(" days"));
    m_drill->setValue(settings.drillReminderDays());
    m_drill->setAccessibleName(tr("Remind to drill a scenario after this many days"));
    m_folder = new QLineEdit(settings.drillBackupFolder(), this);
    m_folder->setAccessibleName(tr("Folder of drill backups"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of drill backups"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("A backup is &stale after:"), m_stale);
    form->addRow(tr("Remind to &drill each scenario after:"), m_drill);
    form->addRow(tr("Drill &backups folder:"), folderRow);
    auto* note = new QLabel(tr("The Sites list and the dashboard warn when a site's newest backup, or its last drill "
                               "of a scenario, is older than these."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    m_settings.setBackupStaleDays(m_stale->value());
    m_settings.setDrillReminderDays(m_drill->value());
    if (!m_folder->text().trimmed().isEmpty())
        m_settings.setDrillBackupFolder(m_folder->text().trimmed());
    m_settings.sync();
    emit applied();
}

} // namespace dr::ui
