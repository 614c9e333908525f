#include "StepPage.h"

#include "DrillBanner.h"
#include "StepWidgetClock.h"
#include "StepWidgetSkip.h"
#include "Wizard.h"

#include "runbook/RichText.h"
#include "runbook/RunEngine.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace dr::ui {
namespace {

QLabel* textLabel(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15); // read at 3 a.m., maybe from across the desk
    label->setFont(f);
    return label;
}

} // namespace

StepPage::StepPage(Wizard* wizard, const runbook::PlanStep& ps)
    : QWizardPage(wizard), m_wizard(wizard), m_step(ps.step), m_stepId(ps.id)
{
    setObjectName(QStringLiteral("page:%1").arg(ps.id));
    // A larger title than the style's default: the first thing read on each page.
    setTitle(QStringLiteral("<span style=\"font-size:14pt\">%1</span>").arg(ps.step->title.toHtmlEscaped()));
    const int number = wizard->visitedSteps().size() + 1;
    setSubTitle(tr("Step %1 · %2").arg(number).arg(wizard->engine()->plan().scenario().title));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (wizard->isDrill()) {
        auto* banner = new DrillBanner(this);
        outer->addWidget(banner);
    }
    const runbook::StepState earlier = wizard->engine()->run().step(ps.id);
    m_clock = new StepWidgetClock(wizard, earlier.activeMsecs, this);
    outer->addWidget(m_clock);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    const runbook::Step& st = *ps.step;
    if (!st.body.isEmpty()) {
        QLabel* text = textLabel(runbook::RichText::toHtml(st.body), content);
        text->setObjectName(QStringLiteral("stepBody"));
        m_body->addWidget(text);
    }
    for (const QString& warning : st.warnings) {
        QLabel* w = textLabel(tr("<b>Warning:</b> %1").arg(runbook::RichText::toHtml(warning)), content);
        w->setObjectName(QStringLiteral("stepWarning"));
        w->setStyleSheet(QStringLiteral("QLabel { background: #fff1c2; color: #000000; border-left: 4px solid "
                                        "#b00020; padding: 6px; }"));
        m_body->addWidget(w);
    }
    for (const QString& note : st.notes) {
        QLabel* n = textLabel(tr("<i>Note:</i> %1").arg(runbook::RichText::toHtml(note)), content);
        n->setObjectName(QStringLiteral("stepNote"));
        m_body->addWidget(n);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_error->hide();
    outer->addWidget(m_error);
    if (!st.source.isEmpty()) {
        auto* source = new QLabel(tr("Guide: %1").arg(st.source), this);
        source->setObjectName(QStringLiteral("stepSource"));
        source->setTextFormat(Qt::PlainText);
        source->setStyleSheet(QStringLiteral("QLabel { color: #505050; }"));
        source->setWordWrap(true);
        outer->addWidget(source);
    }
}

runbook::RunEngine* StepPage::engine() const
{
    return m_wizard->engine();
}

bool StepPage::isCurrentStep() const
{
    return m_wizard->isLatest(this) && engine()->run().currentStep() == m_stepId && !engine()->run().isFinished();
}

int StepPage::nextId() const
{
    return m_wizard->nextId();
}

bool StepPage::validatePage()
{
    if (!isCurrentStep())
        return true; // answered already (skipped, or moved on asynchronously)
    QString error;
    if (!submit(&error)) {
        showError(error);
        return false;
    }
    showError({});
    freezeClock();
    return true;
}

bool StepPage::submit(QString* error)
{
    return engine()->acknowledge(error);
}

void StepPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString StepPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

StepWidgetSkip* StepPage::addSkipBox()
{
    auto* skip = new StepWidgetSkip(this);
    m_body->addSpacing(16);
    m_body->addWidget(skip);
    connect(skip, &StepWidgetSkip::skipRequested, this, [this, skip](const QString& reason) {
        QString error;
        if (!isCurrentStep() || !engine()->skip(reason, &error)) {
            skip->showError(error);
            return;
        }
        freezeClock();
        advanceLater();
    });
    return skip;
}

void StepPage::advanceLater()
{
    QTimer::singleShot(0, m_wizard, [w = m_wizard, id = m_wizard->currentId()] {
        if (w->currentId() == id)
            w->next();
    });
}

void StepPage::focusLater(QWidget* w)
{
    QTimer::singleShot(0, w, [w] { w->setFocus(Qt::OtherFocusReason); });
}

void StepPage::freezeClock()
{
    m_clock->freeze();
}

} // namespace dr::ui
