// Incident composer, severity assistant, .eml and mailto output: exact expected text.
#include "support/IncidentComposer.h"
#include "support/MailWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dr::support;

class TestSupportIncident : public QObject
{
    Q_OBJECT

    static IncidentReport sampleReport()
    {
        IncidentReport r;
        r.severity = Severity::Level1;
        r.summary = QStringLiteral("Primary appliance down, failover did not take over");
        r.inquirerName = QStringLiteral("Jane Doe");
        r.organization = QStringLiteral("Example Corp");
        r.productVersion = QStringLiteral("23.2.4");
        r.errorMessages = QStringLiteral("HTTP 503 from /login\nTLS handshake timeout on port 443");
        r.reproductionSteps = QStringLiteral("Open https://support.example.com/login");
        r.actionsTakenPrior = QStringLiteral("Restarted the appliance");
        r.changesMade = QString();
        r.issueDuration = IncidentComposer::describeDuration(2 * 3600 + 15 * 60);
        r.serverRoles = QStringLiteral("Failover primary");
        r.logFiles = {QStringLiteral("/tmp/run/journal.log")};
        r.screenshots = {QStringLiteral("/tmp/run/status.png")};
        return r;
    }

private slots:
    void severityTargets()
    {
        QCOMPARE(firstResponseMinutes(Severity::Level1), 30);
        QCOMPARE(firstResponseMinutes(Severity::Level2), 1440);
        QCOMPARE(firstResponseMinutes(Severity::Level3), 1440);
        QCOMPARE(customerResponseMinutes(Severity::Level1), std::optional<int>(30));
        QCOMPARE(customerResponseMinutes(Severity::Level2), std::optional<int>(1440));
        QVERIFY(!customerResponseMinutes(Severity::Level3));
        QVERIFY(!severityFromInt(0));
        QVERIFY(!severityFromInt(4));
        QCOMPARE(*severityFromInt(2), Severity::Level2);
    }

    void severityAssistant_data()
    {
        QTest::addColumn<bool>("down");
        QTest::addColumn<bool>("workaround");
        QTest::addColumn<bool>("impacted");
        QTest::addColumn<int>("level");
        QTest::newRow("down, nothing helps") << true << false << false << 1;
        QTest::newRow("down, nothing helps, impacted too") << true << false << true << 1;
        QTest::newRow("down, restart helps") << true << true << false << 2;
        QTest::newRow("operational but impacted") << false << false << true << 2;
        QTest::newRow("impacted with workaround") << false << true << true << 2;
        QTest::newRow("cosmetic / info") << false << false << false << 3;
        QTest::newRow("workaround only") << false << true << false << 3;
    }

    void severityAssistant()
    {
        QFETCH(bool, down);
        QFETCH(bool, workaround);
        QFETCH(bool, impacted);
        QFETCH(int, level);
        const SeverityAssessment a = assessSeverity({down, workaround, impacted});
        QCOMPARE(toInt(a.severity), level);
        QVERIFY(a.reason.endsWith(QStringLiteral("Severity Level %1.").arg(level)));
    }

    void durations()
    {
        QCOMPARE(IncidentComposer::describeDuration(59), QStringLiteral("less than a minute"));
        QCOMPARE(IncidentComposer::describeDuration(60), QStringLiteral("1 minute"));
        QCOMPARE(IncidentComposer::describeDuration(2 * 3600 + 15 * 60), QStringLiteral("2 hours 15 minutes"));
        QCOMPARE(IncidentComposer::describeDuration(86400 + 3600), QStringLiteral("1 day 1 hour"));
        QCOMPARE(IncidentComposer::describeDuration(3 * 86400 + 120), QStringLiteral("3 days 2 minutes"));
        QCOMPARE(IncidentComposer::describeDuration(7200), QStringLiteral("2 hours"));
    }

    void composeNewIncident()
    {
        const ComposedMessage m = IncidentComposer::compose(sampleReport());
        QCOMPARE(m.to, QStringList{QStringLiteral("support@bomgar.com")});
        QCOMPARE(m.subject, QStringLiteral("Severity Level 1: Primary appliance down, failover did not take over"));
        QCOMPARE(m.attachments,
                 (QStringList{QStringLiteral("/tmp/run/journal.log"), QStringLiteral("/tmp/run/status.png")}));
        const QString body = QStringLiteral(
            "Severity requested: Severity Level 1 - Production system down and inoperable. The issue cannot be solved "
            "by a restart, a bypass, or a workaround.\n"
            "\n"
            "Inquirer's Name: Jane Doe\n"
            "Name of the organization: Example Corp\n"
            "Bomgar product version: 23.2.4\n"
            "Specific error messages received:\n"
            "    HTTP 503 from /login\n"
            "    TLS handshake timeout on port 443\n"
            "Steps for reproducing the issue: Open https://support.example.com/login\n"
            "Actions taken prior to the incident: Restarted the appliance\n"
            "Changes made to the Bomgar product: (not provided)\n"
            "Length of time the issue has persisted: 2 hours 15 minutes\n"
            "Operating system: (not provided)\n"
            "Assigned server roles: Failover primary\n"
            "Log files (attached): journal.log\n"
            "Screen shots (attached): status.png\n");
        QCOMPARE(m.body, body);
        const QString guidance = QStringLiteral(
            "Severity Level 1 must be documented by email and followed up by a telephone call: the guide recommends a "
            "detailed email to support@bomgar.com followed by a telephone call. Maximum target time for First "
            "Response and for Customer Response is 30 minutes (business hours).\n"
            "Send this email to support@bomgar.com now, then telephone Bomgar Support and give the subject line.\n"
            "Once Bomgar Support gives an incident number, record it: every later email must begin its subject with "
            "\"Incident# N\".\n"
            "Attach the 2 listed files; a mailto: link cannot carry attachments, save an .eml file instead.");
        QCOMPARE(m.guidance, guidance);
        QCOMPARE(m.clipboardText(), m.subject + QStringLiteral("\n\n") + body);
    }

    void composeFollowUp()
    {
        IncidentReport r;
        r.severity = Severity::Level3;
        r.incidentNumber = QStringLiteral(" 40100 ");
        r.summary = QStringLiteral("  Question about   restore order ");
        r.region = SupportRegion::Emea;
        SupportAddresses addresses;
        addresses.emea = QStringLiteral("emea@support.example.net");
        const ComposedMessage m = IncidentComposer::compose(r, addresses);
        QCOMPARE(m.subject, QStringLiteral("Incident# 40100 - Severity Level 3: Question about restore order"));
        QVERIFY(m.subject.startsWith(QStringLiteral("Incident# 40100")));
        QCOMPARE(m.to, QStringList{QStringLiteral("emea@support.example.net")});
        QCOMPARE(m.body, QStringLiteral(
                             "Incident: Incident# 40100\n"
                             "Severity requested: Severity Level 3 - Cosmetic impairment. Limited impact to use of "
                             "system. No immediate resolution required. Request for enhancements. Request for general "
                             "information.\n"
                             "\n"
                             "Inquirer's Name: (not provided)\n"
                             "Name of the organization: (not provided)\n"
                             "Bomgar product version: (not provided)\n"
                             "Specific error messages received: (not provided)\n"
                             "Steps for reproducing the issue: (not provided)\n"
                             "Actions taken prior to the incident: (not provided)\n"
                             "Changes made to the Bomgar product: (not provided)\n"
                             "Length of time the issue has persisted: (not provided)\n"
                             "Operating system: (not provided)\n"
                             "Assigned server roles: (not provided)\n"
                             "Log files (attached): (none)\n"
                             "Screen shots (attached): (none)\n"));
        QCOMPARE(m.guidance, QStringLiteral("Severity Level 3 must be reported by email. Maximum target time for First "
                                            "Response is 24 hours (business hours)."));
    }

    void incidentNumberNormalized()
    {
        for (const char* text : {"40100", " Incident# 40100 ", "incident #40100", "#40100", "Incident 40100"})
            QCOMPARE(normalizeIncidentNumber(QString::fromLatin1(text)), QStringLiteral("40100"));
        QCOMPARE(normalizeIncidentNumber(QString()), QString());
        IncidentReport r;
        r.incidentNumber = QStringLiteral("Incident# 40100");
        QCOMPARE(IncidentComposer::subject(r), QStringLiteral("Incident# 40100 - Severity Level 2"));
    }

    void addressesDefaultsAndJson()
    {
        const SupportAddresses d;
        QCOMPARE(d.general, QStringLiteral("support@bomgar.com"));
        QCOMPARE(d.emea, QStringLiteral("emea.support@bomgar.com"));
        QCOMPARE(d.apac, QStringLiteral("apac.support@bomgar.com"));
        QCOMPARE(d.supervisor, QStringLiteral("support.supervisor@bomgar.com"));
        QCOMPARE(d.manager, QStringLiteral("support.manager@bomgar.com"));
        QJsonObject json = d.toJson();
        json.insert(QStringLiteral("apac"), QStringLiteral("apac@example.org"));
        json.insert(QStringLiteral("manager"), QStringLiteral("  "));
        const SupportAddresses edited = SupportAddresses::fromJson(json);
        QCOMPARE(edited.apac, QStringLiteral("apac@example.org"));
        QCOMPARE(edited.manager, QStringLiteral("support.manager@bomgar.com"));
        QCOMPARE(edited.forRegion(SupportRegion::Apac), QStringLiteral("apac@example.org"));
    }

    void emlPlainText()
    {
        ComposedMessage m;
        m.to = {QStringLiteral("support@bomgar.com")};
        m.subject = QStringLiteral("Incident# 40100 - Severity Level 2: Jump Clients offline");
        m.body = QStringLiteral("Line one\nLine two\n");
        MailOptions o;
        o.from = QStringLiteral("Jane Doe <jane@example.com>");
        o.date = QDateTime(QDate(2026, 11, 25), QTime(9, 5, 7), QTimeZone(QByteArrayLiteral("America/Chicago")));
        o.messageId = "abc123@example.com";
        const QByteArray expected = "From: Jane Doe <jane@example.com>\r\n"
                                    "To: support@bomgar.com\r\n"
                                    "Subject: Incident# 40100 - Severity Level 2: Jump Clients offline\r\n"
                                    "Date: Wed, 25 Nov 2026 09:05:07 -0600\r\n"
                                    "Message-ID: <abc123@example.com>\r\n"
                                    "MIME-Version: 1.0\r\n"
                                    "X-Unsent: 1\r\n"
                                    "Content-Type: text/plain; charset=UTF-8\r\n"
                                    "Content-Transfer-Encoding: base64\r\n"
                                    "\r\n" +
                                    QByteArray("Line one\r\nLine two\r\n").toBase64() + "\r\n";
        QCOMPARE(*MailWriter::render(m, o), expected);
    }

    void emlMultipartWithAttachments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("journal.log"));
        const QString png = dir.filePath(QStringLiteral("Übersicht.png"));
        QFile f1(log);
        QVERIFY(f1.open(QIODevice::WriteOnly));
        f1.write("step 1 ok\n");
        f1.close();
        QFile f2(png);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        const QByteArray binary(100, '\x89');
        f2.write(binary);
        f2.close();

        ComposedMessage m;
        m.to = {QStringLiteral("support@bomgar.com")};
        m.cc = {QStringLiteral("Jörg Müller <joerg@example.de>"), QStringLiteral("ops@example.de")};
        m.subject = QStringLiteral("Störung: Appliance offline");
        m.body = QStringLiteral("Grüße\n");
        m.attachments = {log, png};
        MailOptions o;
        o.date = QDateTime(QDate(2026, 3, 10), QTime(8, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        o.messageId = "id1@example.de";
        o.boundary = "BOUNDARY42";
        const QByteArray b64 = binary.toBase64();
        const QByteArray expected = "To: support@bomgar.com\r\n"
                                    "Cc: =?UTF-8?B?" +
                                    QStringLiteral("Jörg Müller").toUtf8().toBase64() +
                                    "?= <joerg@example.de>,\r\n"
                                    " ops@example.de\r\n"
                                    "Subject: =?UTF-8?B?" +
                                    QStringLiteral("Störung: Appliance offline").toUtf8().toBase64() +
                                    "?=\r\n"
                                    "Date: Tue, 10 Mar 2026 08:30:00 +0100\r\n"
                                    "Message-ID: <id1@example.de>\r\n"
                                    "MIME-Version: 1.0\r\n"
                                    "X-Unsent: 1\r\n"
                                    "Content-Type: multipart/mixed; boundary=\"BOUNDARY42\"\r\n"
                                    "\r\n"
                                    "This is a multi-part message in MIME format.\r\n"
                                    "\r\n"
                                    "--BOUNDARY42\r\n"
                                    "Content-Type: text/plain; charset=UTF-8\r\n"
                                    "Content-Transfer-Encoding: base64\r\n"
                                    "\r\n" +
                                    QStringLiteral("Grüße\r\n").toUtf8().toBase64() +
                                    "\r\n"
                                    "--BOUNDARY42\r\n"
                                    "Content-Type: text/plain\r\n"
                                    "Content-Disposition: attachment; filename=\"journal.log\"\r\n"
                                    "Content-Transfer-Encoding: base64\r\n"
                                    "\r\n"
                                    "c3RlcCAxIG9rCg==\r\n"
                                    "--BOUNDARY42\r\n"
                                    "Content-Type: image/png\r\n"
                                    "Content-Disposition: attachment; filename*=UTF-8''%C3%9Cbersicht.png\r\n"
                                    "Content-Transfer-Encoding: base64\r\n"
                                    "\r\n" +
                                    b64.left(76) + "\r\n" + b64.mid(76, 76) +
                                    "\r\n"
                                    "--BOUNDARY42--\r\n";
        QCOMPARE(*MailWriter::render(m, o), expected);

        const QString eml = dir.filePath(QStringLiteral("incident.eml"));
        QString error;
        QVERIFY2(MailWriter::save(eml, m, o, &error), qPrintable(error));
        QFile saved(eml);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), expected);
    }

    void emlMissingAttachmentFails()
    {
        QTemporaryDir dir;
        ComposedMessage m;
        m.to = {QStringLiteral("support@bomgar.com")};
        m.subject = QStringLiteral("x");
        m.attachments = {dir.filePath(QStringLiteral("missing.log"))};
        QString error;
        const QString eml = dir.filePath(QStringLiteral("out.eml"));
        QVERIFY(!MailWriter::save(eml, m, {}, &error));
        QVERIFY(error.contains(QStringLiteral("missing.log")));
        QVERIFY(!QFile::exists(eml));
    }

    void noHeaderInjection()
    {
        ComposedMessage m;
        m.to = {QStringLiteral("support@bomgar.com\r\nBcc: evil@example.com")};
        m.subject = QStringLiteral("x\r\nBcc: evil@example.com");
        MailOptions o;
        o.date = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        o.messageId = "m@x";
        const QByteArray eml = *MailWriter::render(m, o);
        QVERIFY(!eml.contains("\r\nBcc:"));
        QVERIFY(eml.startsWith("To: support@bomgar.com Bcc: evil@example.com\r\nSubject: =?UTF-8?B?"));
    }

    void longSubjectIsFolded()
    {
        const QString subject = QStringLiteral("Incident# 40100 - Severity Level 2: the failover backup appliance "
                                               "does not sync after the network change");
        const QByteArray folded = MailWriter::encodeHeaderText(subject, 9);
        QCOMPARE(folded, QByteArray("Incident# 40100 - Severity Level 2: the failover backup appliance\r\n"
                                    " does not sync after the network change"));
        QCOMPARE(MailWriter::contentTypeFor(QStringLiteral("backup.NSB")), QByteArray("application/octet-stream"));
    }

    void mailto()
    {
        ComposedMessage m;
        m.to = {QStringLiteral("support@bomgar.com")};
        m.cc = {QStringLiteral("support.supervisor@bomgar.com")};
        m.subject = QStringLiteral("Incident# 40100 - Severity Level 1: down & out");
        m.body = QStringLiteral("Line 1\nä=ü?\n");
        QCOMPARE(MailWriter::mailtoUrl(m),
                 QStringLiteral("mailto:support@bomgar.com?cc=support.supervisor@bomgar.com"
                                "&subject=Incident%23%2040100%20-%20Severity%20Level%201%3A%20down%20%26%20out"
                                "&body=Line%201%0D%0A%C3%A4%3D%C3%BC%3F%0D%0A"));
        QVERIFY(QUrl(MailWriter::mailtoUrl(m), QUrl::StrictMode).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSupportIncident)
#include "tst_support_incident.moc"
