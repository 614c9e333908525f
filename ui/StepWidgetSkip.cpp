#include "StepWidgetSkip.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dr::ui {

StepWidgetSkip::StepWidgetSkip(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("skipBox"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Skip &because:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("skipReason"));
    m_reason->setAccessibleName(tr("Reason for skipping this step"));
    m_reason->setPlaceholderText(tr("What you checked by hand, or why it does not apply"));
    label->setBuddy(m_reason);
    m_button = new QPushButton(tr("&Skip this step"), this);
    m_button->setObjectName(QStringLiteral("skipButton"));
    m_button->setAutoDefault(false);
    m_button->setEnabled(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("skipError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_reason, 0, 1);
    layout->addWidget(m_button, 0, 2);
    layout->addWidget(m_error, 1, 1, 1, 2);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_button->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_button, &QPushButton::clicked, this, [this] { emit skipRequested(m_reason->text().trimmed()); });
}

void StepWidgetSkip::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dr::ui
