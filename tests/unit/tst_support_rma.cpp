// RMA composer: FRU rules, international options, VAT consent, return deadline; exact output.
#include "support/RmaComposer.h"

#include <QTest>

using namespace dr::support;

class TestSupportRma : public QObject
{
    Q_OBJECT

    static RmaRequest complete()
    {
        RmaRequest r;
        r.incidentNumber = QStringLiteral("40100");
        r.contactName = QStringLiteral("Jane Doe");
        r.contactEmail = QStringLiteral("jane@example.com");
        r.contactPhone = QStringLiteral("+1 555 0100");
        r.shippingAddress = QStringLiteral("Example Corp\n1 Main Street\nSpringfield, IL 62701");
        r.countryCode = QStringLiteral("us");
        r.model = QStringLiteral("B300");
        r.serialNumber = QStringLiteral("B300-123456");
        r.failedPart = FailedPart::PowerSupply;
        return r;
    }

private slots:
    void fruOnlyForB300AndB400Disks()
    {
        QCOMPARE(RmaComposer::kind(QStringLiteral("B300"), FailedPart::HardDiskDrive), RmaKind::FieldReplaceableUnit);
        QCOMPARE(RmaComposer::kind(QStringLiteral("b400"), FailedPart::PowerSupply), RmaKind::FieldReplaceableUnit);
        QCOMPARE(RmaComposer::kind(QStringLiteral("B400"), FailedPart::Other), RmaKind::FullAppliance);
        QCOMPARE(RmaComposer::kind(QStringLiteral("B200"), FailedPart::HardDiskDrive), RmaKind::FullAppliance);
        QCOMPARE(RmaComposer::kind(QStringLiteral("B200"), FailedPart::PowerSupply), RmaKind::FullAppliance);
        QCOMPARE(RmaComposer::kind(QString(), FailedPart::PowerSupply), RmaKind::FullAppliance);
    }

    void vatRules()
    {
        RmaRequest r = complete();
        QVERIFY(!RmaComposer::isInternational(r));
        QVERIFY(!RmaComposer::needsVatConsent(r));
        r.countryCode = QStringLiteral("GB");
        r.internationalOption = InternationalOption::Replacement;
        QVERIFY(RmaComposer::isInternational(r));
        QVERIFY(RmaComposer::needsVatConsent(r));
        r.countryCode = QStringLiteral("IE");
        QVERIFY(!RmaComposer::needsVatConsent(r)); // shipped from Ireland: no VAT expected
        r.countryCode = QStringLiteral("de");
        QVERIFY(!RmaComposer::needsVatConsent(r));
        r.countryCode = QStringLiteral("JP");
        r.internationalOption = InternationalOption::RepairAndReturn;
        QVERIFY(!RmaComposer::needsVatConsent(r));
    }

    void problems()
    {
        QVERIFY(RmaComposer::problems(complete()).isEmpty());
        RmaRequest r;
        QCOMPARE(RmaComposer::problems(r),
                 (QStringList{
                     QStringLiteral("Enter the contact name."), QStringLiteral("Enter the contact email address."),
                     QStringLiteral("Enter the contact phone number."), QStringLiteral("Enter the shipping address."),
                     QStringLiteral("Enter the country the appliance is in (two-letter code, e.g. US)."),
                     QStringLiteral("Enter the appliance serial number.")}));
        r = complete();
        r.countryCode = QStringLiteral("CH");
        QCOMPARE(RmaComposer::problems(r),
                 QStringList{QStringLiteral("Choose repair and return (up to four weeks) or replacement with new "
                                            "hardware: Bomgar Support asks this first for international shipments.")});
        r.internationalOption = InternationalOption::Replacement;
        QCOMPARE(RmaComposer::problems(r),
                 QStringList{QStringLiteral("A replacement shipped internationally may incur VAT fees: send Bomgar "
                                            "Support documented consent to pay them, then tick the consent.")});
        r.vatFeeConsent = true;
        QVERIFY(RmaComposer::problems(r).isEmpty());
    }

    void composeDomesticFru()
    {
        const ComposedMessage m = RmaComposer::compose(complete());
        QCOMPARE(m.to, QStringList{QStringLiteral("support@bomgar.com")});
        QCOMPARE(m.subject, QStringLiteral("Incident# 40100 - RMA request: B300 serial B300-123456"));
        QCOMPARE(m.body, QStringLiteral("Contact name: Jane Doe\n"
                                        "Contact email: jane@example.com\n"
                                        "Contact phone: +1 555 0100\n"
                                        "Shipping address:\n"
                                        "    Example Corp\n"
                                        "    1 Main Street\n"
                                        "    Springfield, IL 62701\n"
                                        "Country: US\n"
                                        "Appliance model: B300\n"
                                        "Appliance serial number: B300-123456\n"
                                        "VAT number: (not applicable)\n"
                                        "Failed part: power supply\n"
                                        "Requested: Field Replaceable Unit (power supply)\n"));
        QCOMPARE(m.guidance,
                 QStringLiteral("A Field Replaceable Unit can be issued: B300 and B400 hard disk drives and "
                                "power supplies.\n"
                                "In the United States, Bomgar sends a return shipping label.\n"
                                "Return the defective appliance within two weeks of the new appliance "
                                "becoming operational: outstanding appliances are invoiced at list price."));
    }

    void composeInternationalReplacement()
    {
        RmaRequest r = complete();
        r.incidentNumber.clear();
        r.countryCode = QStringLiteral("NO");
        r.shippingAddress = QStringLiteral("Eksempel AS, Storgata 1, 0155 Oslo");
        r.vatNumber = QStringLiteral("NO999999999MVA");
        r.model = QStringLiteral("B200");
        r.serialNumber = QStringLiteral("B200-777");
        r.failedPart = FailedPart::HardDiskDrive;
        r.internationalOption = InternationalOption::Replacement;
        r.vatFeeConsent = true;
        const ComposedMessage m = RmaComposer::compose(r);
        QCOMPARE(m.subject, QStringLiteral("RMA request: B200 serial B200-777"));
        QCOMPARE(m.body, QStringLiteral("Contact name: Jane Doe\n"
                                        "Contact email: jane@example.com\n"
                                        "Contact phone: +1 555 0100\n"
                                        "Shipping address: Eksempel AS, Storgata 1, 0155 Oslo\n"
                                        "Country: NO\n"
                                        "Appliance model: B200\n"
                                        "Appliance serial number: B200-777\n"
                                        "VAT number: NO999999999MVA\n"
                                        "Failed part: hard disk drive\n"
                                        "Requested: Full RMA of the entire appliance\n"
                                        "International shipment:\n"
                                        "    Replacement: the appliance is returned to Bomgar permanently and "
                                        "replaced with new hardware.\n"
                                        "    We consent to the payment of any VAT fees incurred by this process.\n"));
        QCOMPARE(m.guidance,
                 QStringLiteral("A full RMA of the entire appliance applies: Field Replaceable Units exist only for "
                                "hard disk drives and power supplies of B300 and B400 appliances.\n"
                                "The replacement may incur VAT fees: documented consent to pay them must be sent to "
                                "Bomgar Support.\n"
                                "Outside the United States, Bomgar gives its DHL account number to schedule a pickup, "
                                "or arranges WEEE scrapping of the old appliance.\n"
                                "Return the defective appliance within two weeks of the new appliance becoming "
                                "operational: outstanding appliances are invoiced at list price."));
    }

    void composeEuRepairAndReturn()
    {
        RmaRequest r = complete();
        r.countryCode = QStringLiteral("IE");
        r.internationalOption = InternationalOption::RepairAndReturn;
        const ComposedMessage m = RmaComposer::compose(r);
        QVERIFY(m.body.endsWith(QStringLiteral("International shipment: Repair and return: the appliance is returned "
                                               "to Bomgar temporarily and shipped back after repair (up to four "
                                               "weeks).\n")));
        r.internationalOption = InternationalOption::Replacement;
        QVERIFY(RmaComposer::compose(r).guidance.contains(
            QStringLiteral("Replacements for Ireland and the European Union usually ship from Bomgar's inventory in "
                           "Ireland; no VAT fees are expected.")));
    }

    void returnDeadlineAndReminder()
    {
        const ReturnSchedule s = RmaComposer::returnSchedule(QDate(2026, 12, 21));
        QCOMPARE(s.deadline, QDate(2027, 1, 4));
        QCOMPARE(s.reminder, QDate(2027, 1, 1));
        QCOMPARE(s.status(QDate(2026, 12, 31)), ReturnSchedule::Status::Pending);
        QCOMPARE(s.status(QDate(2027, 1, 1)), ReturnSchedule::Status::ReminderDue);
        QCOMPARE(s.status(QDate(2027, 1, 4)), ReturnSchedule::Status::ReminderDue);
        QCOMPARE(s.status(QDate(2027, 1, 5)), ReturnSchedule::Status::Overdue);
        QCOMPARE(RmaComposer::returnSchedule(QDate(2026, 2, 20), 5).deadline, QDate(2026, 3, 6)); // not a leap year
        QCOMPARE(RmaComposer::returnSchedule(QDate(2026, 2, 20), 5).reminder, QDate(2026, 3, 1));
    }
};

QTEST_GUILESS_MAIN(TestSupportRma)
#include "tst_support_rma.moc"
