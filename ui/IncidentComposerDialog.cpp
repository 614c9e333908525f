#include "IncidentComposerDialog.h"

#include "ComposerRows.h"
#include "MessageOutputPanel.h"
#include "PrintPreview.h"
#include "SeverityAssistant.h"
#include "SupportAddressesEditor.h"
#include "automation/IncidentFromRun.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

QStringList paths(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void setPaths(QListWidget* list, const QStringList& files)
{
    list->clear();
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), list);
        item->setData(Qt::UserRole, f);
        item->setToolTip(QDir::toNativeSeparators(f));
    }
}

} // namespace

IncidentComposerDialog::IncidentComposerDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("incidentComposer"));
    setWindowTitle(tr("Incident email to vendor support"));
    m_output = MessageOutputPanel::layOutComposer(this, buildForm(), QStringLiteral("incident.eml"));
    m_runNote = new QLabel(this);
    m_runNote->setObjectName(QStringLiteral("incidentRunNote"));
    m_runNote->setWordWrap(true);
    m_runNote->setVisible(false);
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_runNote);

    QSettings settings;
    m_inquirer->setText(settings.value(QStringLiteral("support/inquirer")).toString());
    m_organization->setText(settings.value(QStringLiteral("support/organization")).toString());
    m_region->setCurrentIndex(qBound(0, settings.value(QStringLiteral("support/region")).toInt(), 2));
    resize(1180, 820);
    recompose();
}

IncidentComposerDialog::~IncidentComposerDialog() = default;

QWidget* IncidentComposerDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    m_severity = new SeverityAssistant(form);
    layout->addWidget(m_severity);
    connect(m_severity, &SeverityAssistant::severityChanged, this, &IncidentComposerDialog::recompose);

    auto* box = new QGroupBox(tr("What the guide asks for"), form);
    ComposerRows rows(box, this, [this] { recompose(); });
    m_incident = rows.line(tr("&Incident number (follow-ups only):"), QStringLiteral("incidentNumber"));
    m_incident->setPlaceholderText(tr("e.g. 40100; empty for a new incident"));
    m_summary = rows.line(tr("S&ummary (subject):"), QStringLiteral("incidentSummary"));
    m_region = new QComboBox(box);
    m_region->setObjectName(QStringLiteral("incidentRegion"));
    m_region->setAccessibleName(tr("Support region"));
    m_region->addItems({tr("General (Americas)"), tr("EMEA"), tr("APAC")});
    rows.layout()->addRow(tr("Re&gion:"), m_region);
    connect(m_region, &QComboBox::currentIndexChanged, this, &IncidentComposerDialog::recompose);
    m_inquirer = rows.line(tr("Inquirer's &name:"), QStringLiteral("incidentInquirer"));
    m_organization = rows.line(tr("&Organization:"), QStringLiteral("incidentOrganization"));
    m_version = rows.line(tr("Product &version:"), QStringLiteral("incidentVersion"));
    m_errors = rows.text(tr("&Error messages:"), QStringLiteral("incidentErrors"));
    m_steps = rows.text(tr("Steps to &reproduce:"), QStringLiteral("incidentSteps"));
    m_actions = rows.text(tr("&Actions taken prior:"), QStringLiteral("incidentActions"));
    m_changes = rows.text(tr("&Changes made:"), QStringLiteral("incidentChanges"));
    m_changes->setPlaceholderText(tr("Changes to the product, the network environment or the workstations involved"));
    m_duration = rows.line(tr("How &long has it lasted:"), QStringLiteral("incidentDuration"));
    m_os = rows.line(tr("Operating s&ystem:"), QStringLiteral("incidentOs"));
    m_os->setPlaceholderText(tr("if software-related"));
    m_roles = rows.text(tr("Server ro&les:"), QStringLiteral("incidentRoles"));
    layout->addWidget(box);
    connect(m_organization, &QLineEdit::editingFinished, this, &IncidentComposerDialog::rememberPerson);
    connect(m_inquirer, &QLineEdit::editingFinished, this, &IncidentComposerDialog::rememberPerson);
    connect(m_region, &QComboBox::currentIndexChanged, this, &IncidentComposerDialog::rememberPerson);

    layout->addWidget(buildAttachments(form));
    auto* escalate = new QGroupBox(tr("Escalation"), form);
    auto* escalateLayout = new QVBoxLayout(escalate);
    m_ccSupervisor = new QCheckBox(tr("Copy the support &supervisor"), escalate);
    m_ccSupervisor->setObjectName(QStringLiteral("incidentCcSupervisor"));
    m_ccManager = new QCheckBox(tr("Copy the support &manager"), escalate);
    m_ccManager->setObjectName(QStringLiteral("incidentCcManager"));
    for (QCheckBox* c : {m_ccSupervisor, m_ccManager}) {
        escalateLayout->addWidget(c);
        connect(c, &QCheckBox::toggled, this, &IncidentComposerDialog::recompose);
    }
    layout->addWidget(escalate);
    m_addresses = new SupportAddressesEditor(form);
    connect(m_addresses, &SupportAddressesEditor::addressesChanged, this, &IncidentComposerDialog::recompose);
    layout->addWidget(m_addresses);
    layout->addStretch(1);
    return form;
}

QWidget* IncidentComposerDialog::buildAttachments(QWidget* parent)
{
    auto* box = new QGroupBox(tr("Attachments"), parent);
    auto* grid = new QGridLayout(box);
    auto column = [&](int col, const QString& title, const QString& name, const QString& filter) {
        auto* label = new QLabel(title, box);
        auto* list = new QListWidget(box);
        list->setObjectName(name);
        list->setAccessibleName(QString(title).remove(QLatin1Char('&')));
        list->setFixedHeight(list->fontMetrics().lineSpacing() * 4 + 12);
        label->setBuddy(list);
        auto* add = new QPushButton(tr("Add..."), box);
        add->setObjectName(name + QStringLiteral("Add"));
        add->setAutoDefault(false);
        auto* remove = new QPushButton(tr("Remove"), box);
        remove->setObjectName(name + QStringLiteral("Remove"));
        remove->setAutoDefault(false);
        grid->addWidget(label, 0, col * 2, 1, 2);
        grid->addWidget(list, 1, col * 2, 1, 2);
        grid->addWidget(add, 2, col * 2);
        grid->addWidget(remove, 2, col * 2 + 1);
        connect(add, &QPushButton::clicked, this, [this, list, title, filter] {
            const QStringList files =
                QFileDialog::getOpenFileNames(this, QString(title).remove(QLatin1Char('&')), QDir::homePath(), filter);
            setPaths(list, paths(list) + files);
            recompose();
        });
        connect(remove, &QPushButton::clicked, this, [this, list] {
            delete list->currentItem();
            recompose();
        });
        return list;
    };
    m_logs = column(0, tr("Log &files"), QStringLiteral("incidentLogs"), tr("Logs (*.log *.txt *.zip *.gz);;All (*)"));
    m_shots = column(1, tr("Screen s&hots"), QStringLiteral("incidentScreenshots"),
                     tr("Images (*.png *.jpg *.jpeg);;All (*)"));
    return box;
}

void IncidentComposerDialog::rememberPerson()
{
    QSettings settings;
    settings.setValue(QStringLiteral("support/inquirer"), m_inquirer->text().trimmed());
    settings.setValue(QStringLiteral("support/organization"), m_organization->text().trimmed());
    settings.setValue(QStringLiteral("support/region"), m_region->currentIndex());
}

support::IncidentReport IncidentComposerDialog::report() const
{
    support::IncidentReport r;
    r.severity = m_severity->severity();
    r.summary = m_summary->text();
    r.incidentNumber = m_incident->text();
    r.region = static_cast<support::SupportRegion>(m_region->currentIndex());
    r.inquirerName = m_inquirer->text();
    r.organization = m_organization->text();
    r.productVersion = m_version->text();
    r.errorMessages = m_errors->toPlainText();
    r.reproductionSteps = m_steps->toPlainText();
    r.actionsTakenPrior = m_actions->toPlainText();
    r.changesMade = m_changes->toPlainText();
    r.issueDuration = m_duration->text();
    r.operatingSystem = m_os->text();
    r.serverRoles = m_roles->toPlainText();
    r.logFiles = paths(m_logs);
    r.screenshots = paths(m_shots);
    return r;
}

void IncidentComposerDialog::setReport(const support::IncidentReport& r)
{
    m_severity->setSeverity(r.severity);
    m_summary->setText(r.summary);
    m_incident->setText(r.incidentNumber);
    m_region->setCurrentIndex(static_cast<int>(r.region));
    m_inquirer->setText(r.inquirerName);
    m_organization->setText(r.organization);
    m_version->setText(r.productVersion);
    m_errors->setPlainText(r.errorMessages);
    m_steps->setPlainText(r.reproductionSteps);
    m_actions->setPlainText(r.actionsTakenPrior);
    m_changes->setPlainText(r.changesMade);
    m_duration->setText(r.issueDuration);
    m_os->setText(r.operatingSystem);
    m_roles->setPlainText(r.serverRoles);
    setPaths(m_logs, r.logFiles);
    setPaths(m_shots, r.screenshots);
    recompose();
}

support::ComposedMessage IncidentComposerDialog::message() const
{
    const support::SupportAddresses addresses = m_addresses->addresses();
    support::ComposedMessage m = support::IncidentComposer::compose(report(), addresses);
    if (m_ccSupervisor->isChecked())
        m.cc << addresses.supervisor;
    if (m_ccManager->isChecked())
        m.cc << addresses.manager;
    return m;
}

void IncidentComposerDialog::recompose()
{
    if (m_output == nullptr)
        return; // still building
    m_output->setMessage(message());
    QStringList missing;
    if (m_summary->text().trimmed().isEmpty())
        missing << tr("a one-line summary for the subject");
    if (m_inquirer->text().trimmed().isEmpty())
        missing << tr("the inquirer's name");
    if (m_organization->text().trimmed().isEmpty())
        missing << tr("the organization");
    m_output->setProblems(missing);
}

bool IncidentComposerDialog::prefillFromRun(const QString& journalPath)
{
    const std::optional<LoadedRun> loaded = loadRun(journalPath, &m_loadError);
    if (!loaded) {
        m_runNote->setText(m_loadError);
        m_runNote->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
        m_runNote->setVisible(true);
        return false;
    }
    m_loadError.clear();
    automation::IncidentFromRunOptions options;
    options.inquirerName = m_inquirer->text().trimmed();
    options.organization = m_organization->text().trimmed();
    options.severity = m_severity->severity();
    options.incidentNumber = m_incident->text();
    support::IncidentReport r = automation::incidentFromRun(loaded->plan, loaded->run, m_clock->nowUtc(), options);
    // What the run cannot know stays as typed.
    const support::IncidentReport typed = report();
    r.region = typed.region;
    r.changesMade = typed.changesMade;
    r.operatingSystem = typed.operatingSystem;
    r.logFiles = typed.logFiles;
    r.screenshots = typed.screenshots;
    setReport(r);
    QString note = tr("Filled in from the run %1 (%2). Check every field before sending.")
                       .arg(loaded->run.runId(), QFileInfo(journalPath).fileName());
    if (!loaded->warnings.isEmpty())
        note += QLatin1Char(' ') + tr("The journal is damaged (%1): the run may be incomplete.")
                                       .arg(loaded->warnings.join(QStringLiteral("; ")));
    m_runNote->setText(note);
    m_runNote->setStyleSheet(QString());
    m_runNote->setVisible(true);
    return true;
}

void IncidentComposerDialog::addLogFile(const QString& path)
{
    setPaths(m_logs, paths(m_logs) << path);
    recompose();
}

void IncidentComposerDialog::addScreenshot(const QString& path)
{
    setPaths(m_shots, paths(m_shots) << path);
    recompose();
}

void IncidentComposerDialog::setClock(const Clock* clock)
{
    m_clock = clock != nullptr ? clock : &SystemClock::instance();
    m_severity->setClock(m_clock);
}

void IncidentComposerDialog::setOperatorZone(const QTimeZone& zone)
{
    m_severity->setOperatorZone(zone);
}

support::SupportAddresses IncidentComposerDialog::savedAddresses()
{
    return SupportAddressesEditor::saved();
}

} // namespace dr::ui
