// Help > About: the versions it shows are those of `drrunbook --version`, "Copy versions" puts that report on the
// clipboard, the licences are named, the keyboard closes it, and every value has an accessible name.
#include "ui/AboutDialog.h"

#include "common/BuildInfo.h"
#include "common/OpenSslRuntime.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using dr::ui::AboutDialog;

class TestUiAbout : public QObject
{
    Q_OBJECT

private slots:
    void showsTheVersions();
    void legacyProviderStatus();
    void copyVersionsForASupportCall();
    void namesTheLicences();
    void keyboardAndAccessibility();
    void screenshot();

private:
    template <typename T> static T* child(const QWidget& w, const char* name)
    {
        T* c = w.findChild<T*>(QLatin1String(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
};

void TestUiAbout::showsTheVersions()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(dialog, "aboutAppVersion")->text(), dr::appVersion());
    QVERIFY(child<QLabel>(dialog, "aboutTitle")->text().endsWith(dr::appVersion()));
    const QString qt = child<QLabel>(dialog, "aboutQtVersion")->text();
    QVERIFY2(qt.startsWith(QString::fromLatin1(qVersion())), qPrintable(qt));
    QVERIFY2(qt.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(qt));
    QCOMPARE(child<QLabel>(dialog, "aboutOpenSslVersion")->text(), dr::openSslRuntime().version);
    QVERIFY(dr::openSslRuntime().version.startsWith(QStringLiteral("OpenSSL 3.")));
    QCOMPARE(child<QLabel>(dialog, "aboutModulesDir")->text(), dr::openSslRuntime().modulesDir);
    QVERIFY(!dr::openSslRuntime().modulesDir.isEmpty());
}

void TestUiAbout::legacyProviderStatus()
{
    AboutDialog dialog;
    const QString text = child<QLabel>(dialog, "aboutLegacyProvider")->text();
    const dr::OpenSslStatus& ssl = dr::openSslRuntime();
    if (ssl.legacyProvider) {
        QVERIFY2(text.startsWith(QStringLiteral("Available")), qPrintable(text));
    } else {
        // What went wrong and what to do.
        QVERIFY2(text.startsWith(QStringLiteral("NOT available")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("OPENSSL_MODULES")), qPrintable(text));
        QVERIFY2(text.contains(ssl.legacyError), qPrintable(text));
    }
    // The same answer as `drrunbook --version`.
    QVERIFY(AboutDialog::versionText().contains(ssl.legacyProvider ? QStringLiteral("legacy provider: available")
                                                                   : QStringLiteral("legacy provider: NOT available")));
}

void TestUiAbout::copyVersionsForASupportCall()
{
    AboutDialog dialog;
    dialog.show();
    QApplication::clipboard()->setText(QStringLiteral("something else"));
    QPushButton* copy = child<QPushButton>(dialog, "aboutCopy");
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dr::versionReport(QStringLiteral("drrunbook")));
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("drrunbook ") + dr::appVersion()));
}

void TestUiAbout::namesTheLicences()
{
    AboutDialog dialog;
    const QString notices = child<QTextBrowser>(dialog, "aboutNotices")->toPlainText();
    for (const char* expected : {"Qt ", "LGPL-3.0", "OpenSSL", "Apache License 2.0", "QtKeychain", "BSD 3-Clause",
                                 "not made or endorsed by BeyondTrust"})
        QVERIFY2(notices.contains(QLatin1String(expected)), expected);
    QVERIFY(child<QTextBrowser>(dialog, "aboutNotices")->openExternalLinks());
    QVERIFY(child<QPushButton>(dialog, "aboutQt"));
}

void TestUiAbout::keyboardAndAccessibility()
{
    AboutDialog dialog;
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The default button is Close: Enter would close the dialog.
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->isDefault());
    for (const char* name :
         {"aboutAppVersion", "aboutQtVersion", "aboutOpenSslVersion", "aboutLegacyProvider", "aboutModulesDir"})
        QVERIFY2(!child<QLabel>(dialog, name)->accessibleName().isEmpty(), name);
    QCOMPARE(child<QLabel>(dialog, "aboutQtVersion")->accessibleName(), QStringLiteral("Qt"));
    // Alt+L shows the licences, Alt+V the versions again, Escape closes.
    auto* tabs = child<QTabWidget>(dialog, "aboutTabs");
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestUiAbout::screenshot()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // DR_SCREENSHOT_DIR keeps the picture for a person to look at.
    const QString folder =
        qEnvironmentVariableIsSet("DR_SCREENSHOT_DIR") ? qEnvironmentVariable("DR_SCREENSHOT_DIR") : dir.path();
    const QImage image = dialog.grab().toImage();
    QVERIFY(image.width() >= 500 && image.height() >= 350);
    QVERIFY(image.save(folder + QStringLiteral("/about_versions.png")));
    child<QTabWidget>(dialog, "aboutTabs")->setCurrentIndex(1);
    QVERIFY(dialog.grab().save(folder + QStringLiteral("/about_licences.png")));
}

QTEST_MAIN(TestUiAbout)
#include "tst_ui_about.moc"
