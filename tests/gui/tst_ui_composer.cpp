// The support composers as an operator uses them, offscreen: the incident email typed with the keyboard (Tab from
// field to field, Space on the severity questions), its exact clipboard text, the .eml file, the mailto: URL the
// mail client would get (captured, nothing launched), the saved support addresses, the form pre-filled from a
// drill's journal; the RMA form's FRU question only for B300/B400, the international options, and the return
// reminder stored, reloaded and shown as due, then OVERDUE, by the banner (ManualClock). Screenshots of each window
// go to $DR_SCREENSHOT_DIR when it is set.
#include "ui/IncidentComposerDialog.h"
#include "ui/MessageOutputPanel.h"
#include "ui/RmaDialog.h"
#include "ui/RmaReminderBanner.h"
#include "ui/SeverityAssistant.h"

#include "tst_ui_drilljournal.h"

#include "automation/IncidentFromRun.h"
#include "runbook/RunJournal.h"
#include "support/RmaReminders.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace dr::ui;
using dr::support::Severity;

class TestUiComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out;
    // Wed 2026-11-25 15:00 UTC = 09:00 CST, support open.
    dr::ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC)};

    void save(QWidget* w, const QString& name)
    {
        const QPixmap pixmap = w->grab();
        QVERIFY(!pixmap.isNull());
        if (!m_out.isEmpty())
            QVERIFY(pixmap.save(QDir(m_out).filePath(name + QStringLiteral(".png"))));
    }

    template<typename T>
    static T* child(QWidget* w, const QString& name)
    {
        T* c = w->findChild<T*>(name);
        if (c == nullptr)
            qWarning("no child %s", qPrintable(name));
        return c;
    }

    // Types into the widget that has the keyboard focus, then Tab to the next one.
    static void typeAndTab(QWidget* window, const QString& expectedName, const QString& text)
    {
        QWidget* focus = window->focusWidget();
        QVERIFY(focus != nullptr);
        QCOMPARE(focus->objectName(), expectedName);
        QTest::keyClicks(focus, text);
        QTest::keyClick(focus, Qt::Key_Tab);
    }

    // Presses "Open in mail client" with the opener replaced: the URLs it would have launched.
    static QList<QUrl> openInMailClient(MessageOutputPanel* panel)
    {
        QList<QUrl> opened;
        panel->setUrlOpener([&opened](const QUrl& url) {
            opened << url;
            return true;
        });
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("messageOpenMail")), Qt::LeftButton);
        panel->setUrlOpener([](const QUrl&) { return false; });
        return opened;
    }

    static QString base64Part(const QByteArray& eml, const QByteArray& contentType)
    {
        const QByteArray header = QByteArray("Content-Type: ") + contentType;
        const qsizetype at = eml.indexOf(header);
        const qsizetype start = eml.indexOf("\r\n\r\n", at) + 4;
        const qsizetype end = eml.indexOf("\r\n--", start);
        if (at < 0 || start < 4 || end < 0)
            return {};
        return QString::fromUtf8(QByteArray::fromBase64(eml.mid(start, end - start)));
    }

private slots:
    void init()
    {
        QSettings().clear(); // every test starts from the guide's addresses and no remembered person
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("drrunbook-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_composer"));
        QSettings().clear();
        m_out = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (!m_out.isEmpty())
            QVERIFY(QDir().mkpath(m_out));
    }

    void incidentByKeyboard()
    {
        IncidentComposerDialog d;
        d.setClock(&m_clock);
        d.setOperatorZone(QTimeZone("Europe/Berlin"));
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));

        // Severity by the guide's questions: production down, nothing gets it working -> level 1.
        auto* down = child<QCheckBox>(&d, QStringLiteral("severityDown"));
        down->setFocus();
        QTest::keyClick(down, Qt::Key_Space);
        QCOMPARE(d.severityAssistant()->severity(), Severity::Level1);
        QVERIFY(child<QLabel>(&d, QStringLiteral("severityReason"))->text().contains(QStringLiteral("Severity Level 1")));
        // 30 business minutes from 09:00 CST.
        QCOMPARE(d.severityAssistant()->firstResponseText(),
                 QStringLiteral("Your time: Wed 2026-11-25 16:30 CET (UTC+01:00)\n"
                                "US Central: Wed 2026-11-25 09:30 CST (UTC-06:00)"));

        // The guide's fields, Tab from one to the next.
        auto* incident = child<QLineEdit>(&d, QStringLiteral("incidentNumber"));
        incident->setFocus();
        typeAndTab(&d, QStringLiteral("incidentNumber"), QStringLiteral("#40100"));
        typeAndTab(&d, QStringLiteral("incidentSummary"), QStringLiteral("Primary appliance down after power loss"));
        QCOMPARE(d.focusWidget()->objectName(), QStringLiteral("incidentRegion"));
        QTest::keyClick(d.focusWidget(), Qt::Key_Tab); // General
        typeAndTab(&d, QStringLiteral("incidentInquirer"), QStringLiteral("Jane Operator"));
        typeAndTab(&d, QStringLiteral("incidentOrganization"), QStringLiteral("Example Corp"));
        typeAndTab(&d, QStringLiteral("incidentVersion"), QStringLiteral("24.1.2"));
        QCOMPARE(d.focusWidget()->objectName(), QStringLiteral("incidentErrors"));
        QTest::keyClicks(d.focusWidget(), QStringLiteral("Connection refused"));
        QTest::keyClick(d.focusWidget(), Qt::Key_Return);
        typeAndTab(&d, QStringLiteral("incidentErrors"), QStringLiteral("Power cycled the primary"));
        typeAndTab(&d, QStringLiteral("incidentSteps"), QStringLiteral("It stays down"));
        typeAndTab(&d, QStringLiteral("incidentActions"), QStringLiteral("Failed over to the backup"));
        typeAndTab(&d, QStringLiteral("incidentChanges"), QString());
        typeAndTab(&d, QStringLiteral("incidentDuration"), QStringLiteral("2 hours"));
        typeAndTab(&d, QStringLiteral("incidentOs"), QString());
        typeAndTab(&d, QStringLiteral("incidentRoles"), QStringLiteral("hq-1: primary"));
        const QString log = m_dir.filePath(QStringLiteral("appliance.log"));
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::WriteOnly));
        logFile.write("boot failed\n");
        logFile.close();
        d.addLogFile(log);
        QCOMPARE(child<QListWidget>(&d, QStringLiteral("incidentLogs"))->count(), 1);

        // Escalation and an edited support address, kept in the settings.
        auto* cc = child<QCheckBox>(&d, QStringLiteral("incidentCcSupervisor"));
        cc->setFocus();
        QTest::keyClick(cc, Qt::Key_Space);
        QVERIFY(cc->isChecked());
        auto* general = child<QLineEdit>(&d, QStringLiteral("address:general"));
        general->setFocus();
        general->selectAll();
        QTest::keyClicks(general, QStringLiteral("support@beyondtrust.example"));
        QTest::keyClick(general, Qt::Key_Return);
        QCOMPARE(IncidentComposerDialog::savedAddresses().general, QStringLiteral("support@beyondtrust.example"));
        QCOMPARE(IncidentComposerDialog::savedAddresses().emea, QStringLiteral("emea.support@bomgar.com"));

        const QString subject =
            QStringLiteral("Incident# 40100 - Severity Level 1: Primary appliance down after power loss");
        const QString body =
            QStringLiteral("Incident: Incident# 40100\n"
                           "Severity requested: Severity Level 1 - %1\n"
                           "\n"
                           "Inquirer's Name: Jane Operator\n"
                           "Name of the organization: Example Corp\n"
                           "Bomgar product version: 24.1.2\n"
                           "Specific error messages received:\n"
                           "    Connection refused\n"
                           "    Power cycled the primary\n"
                           "Steps for reproducing the issue: It stays down\n"
                           "Actions taken prior to the incident: Failed over to the backup\n"
                           "Changes made to the Bomgar product: (not provided)\n"
                           "Length of time the issue has persisted: 2 hours\n"
                           "Operating system: (not provided)\n"
                           "Assigned server roles: hq-1: primary\n"
                           "Log files (attached): appliance.log\n"
                           "Screen shots (attached): (none)\n")
                .arg(dr::support::severityDescription(Severity::Level1));

        // Copy to clipboard.
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("messageCopy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), subject + QStringLiteral("\n\n") + body);
        save(&d, QStringLiteral("incident_composer"));

        // Save as .eml: the chooser is answered by the test; the file is the MailWriter's, complete.
        const QString eml = m_dir.filePath(QStringLiteral("out/incident"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        d.output()->setSavePathChooser([&eml](const QString& suggested) {
            return suggested == QLatin1String("incident.eml") ? eml : QString();
        });
        QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("messageSaveEml")), Qt::LeftButton);
        QFile file(eml + QStringLiteral(".eml"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(d.output()->statusText()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("To: support@beyondtrust.example\r\n")); // a draft: no From
        QVERIFY(!bytes.contains("\r\nFrom: "));
        QVERIFY(bytes.contains("\r\nCc: support.supervisor@bomgar.com\r\n"));
        QVERIFY(bytes.contains("\r\nSubject: Incident# 40100 - Severity Level 1:")); // long: folded by the writer
        QVERIFY(bytes.contains("X-Unsent: 1\r\n"));
        QCOMPARE(base64Part(bytes, "text/plain"), QString(body).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
        QVERIFY(bytes.contains("filename=\"appliance.log\""));
        QVERIFY(bytes.contains(QByteArray("boot failed\n").toBase64()));
        QVERIFY(d.output()->statusText().startsWith(QStringLiteral("Saved ")));

        // Open in mail client: the URL is captured, nothing is launched.
        const QList<QUrl> opened = openInMailClient(d.output());
        QCOMPARE(opened.size(), 1);
        const QUrl url = opened.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("support@beyondtrust.example"));
        QCOMPARE(QString::fromLatin1(url.toEncoded()), dr::support::MailWriter::mailtoUrl(d.message()));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject);
        QCOMPARE(query.queryItemValue(QStringLiteral("cc"), QUrl::FullyDecoded),
                 QStringLiteral("support.supervisor@bomgar.com"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
                 QString(body).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
        QVERIFY(d.output()->statusText().contains(QStringLiteral("Attach the 1 listed file")));

        // A second dialog starts from the saved addresses, name and organization.
        IncidentComposerDialog again;
        QCOMPARE(again.report().inquirerName, QStringLiteral("Jane Operator"));
        QCOMPARE(again.report().organization, QStringLiteral("Example Corp"));
        QCOMPARE(again.message().to, QStringList{QStringLiteral("support@beyondtrust.example")});
        QSettings().clear();
    }

    void prefilledFromADrillJournal()
    {
        using namespace dr::runbook;
        const Plan plan = ScenarioLibrary::builtin().plan(QStringLiteral("cold_spare"));
        const QString journal = m_dir.filePath(QStringLiteral("drill.jsonl"));
        const QString problem = drilltest::writeColdSpareDrill(
            journal, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC), QByteArrayLiteral("secret-0"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        IncidentComposerDialog d;
        d.setClock(&m_clock);
        child<QLineEdit>(&d, QStringLiteral("incidentOs"))->setText(QStringLiteral("Windows 11"));
        child<QLineEdit>(&d, QStringLiteral("incidentOrganization"))->setText(QStringLiteral("Example Corp"));
        QVERIFY(!d.prefillFromRun(m_dir.filePath(QStringLiteral("missing.jsonl"))));
        QVERIFY(d.loadError().contains(QStringLiteral("cannot be read")));
        QVERIFY2(d.prefillFromRun(journal), qPrintable(d.loadError()));

        dr::automation::IncidentFromRunOptions options;
        options.organization = QStringLiteral("Example Corp");
        const dr::support::IncidentReport expected = dr::automation::incidentFromRun(
            plan, Run::fromEvents(RunJournal::replay(journal).events), m_clock.nowUtc(), options);
        const dr::support::IncidentReport r = d.report();
        QCOMPARE(r.inquirerName, QStringLiteral("dave"));
        QCOMPARE(r.summary, expected.summary);
        QCOMPARE(r.productVersion, QStringLiteral("24.1.2"));
        QCOMPARE(r.errorMessages, QStringLiteral("still the old address"));
        QCOMPARE(r.reproductionSteps, expected.reproductionSteps);
        QCOMPARE(r.actionsTakenPrior, expected.actionsTakenPrior);
        QCOMPARE(r.issueDuration, expected.issueDuration);
        QCOMPARE(r.serverRoles, QStringLiteral("site.example.com: primary"));
        QCOMPARE(r.operatingSystem, QStringLiteral("Windows 11")); // typed, kept
        QVERIFY(!d.message().body.contains(QStringLiteral("secret-0")));
        d.resize(1180, 820);
        d.show();
        save(&d, QStringLiteral("incident_composer_prefilled"));
        QSettings().clear();
    }

    void rmaFormAndReminder()
    {
        RmaDialog d;
        d.setClock(&m_clock);
        d.setOperatorZone(QTimeZone::utc());
        d.setReminderFolder(m_dir.filePath(QStringLiteral("reminders")));
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto* fru = child<QGroupBox>(&d, QStringLiteral("rmaFruBox"));
        auto* intl = child<QGroupBox>(&d, QStringLiteral("rmaInternationalBox"));
        auto* model = child<QComboBox>(&d, QStringLiteral("rmaModel"));
        QVERIFY(fru->isHidden());
        for (const QString& m : {QStringLiteral("B200"), QStringLiteral("B300"), QStringLiteral("B400")}) {
            model->setFocus();
            model->lineEdit()->selectAll();
            QTest::keyClicks(model->lineEdit(), m);
            QCOMPARE(!fru->isHidden(), m != QLatin1String("B200"));
        }
        model->lineEdit()->selectAll();
        QTest::keyClicks(model->lineEdit(), QStringLiteral("B300"));
        auto* psu = child<QRadioButton>(&d, QStringLiteral("rmaPart%1").arg(int(dr::support::FailedPart::PowerSupply)));
        psu->setFocus();
        QTest::keyClick(psu, Qt::Key_Space);
        QVERIFY(psu->isChecked());

        auto type = [&](const QString& name, const QString& text) {
            QWidget* w = d.findChild<QWidget*>(name);
            QVERIFY2(w, qPrintable(name));
            w->setFocus();
            QTest::keyClicks(w, text);
        };
        type(QStringLiteral("rmaIncident"), QStringLiteral("40100"));
        type(QStringLiteral("rmaName"), QStringLiteral("Jane Doe"));
        type(QStringLiteral("rmaEmail"), QStringLiteral("jane@example.com"));
        type(QStringLiteral("rmaPhone"), QStringLiteral("+44 20 7946 0000"));
        type(QStringLiteral("rmaAddress"), QStringLiteral("Example Ltd"));
        QTest::keyClick(child<QPlainTextEdit>(&d, QStringLiteral("rmaAddress")), Qt::Key_Return);
        type(QStringLiteral("rmaAddress"), QStringLiteral("1 High Street, London"));
        type(QStringLiteral("rmaSerial"), QStringLiteral("B300-123456"));
        QVERIFY(intl->isHidden());
        type(QStringLiteral("rmaCountry"), QStringLiteral("gb"));
        QVERIFY(!intl->isHidden()); // international: the vendor asks repair-and-return or replacement
        QVERIFY(d.output()->findChild<QLabel*>(QStringLiteral("messageProblems"))->text().contains(
            QStringLiteral("repair and return")));
        auto* replace = child<QRadioButton>(
            &d, QStringLiteral("rmaIntl%1").arg(int(dr::support::InternationalOption::Replacement)));
        replace->setFocus();
        QTest::keyClick(replace, Qt::Key_Space);
        auto* consent = child<QCheckBox>(&d, QStringLiteral("rmaVatConsent"));
        QVERIFY(!consent->isHidden()); // GB is outside the EU stock: VAT consent needed
        consent->setFocus();
        QTest::keyClick(consent, Qt::Key_Space);
        QVERIFY(d.output()->findChild<QLabel*>(QStringLiteral("messageProblems"))->isHidden());

        QCOMPARE(d.message().subject, QStringLiteral("Incident# 40100 - RMA request: B300 serial B300-123456"));
        QCOMPARE(d.message().body,
                 QStringLiteral("Contact name: Jane Doe\n"
                                "Contact email: jane@example.com\n"
                                "Contact phone: +44 20 7946 0000\n"
                                "Shipping address:\n"
                                "    Example Ltd\n"
                                "    1 High Street, London\n"
                                "Country: GB\n"
                                "Appliance model: B300\n"
                                "Appliance serial number: B300-123456\n"
                                "VAT number: (not applicable)\n"
                                "Failed part: power supply\n"
                                "Requested: Field Replaceable Unit (power supply)\n"
                                "International shipment:\n"
                                "    Replacement: the appliance is returned to Bomgar permanently and replaced with "
                                "new hardware.\n"
                                "    We consent to the payment of any VAT fees incurred by this process.\n"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("messageCopy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), d.message().clipboardText());
        const QList<QUrl> opened = openInMailClient(d.output());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().path(), QStringLiteral("support@bomgar.com"));

        // The return: new appliance operational on Nov 20 -> back by Dec 4.
        auto* operational = child<QDateEdit>(&d, QStringLiteral("rmaOperational"));
        QCOMPARE(operational->date(), QDate(2026, 11, 25)); // today by the clock
        operational->setDate(QDate(2026, 11, 20));
        QSignalSpy added(&d, &RmaDialog::reminderAdded);
        QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("rmaTrack")), Qt::LeftButton);
        QCOMPARE(added.size(), 1);
        QVERIFY(child<QLabel>(&d, QStringLiteral("rmaReturnStatus"))->text().contains(QStringLiteral("2026-12-04")));
        save(&d, QStringLiteral("rma_dialog"));

        // Persisted: a new store reads it back.
        dr::support::RmaReminders store(d.reminderFolder(), m_clock, QTimeZone::utc());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QCOMPARE(store.open().size(), 1);
        QCOMPARE(store.open().first().serialNumber, QStringLiteral("B300-123456"));
        QCOMPARE(store.open().first().incidentNumber, QStringLiteral("40100"));
        QCOMPARE(store.open().first().schedule.deadline, QDate(2026, 12, 4));

        // The banner: due in 9 days, then due soon, then OVERDUE; "Returned" closes it for good.
        dr::ManualClock clock(m_clock.nowUtc());
        RmaReminderBanner banner;
        banner.setOperatorZone(QTimeZone::utc());
        banner.setClock(&clock);
        banner.setFolder(d.reminderFolder());
        banner.resize(900, 60);
        banner.show();
        QCOMPARE(banner.lines(),
                 QStringList{QStringLiteral("RMA return due in 9 days: send back the defective B300 (serial "
                                            "B300-123456), Incident# 40100 by 2026-12-04.")});
        save(&banner, QStringLiteral("rma_banner_pending"));
        clock.set(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        banner.refresh();
        QVERIFY(banner.lines().first().startsWith(QStringLiteral("RMA return due in 1 day: ")));
        clock.set(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
        banner.refresh();
        QCOMPARE(banner.lines(),
                 QStringList{QStringLiteral("RMA return OVERDUE by 2 days: the defective B300 (serial B300-123456), "
                                            "Incident# 40100 was due back on 2026-12-04. Send it now (unreturned "
                                            "appliances are invoiced at list price).")});
        QVERIFY(banner.isVisible());
        save(&banner, QStringLiteral("rma_banner_overdue"));
        QSignalSpy changed(&banner, &RmaReminderBanner::changed);
        QTest::mouseClick(child<QPushButton>(&banner, QStringLiteral("rmaReminderDone")), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QVERIFY(banner.lines().isEmpty());
        QVERIFY(!banner.isVisible());
        QVERIFY(store.load(&error));
        QVERIFY(store.open().isEmpty());
        QCOMPARE(store.all().size(), 1);
    }
};

QTEST_MAIN(TestUiComposer)
#include "tst_ui_composer.moc"
