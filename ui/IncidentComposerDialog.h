#pragma once

#include "common/Clock.h"
#include "support/IncidentComposer.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dr::ui {

class MessageOutputPanel;
class SeverityAssistant;
class SupportAddressesEditor;

// The vendor incident email (issue #7): every field the guide's "Support Process" asks for, the severity with the
// guide's table as questions, when the first response is due (the operator's time and US Central), the files to
// attach (logs, screenshots), "Incident# N" in the subject of follow-ups, the support addresses as editable
// defaults (kept in QSettings, see SupportAddressesEditor), and a live preview of the message with three ways
// out: Copy to clipboard, Save as .eml (atomic), Open in mail client (mailto:).
//
// Use: `auto* d = new IncidentComposerDialog(mainWindow); d->prefillFromRun(journal); d->show();`
// Not modal; the inquirer's name, organization and region are remembered in QSettings between uses.
class IncidentComposerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncidentComposerDialog(QWidget* parent = nullptr);
    ~IncidentComposerDialog() override;

    // Fills the fields the run knows (summary, product version from check_health, error messages, steps taken
    // with times, actions, how long the issue has lasted, appliance roles; the inquirer when empty). Fields the
    // run does not know keep what the operator typed. false, with the reason shown in the dialog, when the
    // journal cannot be read.
    bool prefillFromRun(const QString& journalPath);

    void setReport(const support::IncidentReport& report);
    support::IncidentReport report() const;
    support::ComposedMessage message() const;
    QString loadError() const { return m_loadError; }

    void addLogFile(const QString& path);
    void addScreenshot(const QString& path);

    // For tests and embedding: "now" (first-response time, issue duration), the operator's zone, and the output
    // panel (inject its mail-client opener and .eml path chooser there).
    void setClock(const Clock* clock);
    void setOperatorZone(const QTimeZone& zone);
    MessageOutputPanel* output() const { return m_output; }
    SeverityAssistant* severityAssistant() const { return m_severity; }

    // The support addresses the operator saved (the guide's by default), for the binder's support page.
    static support::SupportAddresses savedAddresses();

private:
    QWidget* buildForm();
    QWidget* buildAttachments(QWidget* parent);
    void recompose();
    void rememberPerson();

    const Clock* m_clock = &SystemClock::instance();
    SeverityAssistant* m_severity = nullptr;
    SupportAddressesEditor* m_addresses = nullptr;
    MessageOutputPanel* m_output = nullptr;
    QLineEdit* m_incident = nullptr;
    QLineEdit* m_summary = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_inquirer = nullptr;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_version = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QPlainTextEdit* m_actions = nullptr;
    QPlainTextEdit* m_changes = nullptr;
    QLineEdit* m_duration = nullptr;
    QLineEdit* m_os = nullptr;
    QPlainTextEdit* m_roles = nullptr;
    QListWidget* m_logs = nullptr;
    QListWidget* m_shots = nullptr;
    QCheckBox* m_ccSupervisor = nullptr;
    QCheckBox* m_ccManager = nullptr;
    QLabel* m_runNote = nullptr;
    QString m_loadError;
};

} // namespace dr::ui
