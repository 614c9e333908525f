// The certificate inspector driven as an operator would: real .p12 files made by the `openssl` command, the
// password typed into the dialog, each kind of unreadable file, the checks shown, the comparison with what a real
// TLS server (the drill lab's appliance) serves, cancel and timeout, and the export read back with OpenSSL.
// Screenshots go to $DR_SCREENSHOT_DIR when set, else to a temporary folder.
#include "unit/tst_cert_fixtures.h"

#include "ui/CertComparePanel.h"
#include "ui/CertExportDialog.h"
#include "ui/CertNotice.h"
#include "ui/CertificateInspector.h"

#include "cert/Pkcs12Reader.h"
#include "common/OpenSslRuntime.h"
#include "lab/Lab.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>

using namespace dr;
using namespace dr::ui;
using dr::test::kP12Pass;

namespace {
const QString kFqdn = QStringLiteral("appliance.example.test");
}

class TestCertInspector : public QObject
{
    Q_OBJECT

private:
    test::CertFixtures fx;
    QTemporaryDir m_shotsTmp;
    QString m_shots;

    void save(QWidget* w, const QString& name)
    {
        QCoreApplication::processEvents(); // pending layout requests, as the event loop would run them
        const QPixmap pixmap = w->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

    template <class T> T* child(QObject* parent, const QString& name)
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

    // Types the password into the dialog and presses Open and check; waits for the outcome.
    bool openWith(CertificateInspector& inspector, const QString& file, const QByteArray& password)
    {
        auto* pass = child<QLineEdit>(&inspector, QStringLiteral("certPassword"));
        pass->clear();
        QTest::keyClicks(pass, QString::fromUtf8(password));
        QSignalSpy loaded(&inspector, &CertificateInspector::loaded);
        inspector.openFile(fx.path(file));
        return loaded.wait(60000);
    }

    QString fingerprint(const QString& crt)
    {
        if (!fx.ossl({QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-noout"),
                      QStringLiteral("-fingerprint"), QStringLiteral("-sha256")}))
            return {};
        return QString::fromLatin1(fx.output.trimmed()).section(QLatin1Char('='), 1).toUpper();
    }

    QSslCertificate cert(const QString& file) { return QSslCertificate(fx.read(file), QSsl::Pem); }

private slots:
    void initTestCase()
    {
        openSslRuntime();
        QVERIFY(fx.dir.isValid());
        m_shots = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (m_shots.isEmpty())
            m_shots = m_shotsTmp.path();
        QVERIFY(QDir().mkpath(m_shots));
        QVERIFY2(fx.makePki(), qPrintable(fx.error));
        const QStringList leafWithChain{QStringLiteral("-inkey"),    QStringLiteral("leaf.key"),
                                        QStringLiteral("-in"),       QStringLiteral("leaf.crt"),
                                        QStringLiteral("-certfile"), QStringLiteral("chain.pem")};
        QVERIFY2(fx.p12(QStringLiteral("site.p12"), leafWithChain), qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("legacy.p12"), leafWithChain + QStringList{QStringLiteral("-legacy")}),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("leafonly.p12"), {QStringLiteral("-inkey"), QStringLiteral("leaf.key"),
                                                         QStringLiteral("-in"), QStringLiteral("leaf.crt")}),
                 qPrintable(fx.error));
        // A weak 1024-bit key signed with SHA-1.
        QVERIFY(fx.rsaKey(QStringLiteral("weak.key"), 1024));
        QVERIFY2(fx.issue(QStringLiteral("weak.key"), QStringLiteral("/CN=") + kFqdn, QStringLiteral("leaf_a"),
                          QStringLiteral("inter.crt"), QStringLiteral("inter.key"), QStringLiteral("weak.crt"), 365,
                          QStringLiteral("sha1")),
                 qPrintable(fx.error));
        QVERIFY2(fx.p12(QStringLiteral("weak.p12"),
                        {QStringLiteral("-inkey"), QStringLiteral("weak.key"), QStringLiteral("-in"),
                         QStringLiteral("weak.crt"), QStringLiteral("-certfile"), QStringLiteral("chain.pem")}),
                 qPrintable(fx.error));
        // Files that are not usable certificate backups.
        const QByteArray good = fx.read(QStringLiteral("site.p12"));
        QVERIFY(fx.write(QStringLiteral("truncated.p12"), good.left(good.size() / 2)));
        QVERIFY(fx.write(QStringLiteral("notes.p12"), "appliance passwords are in the safe\n"));
        const QString keytool = QStandardPaths::findExecutable(QStringLiteral("keytool"));
        if (keytool.isEmpty())
            QVERIFY(fx.write(QStringLiteral("site.jks"), QByteArray::fromHex("feedfeed00000002") + "junk"));
        else
            QVERIFY2(fx.run(keytool,
                            {QStringLiteral("-genkeypair"), QStringLiteral("-storetype"), QStringLiteral("JKS"),
                             QStringLiteral("-keystore"), QStringLiteral("site.jks"), QStringLiteral("-storepass:env"),
                             QStringLiteral("P12PASS"), QStringLiteral("-keypass:env"), QStringLiteral("P12PASS"),
                             QStringLiteral("-alias"), QStringLiteral("appliance"), QStringLiteral("-keyalg"),
                             QStringLiteral("RSA"), QStringLiteral("-dname"),
                             QStringLiteral("CN=appliance.example.test"), QStringLiteral("-noprompt")}),
                     qPrintable(fx.error));
    }

    void opensAndShowsTheChain()
    {
        CertificateInspector inspector;
        inspector.show();
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), kP12Pass));
        QVERIFY(inspector.current() && inspector.current()->ok());
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Ok);
        QVERIFY2(inspector.notice()->title().contains(QStringLiteral("fit to restore")),
                 qPrintable(inspector.notice()->title()));
        // The password left the field as soon as the file was opened.
        QVERIFY(child<QLineEdit>(&inspector, QStringLiteral("certPassword"))->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&inspector, QStringLiteral("certPassword"))->echoMode(), QLineEdit::Password);

        const QString classification = child<QLabel>(&inspector, QStringLiteral("certClassification"))->text();
        QVERIFY2(classification.contains(QStringLiteral("CA-signed certificate for appliance.example.test")),
                 qPrintable(classification));
        QVERIFY(classification.contains(QStringLiteral("1 intermediate")));
        QVERIFY(classification.contains(QStringLiteral("root")));
        // Leaf, intermediate and root, in that order, with what the guide's page shows.
        QVERIFY(child<QGroupBox>(&inspector, QStringLiteral("cert:1"))->title().contains(QStringLiteral("CA-signed")));
        QVERIFY(child<QGroupBox>(&inspector, QStringLiteral("cert:2"))
                    ->title()
                    .contains(QStringLiteral("Intermediate certificate: DR Test Issuing CA")));
        QVERIFY(child<QGroupBox>(&inspector, QStringLiteral("cert:3"))
                    ->title()
                    .contains(QStringLiteral("Root certificate: DR Test Root CA")));
        QCOMPARE(child<QLabel>(&inspector, QStringLiteral("sha256:1"))->text(),
                 fingerprint(QStringLiteral("leaf.crt")));
        QCOMPARE(child<QLabel>(&inspector, QStringLiteral("sha256:2"))->text(),
                 fingerprint(QStringLiteral("inter.crt")));
        QVERIFY(
            child<QLabel>(&inspector, QStringLiteral("validity:1"))->text().contains(QStringLiteral("day(s) left")) ||
            child<QLabel>(&inspector, QStringLiteral("validity:1"))->text().contains(QStringLiteral("days left")));
        QCOMPARE(child<QLabel>(&inspector, QStringLiteral("key:1"))->text(), QStringLiteral("RSA, 2048 bits"));
        QCOMPARE(child<QLabel>(&inspector, QStringLiteral("summary:key"))->text(), QStringLiteral("Yes"));
        QCOMPARE(child<QLabel>(&inspector, QStringLiteral("summary:keyMatch"))->text(), QStringLiteral("Yes"));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("summary:fqdn"))->text().contains(QStringLiteral("matches")));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:none")));
        save(&inspector, QStringLiteral("cert_inspector"));

        // Another FQDN is checked again at once, without asking for the password.
        inspector.setFqdn(QStringLiteral("support.other.test"));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:fqdn_mismatch")));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("summary:fqdn"))->text().contains(QStringLiteral("NOT")));
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Error);
    }

    void wrongPasswordThenRight()
    {
        CertificateInspector inspector;
        inspector.show();
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), "not the password"));
        QCOMPARE(inspector.current()->import->error, cert::ImportError::WrongPassword);
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Error);
        QCOMPARE(inspector.notice()->title(), importFailureTitle(cert::ImportError::WrongPassword));
        QVERIFY(inspector.notice()->detail().contains(QStringLiteral("password")));
        QVERIFY(!child<QPushButton>(&inspector, QStringLiteral("certExport"))->isEnabled());
        save(&inspector, QStringLiteral("cert_inspector_wrong_password"));

        // An empty password on a protected file asks for it instead of calling it wrong.
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), QByteArray()));
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Warning);
        QVERIFY(inspector.notice()->title().contains(QStringLiteral("protected by a password")));

        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), kP12Pass));
        QVERIFY(inspector.current()->ok());
        QVERIFY(child<QPushButton>(&inspector, QStringLiteral("certExport"))->isEnabled());
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("legacyProvider");
        QTest::addColumn<int>("error");
        QTest::newRow("not pkcs12") << QStringLiteral("notes.p12") << true << int(cert::ImportError::NotPkcs12);
        QTest::newRow("pem certificate") << QStringLiteral("leaf.crt") << true << int(cert::ImportError::NotPkcs12);
        QTest::newRow("truncated") << QStringLiteral("truncated.p12") << true << int(cert::ImportError::CorruptFile);
        QTest::newRow("java keystore") << QStringLiteral("site.jks") << true << int(cert::ImportError::JavaKeystore);
        QTest::newRow("legacy without provider")
            << QStringLiteral("legacy.p12") << false << int(cert::ImportError::LegacyProviderMissing);
        QTest::newRow("missing file") << QStringLiteral("nowhere.p12") << true
                                      << int(cert::ImportError::FileUnreadable);
    }

    void unreadableFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, legacyProvider);
        QFETCH(int, error);
        CertificateInspector inspector;
        inspector.setImportOptions({legacyProvider});
        inspector.show();
        QVERIFY(openWith(inspector, file, kP12Pass));
        QCOMPARE(int(inspector.current()->import->error), error);
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Error);
        QCOMPARE(inspector.notice()->title(), importFailureTitle(cert::ImportError(error)));
        QCOMPARE(inspector.notice()->detail(), inspector.current()->import->message);
        QVERIFY(!child<QPushButton>(&inspector, QStringLiteral("certExport"))->isEnabled());
        if (file == QLatin1String("legacy.p12"))
            save(&inspector, QStringLiteral("cert_inspector_legacy_missing"));
    }

    void titlesAreDistinct()
    {
        QSet<QString> titles;
        for (auto e : {cert::ImportError::FileUnreadable, cert::ImportError::NotPkcs12, cert::ImportError::JavaKeystore,
                       cert::ImportError::CorruptFile, cert::ImportError::WrongPassword,
                       cert::ImportError::LegacyProviderMissing, cert::ImportError::UnsupportedAlgorithm})
            titles.insert(importFailureTitle(e));
        QCOMPARE(titles.size(), 7);
    }

    void legacyFileOpensWithTheProvider()
    {
        CertificateInspector inspector;
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("legacy.p12"), kP12Pass));
        QVERIFY(inspector.current()->ok());
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:legacy_encryption")));
        QVERIFY(
            child<QLabel>(&inspector, QStringLiteral("summary:protection"))->text().contains(QStringLiteral("legacy")));
    }

    void missingIssuerIsNamed()
    {
        CertificateInspector inspector;
        inspector.show();
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("leafonly.p12"), kP12Pass));
        QVERIFY(inspector.current()->ok());
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Error);
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:chain_incomplete")));
        const QString missing = child<QLabel>(&inspector, QStringLiteral("missingIssuer"))->text();
        QVERIFY2(missing.contains(QStringLiteral("DR Test Issuing CA")), qPrintable(missing));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("summary:chain"))
                    ->text()
                    .startsWith(QStringLiteral("Incomplete")));
        save(&inspector, QStringLiteral("cert_inspector_incomplete"));
    }

    void weakKeyAndSha1AreFlagged()
    {
        CertificateInspector inspector;
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("weak.p12"), kP12Pass));
        QVERIFY(inspector.current()->ok());
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Warning);
        QVERIFY(
            child<QLabel>(&inspector, QStringLiteral("key:1"))->text().contains(QStringLiteral("1024 bits - WEAK")));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("signature:1"))->text().contains(QStringLiteral("SHA-1")));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:weak_key")));
        QVERIFY(child<QLabel>(&inspector, QStringLiteral("problem:weak_signature")));
    }

    void cancelOpening()
    {
        CertificateInspector inspector;
        QTest::keyClicks(child<QLineEdit>(&inspector, QStringLiteral("certPassword")), QString::fromUtf8(kP12Pass));
        QSignalSpy loaded(&inspector, &CertificateInspector::loaded);
        inspector.openFile(fx.path(QStringLiteral("site.p12")));
        QVERIFY(inspector.isBusy());
        QCOMPARE(inspector.notice()->level(), CertNotice::Level::Busy);
        inspector.cancelOpen();
        QVERIFY(!inspector.isBusy());
        QVERIFY(inspector.notice()->title().contains(QStringLiteral("cancelled")));
        // The worker ends on its own; its result is dropped.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 0);
        QVERIFY(!inspector.current());
        QVERIFY(child<QPushButton>(&inspector, QStringLiteral("certOpen"))->isEnabled());
    }

    void keyboardOnly()
    {
        CertificateInspector inspector;
        inspector.show();
        QVERIFY(QTest::qWaitForWindowActive(&inspector));
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&inspector, QStringLiteral("certPath")));
        QTest::keyClicks(QApplication::focusWidget(), fx.path(QStringLiteral("site.p12")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Browse…
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&inspector, QStringLiteral("certPassword")));
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(kP12Pass));
        QSignalSpy loaded(&inspector, &CertificateInspector::loaded);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(loaded.wait(60000));
        QVERIFY(inspector.current()->ok());
        // Every input and button has an accessible name.
        for (QWidget* w : inspector.findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (qobject_cast<QLineEdit*>(w) && !w->parentWidget()->inherits("QAbstractSpinBox"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                QVERIFY2(!b->accessibleName().isEmpty() || !b->text().isEmpty(), qPrintable(b->objectName()));
        }
    }

    void compareWithTheLabAppliance()
    {
        lab::Lab lab;
        QVERIFY2(lab.start(lab::Topology::Single), qPrintable(lab.errorString()));
        lab::LabAppliance* appliance = lab.primary();
        // The appliance serves the restored certificate (the backup's leaf and intermediate).
        appliance->serveCertificate({cert(QStringLiteral("leaf.crt")), cert(QStringLiteral("inter.crt"))},
                                    QSslKey(fx.read(QStringLiteral("leaf.key")), QSsl::Rsa, QSsl::Pem));

        CertificateInspector inspector;
        inspector.resize(920, 1000);
        inspector.show();
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), kP12Pass));
        CertComparePanel* panel = inspector.comparePanel();
        QCOMPARE(child<QLineEdit>(panel, QStringLiteral("compareSni"))->text(), kFqdn);
        panel->setTarget(QStringLiteral("127.0.0.1"), appliance->port());
        QSignalSpy finished(panel, &CertComparePanel::finished);
        child<QPushButton>(panel, QStringLiteral("compareStart"))->click();
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(panel->comparison());
        QCOMPARE(panel->comparison()->verdict, cert::ServeVerdict::ServesRestored);
        QCOMPARE(panel->comparison()->served.sniName, kFqdn);
        auto* notice = child<CertNotice>(panel, QStringLiteral("compareNotice"));
        QCOMPARE(notice->level(), CertNotice::Level::Ok);
        const QString served = child<QLabel>(panel, QStringLiteral("compareServed"))->text();
        QVERIFY2(served.contains(fingerprint(QStringLiteral("leaf.crt"))), qPrintable(served));
        // The test CA is not trusted by this computer: said, not hidden.
        QVERIFY(served.contains(QStringLiteral("would NOT trust")));
        save(&inspector, QStringLiteral("cert_inspector_compare"));

        // After a factory reset the appliance serves something else.
        appliance->serveFactoryDefaultCertificate();
        child<QPushButton>(panel, QStringLiteral("compareStart"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel->comparison()->verdict, cert::ServeVerdict::ServesDifferent);
        QCOMPARE(notice->level(), CertNotice::Level::Error);
        QVERIFY(notice->title().contains(QStringLiteral("DIFFERENT")));

        // Leaf only: the chain is incomplete.
        appliance->serveCertificate({cert(QStringLiteral("leaf.crt"))},
                                    QSslKey(fx.read(QStringLiteral("leaf.key")), QSsl::Rsa, QSsl::Pem));
        child<QPushButton>(panel, QStringLiteral("compareStart"))->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel->comparison()->verdict, cert::ServeVerdict::ChainIncomplete);
        QCOMPARE(notice->level(), CertNotice::Level::Warning);
    }

    void compareCancelTimeoutAndRefused()
    {
        // A port that accepts TCP and never speaks TLS.
        QTcpServer silent;
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held.append(s);
        });
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));

        CertificateInspector inspector;
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), kP12Pass));
        CertComparePanel* panel = inspector.comparePanel();
        auto* notice = child<CertNotice>(panel, QStringLiteral("compareNotice"));
        auto* cancel = child<QPushButton>(panel, QStringLiteral("compareCancel"));
        QSignalSpy finished(panel, &CertComparePanel::finished);

        panel->setTarget(QStringLiteral("127.0.0.1"), silent.serverPort());
        panel->setTimeoutSeconds(300);
        panel->start();
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY(!held.isEmpty());
        cancel->click();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!panel->isRunning());
        QVERIFY(notice->title().contains(QStringLiteral("cancelled")));
        QVERIFY(!panel->comparison());

        panel->setTimeoutSeconds(1);
        panel->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel->comparison()->served.errorCode, QStringLiteral("timeout"));
        QCOMPARE(notice->level(), CertNotice::Level::Error);
        QCOMPARE(notice->detail(), panel->comparison()->served.message);

        const quint16 closed = silent.serverPort();
        silent.close();
        qDeleteAll(held);
        panel->setTarget(QStringLiteral("127.0.0.1"), closed);
        panel->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel->comparison()->served.errorCode, QStringLiteral("connection_refused"));
        QVERIFY(notice->detail().contains(QStringLiteral("refused")));
    }

    void exportToNewFiles()
    {
        CertificateInspector inspector;
        inspector.setFqdn(kFqdn);
        QVERIFY(openWith(inspector, QStringLiteral("site.p12"), kP12Pass));
        QTemporaryDir out;
        const QByteArray newPass = "rack binder 2026";

        struct Case
        {
            CertExportDialog::Format format;
            QString file;
        };
        for (const Case& c : {Case{CertExportDialog::Pkcs12Modern, QStringLiteral("modern.p12")},
                              Case{CertExportDialog::Pkcs12Legacy, QStringLiteral("old.p12")},
                              Case{CertExportDialog::PemChain, QStringLiteral("chain.pem")}}) {
            CertExportDialog* dialog = inspector.showExport();
            QVERIFY(dialog);
            dialog->setFormat(c.format);
            auto* write = child<QPushButton>(dialog, QStringLiteral("exportWrite"));
            QVERIFY(!write->isEnabled()); // no file yet
            dialog->setPath(out.filePath(c.file));
            if (c.format != CertExportDialog::PemChain) {
                QVERIFY(!write->isEnabled()); // no passphrase yet
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("exportPassphrase")),
                                 QString::fromUtf8(newPass));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("exportRepeat")), QStringLiteral("typo"));
                QVERIFY(!write->isEnabled());
                child<QLineEdit>(dialog, QStringLiteral("exportRepeat"))->clear();
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("exportRepeat")), QString::fromUtf8(newPass));
            }
            QCOMPARE(child<QLabel>(dialog, QStringLiteral("exportLegacyWarning"))->isVisibleTo(dialog),
                     c.format == CertExportDialog::Pkcs12Legacy);
            QVERIFY(write->isEnabled());
            QSignalSpy exported(dialog, &CertExportDialog::exported);
            write->click();
            QVERIFY(exported.wait(60000));
            QCOMPARE(dialog->writtenPath(), out.filePath(c.file));
            QCOMPARE(child<CertNotice>(dialog, QStringLiteral("exportNotice"))->level(), CertNotice::Level::Ok);
            if (c.format == CertExportDialog::Pkcs12Legacy)
                save(dialog, QStringLiteral("cert_export_legacy"));
            // Never replaces a file.
            dialog->setPath(out.filePath(c.file));
            if (c.format != CertExportDialog::PemChain) {
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("exportPassphrase")), QStringLiteral("x"));
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("exportRepeat")), QStringLiteral("x"));
            }
            const qint64 size = QFileInfo(out.filePath(c.file)).size();
            write->click();
            QCOMPARE(child<CertNotice>(dialog, QStringLiteral("exportNotice"))->level(), CertNotice::Level::Error);
            QCOMPARE(QFileInfo(out.filePath(c.file)).size(), size);
            dialog->close();
        }
        // Read back with OpenSSL through core/cert: the new passphrase opens them, with the expected protection.
        const cert::ImportResult modern =
            cert::importPkcs12File(out.filePath(QStringLiteral("modern.p12")), Secret(newPass));
        QVERIFY2(modern.ok(), qPrintable(modern.message));
        QVERIFY2(modern.contents.encryption.join(QLatin1Char(' ')).contains(QStringLiteral("AES-256")),
                 qPrintable(modern.contents.encryption.join(QLatin1Char(' '))));
        QVERIFY(modern.contents.privateKey);
        QCOMPARE(modern.contents.certificates.size(), size_t(3));
        const cert::ImportResult old = cert::importPkcs12File(out.filePath(QStringLiteral("old.p12")), Secret(newPass));
        QVERIFY2(old.ok(), qPrintable(old.message));
        QVERIFY(old.contents.legacyEncryption);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("chain.pem"))));
        QFile pem(out.filePath(QStringLiteral("chain.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pemText = pem.readAll();
        QCOMPARE(pemText.count("-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY(!pemText.contains("PRIVATE KEY"));
        // openssl itself reads the new file with the new passphrase.
        QVERIFY2(fx.ossl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out.filePath(QStringLiteral("modern.p12")),
                          QStringLiteral("-passin"), QStringLiteral("env:P12PASS"), QStringLiteral("-noout")},
                         newPass),
                 qPrintable(fx.error));
    }
};

QTEST_MAIN(TestCertInspector)
#include "tst_ui_certinspector.moc"
