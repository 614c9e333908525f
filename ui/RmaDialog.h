#pragma once

#include "common/Clock.h"
#include "support/RmaComposer.h"

#include <QDialog>
#include <QTimeZone>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace dr::ui {

class MessageOutputPanel;

// The RMA request to vendor support (issue #7): contact, shipping address, serial number, VAT number; the Field
// Replaceable Unit question (hard disk or power supply) only for B300 and B400 appliances; for international
// shipments repair-and-return (up to four weeks) or replacement (with VAT consent where it applies). The message
// is previewed and sent like the incident composer's (MessageOutputPanel). Once the new appliance is operational,
// "Track the return" stores a reminder (support::RmaReminders in reminderFolder()) that RmaReminderBanner shows
// until the old appliance is marked returned: the guide allows two weeks.
//
// Use: `auto* d = new RmaDialog(mainWindow); d->show();` (not modal). The reminder folder defaults to
// support::RmaReminders::defaultFolder(); a window showing an RmaReminderBanner on the same folder should call
// its refresh() on reminderAdded().
class RmaDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RmaDialog(QWidget* parent = nullptr);

    support::RmaRequest request() const;
    support::ComposedMessage message() const;
    void setIncidentNumber(const QString& number);

    void setReminderFolder(const QString& folder) { m_folder = folder; }
    QString reminderFolder() const { return m_folder; }
    void setClock(const Clock* clock);
    void setOperatorZone(const QTimeZone& zone) { m_zone = zone; }
    MessageOutputPanel* output() const { return m_output; }

    // Stores the return reminder for the date in the "operational" field. false with the reason shown otherwise.
    bool trackReturn();

signals:
    void reminderAdded();

private:
    QWidget* buildForm();
    QWidget* buildReturnBox(QWidget* parent);
    void recompose();

    const Clock* m_clock = &SystemClock::instance();
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_folder;
    MessageOutputPanel* m_output = nullptr;
    QLineEdit* m_incident = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_vat = nullptr;
    QGroupBox* m_fruBox = nullptr;
    QButtonGroup* m_part = nullptr;
    QGroupBox* m_intlBox = nullptr;
    QButtonGroup* m_intl = nullptr;
    QCheckBox* m_vatConsent = nullptr;
    QDateEdit* m_operational = nullptr;
    QLabel* m_returnStatus = nullptr;
};

} // namespace dr::ui
