// The Settings dialog: what OK writes (backup staleness, drill reminders, drill backups folder) and the language,
// which is stored for the next start (shared with drrunbook-cli) and not applied to the windows already built.
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"

#include "common/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("drrunbook"));
        QVERIFY(dr::i18n::storeLanguageSetting(QString()));
    }

    void okWritesTheSettings()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("ok.ini")));
        SettingsDialog dialog(settings);
        dialog.backupStaleDays()->setValue(3);
        dialog.drillReminderDays()->setValue(45);
        auto* folder = dialog.findChild<QLineEdit*>();
        QVERIFY(folder);
        // Every field is reached from the keyboard through its label, the folder too (its row is a layout).
        QList<QWidget*> buddies;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->buddy())
                buddies << label->buddy();
        for (QWidget* field :
             {static_cast<QWidget*>(dialog.backupStaleDays()), static_cast<QWidget*>(dialog.drillReminderDays()),
              static_cast<QWidget*>(folder), static_cast<QWidget*>(dialog.language())})
            QVERIFY2(buddies.contains(field), qPrintable(field->accessibleName()));
        folder->setText(m_dir.filePath(QStringLiteral("drills")));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        AppSettings reread(m_dir.filePath(QStringLiteral("ok.ini")));
        QCOMPARE(reread.backupStaleDays(), 3);
        QCOMPARE(reread.drillReminderDays(), 45);
        QCOMPARE(reread.drillBackupFolder(), m_dir.filePath(QStringLiteral("drills")));
    }

    // The list: the system's choice first (naming the language it gives), then every language the app has, by its
    // own name. A choice is stored, not applied; the system's choice clears it; Cancel stores nothing.
    void languageStoredForTheNextStart()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("lang.ini")));
        {
            SettingsDialog dialog(settings);
            QComboBox* language = dialog.language();
            QVERIFY(!language->accessibleName().isEmpty());
            QCOMPARE(language->currentIndex(), 0);
            QCOMPARE(language->itemData(0).toString(), QString());
            QVERIFY2(language->itemText(0).contains(dr::i18n::languageDisplayName(dr::i18n::systemLanguage())),
                     qPrintable(language->itemText(0)));
            QStringList codes;
            for (int i = 1; i < language->count(); ++i)
                codes << language->itemData(i).toString();
            QCOMPARE(codes, dr::i18n::availableLanguages());
            const int german = language->findData(QStringLiteral("de"));
            QVERIFY(german > 0);
            QCOMPARE(language->itemText(german), QStringLiteral("Deutsch"));
            // Reached from the keyboard: its label's mnemonic is its buddy.
            auto* form = dialog.findChild<QFormLayout*>();
            auto* label = qobject_cast<QLabel*>(form->labelForField(language));
            QVERIFY(label);
            QCOMPARE(label->buddy(), language);
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("languageNote"))->text().contains(QStringLiteral("next")));

            language->setCurrentIndex(german);
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        }
        QCOMPARE(dr::i18n::languageSetting(), QStringLiteral("de"));
        QCOMPARE(dr::i18n::currentLanguage(), QStringLiteral("en")); // not applied to what is on screen
        {
            // The next start, without DR_LANG (ctest sets it): the stored choice.
            const QByteArray env = qgetenv("DR_LANG");
            qunsetenv("DR_LANG");
            const QString next = dr::i18n::startupLanguage();
            if (!env.isNull())
                qputenv("DR_LANG", env);
            QCOMPARE(next, QStringLiteral("de"));
        }
        {
            SettingsDialog dialog(settings); // shows what is stored
            QCOMPARE(dialog.language()->currentData().toString(), QStringLiteral("de"));
            dialog.language()->setCurrentIndex(dialog.language()->findData(QStringLiteral("fr")));
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        }
        QCOMPARE(dr::i18n::languageSetting(), QStringLiteral("de"));
        {
            SettingsDialog dialog(settings);
            dialog.language()->setCurrentIndex(0);
            dialog.apply();
        }
        QCOMPARE(dr::i18n::languageSetting(), QString());
        QVERIFY(!dr::i18n::storeLanguageSetting(QStringLiteral("xx")));
        QCOMPARE(dr::i18n::languageSetting(), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_ui_settings.moc"
