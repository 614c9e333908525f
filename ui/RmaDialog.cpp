#include "RmaDialog.h"

#include "ComposerRows.h"
#include "MessageOutputPanel.h"
#include "SupportAddressesEditor.h"
#include "support/RmaReminders.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

QButtonGroup* radios(QGroupBox* box, const QList<QPair<int, QString>>& options, const QString& prefix)
{
    auto* group = new QButtonGroup(box);
    auto* layout = new QVBoxLayout(box);
    for (const auto& [id, label] : options) {
        auto* radio = new QRadioButton(label, box);
        radio->setObjectName(prefix + QString::number(id));
        group->addButton(radio, id);
        layout->addWidget(radio);
    }
    return group;
}

} // namespace

RmaDialog::RmaDialog(QWidget* parent) : QDialog(parent), m_folder(support::RmaReminders::defaultFolder())
{
    setObjectName(QStringLiteral("rmaDialog"));
    setWindowTitle(tr("RMA request (hardware replacement)"));
    m_output = MessageOutputPanel::layOutComposer(this, buildForm(), QStringLiteral("rma-request.eml"));
    resize(1120, 800);
    recompose();
}

QWidget* RmaDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    auto* box = new QGroupBox(tr("What Bomgar Support needs"), form);
    ComposerRows rows(box, this, [this] { recompose(); });
    m_incident = rows.line(tr("&Incident number:"), QStringLiteral("rmaIncident"));
    m_incident->setPlaceholderText(tr("e.g. 40100 (from the incident that diagnosed the hardware)"));
    m_name = rows.line(tr("Contact &name:"), QStringLiteral("rmaName"));
    m_email = rows.line(tr("Contact &email:"), QStringLiteral("rmaEmail"));
    m_phone = rows.line(tr("Contact &phone:"), QStringLiteral("rmaPhone"));
    m_address = rows.text(tr("&Shipping address:"), QStringLiteral("rmaAddress"), tr("Shipping address"));
    m_country = rows.line(tr("C&ountry (two letters):"), QStringLiteral("rmaCountry"));
    m_country->setPlaceholderText(QStringLiteral("US"));
    m_country->setMaxLength(2);
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")),
                                                            m_country));
    m_model = new QComboBox(box);
    m_model->setObjectName(QStringLiteral("rmaModel"));
    m_model->setAccessibleName(tr("Appliance model"));
    m_model->setEditable(true);
    m_model->addItems({QStringLiteral("B200"), QStringLiteral("B300"), QStringLiteral("B400")});
    m_model->setCurrentIndex(-1);
    m_model->setPlaceholderText(tr("B200, B300, B400, ..."));
    rows.layout()->addRow(tr("Appliance &model:"), m_model);
    connect(m_model, &QComboBox::currentTextChanged, this, &RmaDialog::recompose);
    m_serial = rows.line(tr("Se&rial number:"), QStringLiteral("rmaSerial"));
    m_vat = rows.line(tr("&VAT number:"), QStringLiteral("rmaVat"));
    m_vat->setPlaceholderText(tr("if necessary"));
    layout->addWidget(box);

    m_fruBox = new QGroupBox(tr("What failed? (B300 and B400: a Field Replaceable Unit may be enough)"), form);
    m_fruBox->setObjectName(QStringLiteral("rmaFruBox"));
    m_part = radios(m_fruBox,
                    {{int(support::FailedPart::HardDiskDrive), tr("A &hard disk drive")},
                     {int(support::FailedPart::PowerSupply), tr("A po&wer supply")},
                     {int(support::FailedPart::Other), tr("Something &else (full RMA)")}},
                    QStringLiteral("rmaPart"));
    layout->addWidget(m_fruBox);
    connect(m_part, &QButtonGroup::idToggled, this, &RmaDialog::recompose);

    m_intlBox = new QGroupBox(tr("International shipment: what do you want?"), form);
    m_intlBox->setObjectName(QStringLiteral("rmaInternationalBox"));
    m_intl = radios(m_intlBox,
                    {{int(support::InternationalOption::RepairAndReturn),
                      tr("Repair and &return: the appliance comes back repaired (up to four weeks)")},
                     {int(support::InternationalOption::Replacement),
                      tr("Replacemen&t with new hardware (the old one stays with Bomgar)")}},
                    QStringLiteral("rmaIntl"));
    m_vatConsent = new QCheckBox(tr("We &consent to pay any VAT fees of the replacement"), m_intlBox);
    m_vatConsent->setObjectName(QStringLiteral("rmaVatConsent"));
    m_intlBox->layout()->addWidget(m_vatConsent);
    layout->addWidget(m_intlBox);
    connect(m_intl, &QButtonGroup::idToggled, this, &RmaDialog::recompose);
    connect(m_vatConsent, &QCheckBox::toggled, this, &RmaDialog::recompose);

    layout->addWidget(buildReturnBox(form));
    layout->addStretch(1);
    return form;
}

QWidget* RmaDialog::buildReturnBox(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Return of the defective appliance"), parent);
    auto* rows = new QFormLayout(box);
    m_operational = new QDateEdit(box);
    m_operational->setObjectName(QStringLiteral("rmaOperational"));
    m_operational->setAccessibleName(tr("Date the new appliance became operational"));
    m_operational->setCalendarPopup(true);
    m_operational->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_operational->setDate(m_clock->nowUtc().toTimeZone(m_zone).date());
    rows->addRow(tr("New appliance operational &on:"), m_operational);
    auto* track = new QPushButton(tr("&Track the return (reminder)"), box);
    track->setObjectName(QStringLiteral("rmaTrack"));
    track->setAutoDefault(false);
    rows->addRow(QString(), track);
    m_returnStatus = new QLabel(tr("The guide allows two weeks from the day the new appliance is operational; "
                                   "appliances not returned are invoiced at list price."),
                                box);
    m_returnStatus->setObjectName(QStringLiteral("rmaReturnStatus"));
    m_returnStatus->setWordWrap(true);
    rows->addRow(m_returnStatus);
    connect(track, &QPushButton::clicked, this, &RmaDialog::trackReturn);
    return box;
}

void RmaDialog::setClock(const Clock* clock)
{
    m_clock = clock != nullptr ? clock : &SystemClock::instance();
    m_operational->setDate(m_clock->nowUtc().toTimeZone(m_zone).date());
}

void RmaDialog::setIncidentNumber(const QString& number)
{
    m_incident->setText(number);
}

support::RmaRequest RmaDialog::request() const
{
    support::RmaRequest r;
    r.incidentNumber = m_incident->text();
    r.contactName = m_name->text();
    r.contactEmail = m_email->text();
    r.contactPhone = m_phone->text();
    r.shippingAddress = m_address->toPlainText();
    r.countryCode = m_country->text().trimmed().toUpper();
    r.model = m_model->currentText().trimmed();
    r.serialNumber = m_serial->text();
    r.vatNumber = m_vat->text();
    // The part only matters where a Field Replaceable Unit exists.
    const bool fruModel = support::RmaComposer::kind(r.model, support::FailedPart::HardDiskDrive) ==
                          support::RmaKind::FieldReplaceableUnit;
    r.failedPart = fruModel && m_part->checkedId() >= 0 ? static_cast<support::FailedPart>(m_part->checkedId())
                                                        : support::FailedPart::Other;
    if (!r.countryCode.isEmpty() && support::RmaComposer::isInternational(r) && m_intl->checkedId() >= 0)
        r.internationalOption = static_cast<support::InternationalOption>(m_intl->checkedId());
    r.vatFeeConsent = m_vatConsent->isChecked() && support::RmaComposer::needsVatConsent(r);
    return r;
}

support::ComposedMessage RmaDialog::message() const
{
    return support::RmaComposer::compose(request(), SupportAddressesEditor::saved());
}

void RmaDialog::recompose()
{
    if (m_output == nullptr || m_returnStatus == nullptr)
        return; // still building
    const support::RmaRequest r = request();
    m_fruBox->setVisible(support::RmaComposer::kind(r.model, support::FailedPart::HardDiskDrive) ==
                         support::RmaKind::FieldReplaceableUnit);
    const bool international = !r.countryCode.isEmpty() && support::RmaComposer::isInternational(r);
    m_intlBox->setVisible(international);
    support::RmaRequest replacement = r;
    replacement.internationalOption = support::InternationalOption::Replacement;
    m_vatConsent->setVisible(international && m_intl->checkedId() == int(support::InternationalOption::Replacement) &&
                             support::RmaComposer::needsVatConsent(replacement));
    m_output->setMessage(message());
    m_output->setProblems(support::RmaComposer::problems(r));
}

bool RmaDialog::trackReturn()
{
    support::RmaReminders reminders(m_folder, *m_clock, m_zone);
    QString error;
    std::optional<support::RmaReminder> added;
    if (reminders.load(&error))
        added = reminders.add(m_model->currentText(), m_serial->text(), m_incident->text(), m_operational->date(),
                              &error);
    if (!added) {
        m_returnStatus->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
        m_returnStatus->setText(tr("The reminder was not stored: %1").arg(error));
        return false;
    }
    m_returnStatus->setStyleSheet(QString());
    m_returnStatus->setText(tr("Reminder stored: return the defective %1 (serial %2) by <b>%3</b>. The main window "
                               "shows it (urgent from %4) until you mark it returned.")
                                .arg(added->model.toHtmlEscaped(), added->serialNumber.toHtmlEscaped(),
                                     added->schedule.deadline.toString(Qt::ISODate),
                                     added->schedule.reminder.toString(Qt::ISODate)));
    emit reminderAdded();
    return true;
}

} // namespace dr::ui
