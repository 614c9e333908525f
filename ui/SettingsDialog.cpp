#include "SettingsDialog.h"

#include "Settings.h"

#include "common/Translations.h"

#include <QComboBox>
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
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of the program"));
    m_language->addItem(tr("As the system (%1)").arg(i18n::languageDisplayName(i18n::systemLanguage())), QString());
    for (const QString& code : i18n::availableLanguages())
        m_language->addItem(i18n::languageDisplayName(code), code);
    const int stored = m_language->findData(i18n::languageSetting());
    m_language->setCurrentIndex(stored < 0 ? 0 : stored);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("A backup is &stale after:"), m_stale);
    form->addRow(tr("Remind to &drill each scenario after:"), m_drill);
    // A row whose field is a layout gets no buddy from QFormLayout: its label says which field its key goes to.
    auto* folderLabel = new QLabel(tr("Drill backups &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("The Sites list and the dashboard warn when a site's newest backup, or its last drill "
                               "of a scenario, is older than these."),
                            this);
    note->setWordWrap(true);
    auto* languageNote = new QLabel(tr("A new language applies the next time the program starts (drrunbook-cli uses "
                                       "it too)."),
                                    this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(languageNote);
    layout->addWidget(buttons);
}

void SettingsDialog::apply()
{
    m_settings.setBackupStaleDays(m_stale->value());
    m_settings.setDrillReminderDays(m_drill->value());
    if (!m_folder->text().trimmed().isEmpty())
        m_settings.setDrillBackupFolder(m_folder->text().trimmed());
    m_settings.sync();
    i18n::storeLanguageSetting(m_language->currentData().toString());
    emit applied();
}

} // namespace dr::ui
