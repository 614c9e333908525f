// Typed values the operator records: good values are accepted (and normalised), bad ones refused with a message.
#include "runbook/RecordValidator.h"
#include "runbook/StepKinds.h"

#include <QTest>

using namespace dr::runbook;

class TestRunbookRecords : public QObject
{
    Q_OBJECT
private slots:
    void values_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalized");
        auto row = [](const char* name, const char* type, const char* value, bool ok, const char* norm = "") {
            QTest::newRow(name) << QString::fromLatin1(type) << QString::fromUtf8(value) << ok
                                << QString::fromLatin1(norm);
        };
        row("ipv4 link-local", "ipv4", "169.254.1.5", true, "169.254.1.5");
        row("ipv4 trimmed", "ipv4", "  10.0.0.1 ", true, "10.0.0.1");
        row("ipv4 octet 256", "ipv4", "10.0.0.256", false);
        row("ipv4 three parts", "ipv4", "10.0.1", false);
        row("ipv4 leading zero", "ipv4", "010.0.0.1", false);
        row("ipv4 name", "ipv4", "support.example.com", false);
        row("netmask /16", "netmask", "255.255.0.0", true, "255.255.0.0");
        row("netmask /32", "netmask", "255.255.255.255", true, "255.255.255.255");
        row("netmask holes", "netmask", "255.0.255.0", false);
        row("netmask zero", "netmask", "0.0.0.0", false);
        row("netmask prefix", "netmask", "/16", false);
        row("fqdn", "fqdn", "Support.Example.COM.", true, "support.example.com");
        row("fqdn single label", "fqdn", "support", false);
        row("fqdn ip", "fqdn", "192.0.2.1", false);
        row("fqdn hyphen", "fqdn", "-bad.example.com", false);
        row("fqdn underscore", "fqdn", "a_b.example.com", false);
        row("host name", "host", "backup-01", true, "backup-01");
        row("host ip", "host", "192.0.2.7", true, "192.0.2.7");
        row("host bad ip", "host", "192.0.2.700", false);
        row("host space", "host", "two words", false);
        row("serial", "serial_number", "b300-12345", true, "B300-12345");
        row("serial no digit", "serial_number", "ABCDEF", false);
        row("serial too short", "serial_number", "A1", false);
        row("serial symbols", "serial_number", "B300/123", false);
        row("incident plain", "incident_number", "40100", true, "40100");
        row("incident guide form", "incident_number", "Incident# 40100", true, "40100");
        row("incident hash", "incident_number", "#40100", true, "40100");
        row("incident letters", "incident_number", "INC-abc", false);
        row("free text", "free_text", " anything ", true, "anything");
        row("free text empty", "free_text", "   ", false);
        row("url link-local", "url", "https://169.254.1.1/appliance/login.ns", true,
            "https://169.254.1.1/appliance/login.ns");
        row("url no scheme", "url", "169.254.1.1/appliance", false);
        row("url ftp", "url", "ftp://example.com/x", false);
        row("email", "email", "support@bomgar.com", true, "support@bomgar.com");
        row("email no domain", "email", "support@", false);
        row("version", "version", "15.2.2", true, "15.2.2");
        row("version build", "version", "19.1.8 (37380)", false);
        row("file", "file_path", "/backups/Bomgar-15.2.2-site.nsb", true, "/backups/Bomgar-15.2.2-site.nsb");
    }
    void values()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, normalized);
        const auto t = kinds::recordType(type);
        QVERIFY(t);
        const RecordValidator::Result r = RecordValidator::validate(*t, value);
        QCOMPARE(r.ok, ok);
        if (ok) {
            QCOMPARE(r.normalized, normalized);
            QVERIFY(r.message.isEmpty());
        } else {
            QVERIFY(!r.message.isEmpty());
            QVERIFY2(r.message.contains(QStringLiteral("enter")) || r.message.contains(QStringLiteral("Enter")) ||
                         r.message.contains(QStringLiteral("copy")),
                     qPrintable(r.message)); // says what to do
        }
    }

    void examplesAreValid()
    {
        for (const QString& name : kinds::allRecordTypes()) {
            const RecordType t = *kinds::recordType(name);
            const QString ex = RecordValidator::example(t);
            if (!ex.isEmpty())
                QVERIFY2(RecordValidator::validate(t, ex).ok, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookRecords)
#include "tst_runbook_records.moc"
