#pragma once

#include "support/ComposedMessage.h"
#include "support/SupportAddresses.h"

#include <QDate>
#include <QString>

namespace dr::support {

enum class FailedPart { HardDiskDrive, PowerSupply, Other };
enum class RmaKind { FieldReplaceableUnit, FullAppliance };
// International shipments: the vendor first asks which of the two the customer wants.
enum class InternationalOption { NotChosen, RepairAndReturn, Replacement };

// What the guide's "Return Materials Authorization (RMA)" section says Bomgar Support needs.
struct RmaRequest
{
    QString incidentNumber; // "Incident# N" is put at the start of the subject when set
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString shippingAddress; // multi-line
    QString countryCode;     // ISO 3166-1 alpha-2 of the appliance's location; "US" is domestic
    QString model;           // "B200", "B300", "B400", ...
    QString serialNumber;
    QString vatNumber; // "if necessary"
    FailedPart failedPart = FailedPart::Other;
    InternationalOption internationalOption = InternationalOption::NotChosen;
    bool vatFeeConsent = false; // documented consent to pay VAT fees of an international replacement
};

// Return of the defective appliance: within two weeks of the new appliance becoming operational.
struct ReturnSchedule
{
    QDate operational;
    QDate deadline; // operational + 14 days
    QDate reminder; // deadline - reminderDaysBefore
    enum class Status { Pending, ReminderDue, Overdue };
    Status status(const QDate& today) const;
};

class RmaComposer
{
public:
    // FRU only for B300 and B400 with a failed hard disk drive or power supply; otherwise a full RMA.
    static RmaKind kind(const QString& model, FailedPart part);
    static bool isInternational(const RmaRequest& r); // not shipped within the United States
    static bool isIrelandOrEu(const QString& countryCode);
    // True when a replacement is shipped internationally from outside Ireland/EU stock, so VAT may apply.
    static bool needsVatConsent(const RmaRequest& r);
    // What is missing or inconsistent, each a translated sentence saying what to do; empty when complete.
    static QStringList problems(const RmaRequest& r);
    static ComposedMessage compose(const RmaRequest& r, const SupportAddresses& addresses = {});
    static ReturnSchedule returnSchedule(const QDate& operational, int reminderDaysBefore = 3);
};

} // namespace dr::support
