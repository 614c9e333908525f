#include "support/RmaComposer.h"

#include <QCoreApplication>

namespace dr::support {

class RmaText
{
    Q_DECLARE_TR_FUNCTIONS(dr::support::RmaComposer)
};

ReturnSchedule::Status ReturnSchedule::status(const QDate& today) const
{
    if (today > deadline)
        return Status::Overdue;
    if (today >= reminder)
        return Status::ReminderDue;
    return Status::Pending;
}

RmaKind RmaComposer::kind(const QString& model, FailedPart part)
{
    const QString m = model.trimmed().toUpper();
    const bool fruModel = m == QLatin1String("B300") || m == QLatin1String("B400");
    return fruModel && part != FailedPart::Other ? RmaKind::FieldReplaceableUnit : RmaKind::FullAppliance;
}

bool RmaComposer::isInternational(const RmaRequest& r)
{
    return r.countryCode.trimmed().toUpper() != QLatin1String("US");
}

bool RmaComposer::isIrelandOrEu(const QString& countryCode)
{
    static const QStringList eu = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE")};
    return eu.contains(countryCode.trimmed().toUpper());
}

bool RmaComposer::needsVatConsent(const RmaRequest& r)
{
    return isInternational(r) && r.internationalOption == InternationalOption::Replacement &&
           !isIrelandOrEu(r.countryCode);
}

QStringList RmaComposer::problems(const RmaRequest& r)
{
    QStringList p;
    auto require = [&p](const QString& value, const QString& message) {
        if (value.trimmed().isEmpty())
            p << message;
    };
    require(r.contactName, RmaText::tr("Enter the contact name."));
    require(r.contactEmail, RmaText::tr("Enter the contact email address."));
    require(r.contactPhone, RmaText::tr("Enter the contact phone number."));
    require(r.shippingAddress, RmaText::tr("Enter the shipping address."));
    require(r.countryCode, RmaText::tr("Enter the country the appliance is in (two-letter code, e.g. US)."));
    require(r.serialNumber, RmaText::tr("Enter the appliance serial number."));
    if (!r.countryCode.trimmed().isEmpty() && isInternational(r)) {
        if (r.internationalOption == InternationalOption::NotChosen)
            p << RmaText::tr("Choose repair and return (up to four weeks) or replacement with new hardware: Bomgar "
                             "Support asks this first for international shipments.");
        if (needsVatConsent(r) && !r.vatFeeConsent)
            p << RmaText::tr("A replacement shipped internationally may incur VAT fees: send Bomgar Support "
                             "documented consent to pay them, then tick the consent.");
    }
    return p;
}

static QString partName(FailedPart part)
{
    switch (part) {
    case FailedPart::HardDiskDrive:
        return RmaText::tr("hard disk drive");
    case FailedPart::PowerSupply:
        return RmaText::tr("power supply");
    case FailedPart::Other:
        break;
    }
    return RmaText::tr("other hardware problem");
}

ComposedMessage RmaComposer::compose(const RmaRequest& r, const SupportAddresses& addresses)
{
    const QString notProvided = RmaText::tr("(not provided)");
    ComposedMessage m;
    m.to << addresses.general;
    const RmaKind k = kind(r.model, r.failedPart);
    QString subject = RmaText::tr("RMA request: %1 serial %2").arg(r.model.trimmed(), r.serialNumber.trimmed());
    if (!normalizeIncidentNumber(r.incidentNumber).isEmpty())
        subject =
            QStringLiteral("Incident# ") + normalizeIncidentNumber(r.incidentNumber) + QStringLiteral(" - ") + subject;
    m.subject = subject;

    QString b;
    b += composeField(RmaText::tr("Contact name"), r.contactName, notProvided);
    b += composeField(RmaText::tr("Contact email"), r.contactEmail, notProvided);
    b += composeField(RmaText::tr("Contact phone"), r.contactPhone, notProvided);
    b += composeField(RmaText::tr("Shipping address"), r.shippingAddress, notProvided);
    b += composeField(RmaText::tr("Country"), r.countryCode.trimmed().toUpper(), notProvided);
    b += composeField(RmaText::tr("Appliance model"), r.model, notProvided);
    b += composeField(RmaText::tr("Appliance serial number"), r.serialNumber, notProvided);
    b += composeField(RmaText::tr("VAT number"), r.vatNumber, RmaText::tr("(not applicable)"));
    b += composeField(RmaText::tr("Failed part"), partName(r.failedPart), {});
    b += composeField(RmaText::tr("Requested"),
                      k == RmaKind::FieldReplaceableUnit
                          ? RmaText::tr("Field Replaceable Unit (%1)").arg(partName(r.failedPart))
                          : RmaText::tr("Full RMA of the entire appliance"),
                      {});
    if (isInternational(r) && !r.countryCode.trimmed().isEmpty()) {
        QString option;
        switch (r.internationalOption) {
        case InternationalOption::RepairAndReturn:
            option = RmaText::tr("Repair and return: the appliance is returned to Bomgar temporarily and shipped "
                                 "back after repair (up to four weeks).");
            break;
        case InternationalOption::Replacement:
            option = RmaText::tr("Replacement: the appliance is returned to Bomgar permanently and replaced with new "
                                 "hardware.");
            if (needsVatConsent(r) && r.vatFeeConsent)
                option += QLatin1Char('\n') + RmaText::tr("We consent to the payment of any VAT fees incurred by "
                                                          "this process.");
            break;
        case InternationalOption::NotChosen:
            option = RmaText::tr("(to be confirmed)");
            break;
        }
        b += composeField(RmaText::tr("International shipment"), option, {});
    }
    m.body = b;

    QStringList g;
    g << (k == RmaKind::FieldReplaceableUnit
              ? RmaText::tr(
                    "A Field Replaceable Unit can be issued: B300 and B400 hard disk drives and power supplies.")
              : RmaText::tr("A full RMA of the entire appliance applies: Field Replaceable Units exist only for hard "
                            "disk drives and power supplies of B300 and B400 appliances."));
    if (isInternational(r) && r.internationalOption == InternationalOption::Replacement) {
        g << (isIrelandOrEu(r.countryCode)
                  ? RmaText::tr("Replacements for Ireland and the European Union usually ship from Bomgar's inventory "
                                "in Ireland; no VAT fees are expected.")
                  : RmaText::tr("The replacement may incur VAT fees: documented consent to pay them must be sent to "
                                "Bomgar Support."));
    }
    g << (isInternational(r) ? RmaText::tr("Outside the United States, Bomgar gives its DHL account number to "
                                           "schedule a pickup, or arranges WEEE scrapping of the old appliance.")
                             : RmaText::tr("In the United States, Bomgar sends a return shipping label."));
    g << RmaText::tr("Return the defective appliance within two weeks of the new appliance becoming operational: "
                     "outstanding appliances are invoiced at list price.");
    m.guidance = g.join(QLatin1Char('\n'));
    return m;
}

ReturnSchedule RmaComposer::returnSchedule(const QDate& operational, int reminderDaysBefore)
{
    ReturnSchedule s;
    s.operational = operational;
    s.deadline = operational.addDays(14);
    s.reminder = s.deadline.addDays(-reminderDaysBefore);
    return s;
}

} // namespace dr::support
