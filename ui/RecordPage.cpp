#include "RecordPage.h"

#include "StepWidgetSkip.h"

#include "common/Secret.h"
#include "runbook/RecordValidator.h"
#include "runbook/RunEngine.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dr::ui {

RecordPage::RecordPage(Wizard* wizard, const runbook::PlanStep& step) : StepPage(wizard, step)
{
    const runbook::RecordSpec& spec = step.step->record;
    m_secret = spec.secret;
    auto* form = new QFormLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("recordInput"));
    m_input->setAccessibleName(spec.label);
    if (m_secret) {
        m_input->setEchoMode(QLineEdit::Password);
        m_input->setAccessibleDescription(tr("Secret: kept in memory for this run only, never written down."));
        m_input->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    } else {
        m_input->setPlaceholderText(tr("e.g. %1").arg(runbook::RecordValidator::example(spec.type)));
    }
    QString label = spec.label;
    label.replace(QLatin1Char('&'), QStringLiteral("&&"));
    auto* caption = new QLabel(QStringLiteral("&%1:").arg(label), this);
    caption->setBuddy(m_input);
    form->addRow(caption, m_input);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("recordError"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_hint->hide();
    form->addRow(QString(), m_hint);
    body()->addSpacing(8);
    body()->addLayout(form);
    if (m_secret) {
        auto* note = new QLabel(tr("This value is secret: it stays in memory for this run and is never saved."), this);
        note->setWordWrap(true);
        body()->addWidget(note);
    }
    if (spec.optional)
        addSkipBox();
    body()->addStretch(1);
    connect(m_input, &QLineEdit::textChanged, this, &RecordPage::revalidate);
}

void RecordPage::revalidate()
{
    const QString text = m_input->text();
    bool valid = false;
    QString message;
    if (m_secret) {
        valid = !text.isEmpty();
    } else if (!text.trimmed().isEmpty()) {
        const auto r = runbook::RecordValidator::validate(step().record.type, text);
        valid = r.ok;
        message = r.ok ? QString() : r.message;
    }
    m_hint->setText(message);
    m_hint->setVisible(!message.isEmpty());
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool RecordPage::isComplete() const
{
    return m_valid || !isCurrentStep();
}

void RecordPage::initializePage()
{
    focusLater(m_input);
}

bool RecordPage::submit(QString* error)
{
    if (!m_secret)
        return engine()->submitValue(m_input->text(), error);
    const bool ok = engine()->submitSecret(Secret(m_input->text().toUtf8()), error);
    m_input->clear();
    m_input->setEnabled(!ok);
    return ok;
}

} // namespace dr::ui
