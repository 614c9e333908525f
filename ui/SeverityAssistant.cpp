#include "SeverityAssistant.h"

#include "support/ResponseClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {

using support::Severity;

SeverityAssistant::SeverityAssistant(QWidget* parent)
    : QGroupBox(tr("Severity"), parent), m_calendar(std::make_unique<support::SupportCalendar>(*m_clock))
{
    setObjectName(QStringLiteral("severityAssistant"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("severityLevel"));
    m_level->setAccessibleName(tr("Severity level"));
    for (int level = 1; level <= 3; ++level) {
        const Severity s = *support::severityFromInt(level);
        m_level->addItem(support::severityName(s), level);
        m_level->setItemData(level - 1, support::severityDescription(s), Qt::ToolTipRole);
    }
    m_level->setCurrentIndex(1);
    form->addRow(tr("&Level:"), m_level);
    layout->addLayout(form);

    auto* help = new QLabel(tr("Not sure? Answer the guide's questions:"), this);
    layout->addWidget(help);
    m_down = new QCheckBox(tr("Production is &down and cannot be used"), this);
    m_down->setObjectName(QStringLiteral("severityDown"));
    m_workaround = new QCheckBox(tr("A &restart, a bypass or a workaround gets it working"), this);
    m_workaround->setObjectName(QStringLiteral("severityWorkaround"));
    m_impacted = new QCheckBox(tr("It works, but documented functions are &impaired"), this);
    m_impacted->setObjectName(QStringLiteral("severityImpacted"));
    for (QCheckBox* c : {m_down, m_workaround, m_impacted}) {
        layout->addWidget(c);
        connect(c, &QCheckBox::toggled, this, &SeverityAssistant::assess);
    }
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("severityReason"));
    m_reason->setWordWrap(true);
    layout->addWidget(m_reason);
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("severityGuidance"));
    m_guidance->setWordWrap(true);
    layout->addWidget(m_guidance);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("severityDeadline"));
    m_deadline->setWordWrap(true);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_deadline);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit severityChanged(severity());
    });
    // The deadline moves with "now": refresh it every minute.
    auto* timer = new QTimer(this);
    timer->setInterval(60'000);
    connect(timer, &QTimer::timeout, this, &SeverityAssistant::refresh);
    timer->start();
    refresh();
}

SeverityAssistant::~SeverityAssistant() = default;

Severity SeverityAssistant::severity() const
{
    return support::severityFromInt(m_level->currentData().toInt()).value_or(Severity::Level2);
}

void SeverityAssistant::setSeverity(Severity severity)
{
    m_level->setCurrentIndex(support::toInt(severity) - 1);
}

void SeverityAssistant::setClock(const Clock* clock)
{
    m_clock = clock != nullptr ? clock : &SystemClock::instance();
    m_calendar = std::make_unique<support::SupportCalendar>(*m_clock);
    refresh();
}

void SeverityAssistant::setOperatorZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    refresh();
}

void SeverityAssistant::assess()
{
    support::SeverityAnswers answers;
    answers.productionDown = m_down->isChecked();
    answers.restartBypassOrWorkaround = m_workaround->isChecked();
    answers.productionImpacted = m_impacted->isChecked();
    const support::SeverityAssessment a = support::assessSeverity(answers);
    m_reason->setText(tr("Suggested: <b>%1</b>. %2").arg(support::severityName(a.severity), a.reason.toHtmlEscaped()));
    setSeverity(a.severity);
}

QString SeverityAssistant::firstResponseText() const
{
    const support::ResponseClock clock(*m_calendar);
    const support::ResponseDeadline d = clock.firstResponseNow(severity());
    const QString mine = support::ResponseClock::format(d.deadline, m_zone, locale());
    const QString central = support::ResponseClock::format(d.deadline, support::SupportCalendar::timeZone(), locale());
    return tr("Your time: %1").arg(mine) + QLatin1Char('\n') + tr("US Central: %1").arg(central);
}

void SeverityAssistant::refresh()
{
    const Severity s = severity();
    m_level->setToolTip(support::severityDescription(s));
    m_guidance->setText(support::reportingGuidance(s));
    const support::ResponseClock clock(*m_calendar);
    const support::ResponseDeadline d = clock.firstResponseNow(s);
    QString text = tr("<b>First response due</b> (if sent now; business hours only):");
    const QStringList lines = firstResponseText().split(QLatin1Char('\n'));
    for (const QString& line : lines)
        text += QStringLiteral("<br/>") + line.toHtmlEscaped();
    if (d.receivedAt != d.reportedAt)
        text += QStringLiteral("<br/>") +
                tr("Support is closed now: the incident counts as received at %1.")
                    .arg(support::ResponseClock::format(d.receivedAt, m_zone, locale()).toHtmlEscaped());
    m_deadline->setText(text);
}

} // namespace dr::ui
