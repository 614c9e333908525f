// Drives a generated scenario wizard through its real widgets: ticks "Done", types records, runs checks, picks
// decision options, types the confirmation of the guarded action, and presses Next / Commit.
#pragma once

#include "ui/ActionPage.h"
#include "ui/CheckPage.h"
#include "ui/ConfirmPage.h"
#include "ui/DecisionPage.h"
#include "ui/RecordPage.h"
#include "ui/StepPage.h"
#include "ui/StepWidgetSkip.h"
#include "ui/Wizard.h"

#include "runbook/RecordValidator.h"
#include "runbook/RunEngine.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace wiztest {

using namespace dr::ui;

struct Answers
{
    QMap<QString, QString> records;   // record key -> value (secrets too)
    QMap<QString, QString> decisions; // unqualified step id -> option value (default: the first option)
};

inline StepPage* page(Wizard* w)
{
    return qobject_cast<StepPage*>(w->currentPage());
}

inline QString currentStep(Wizard* w)
{
    StepPage* p = page(w);
    return p ? p->stepId() : (w->currentPage() ? w->currentPage()->objectName() : QString());
}

inline QString lastPart(const QString& id)
{
    return id.section(QLatin1Char('/'), -1);
}

// Presses the button that moves on (Commit on a commit page) once it is enabled.
inline void pressNext(Wizard* w)
{
    QAbstractButton* b =
        w->currentPage()->isCommitPage() ? w->button(QWizard::CommitButton) : w->button(QWizard::NextButton);
    QTRY_VERIFY2(b->isVisible() && b->isEnabled(),
                 qPrintable(QStringLiteral("no enabled Next on %1: %2")
                                .arg(currentStep(w), page(w) ? page(w)->errorText() : QString())));
    const int before = w->currentId();
    QTest::mouseClick(b, Qt::LeftButton);
    QTRY_VERIFY2(
        w->currentId() != before,
        qPrintable(QStringLiteral("still on %1: %2").arg(currentStep(w), page(w) ? page(w)->errorText() : QString())));
}

// Answers the current page the way an operator would, then moves on.
inline void answer(Wizard* w, const Answers& a)
{
    StepPage* p = page(w);
    QVERIFY2(p, "not on a step page");
    if (auto* confirm = qobject_cast<ConfirmPage*>(p)) {
        auto* done = confirm->findChild<QCheckBox*>(QStringLiteral("confirmDone"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        done->click();
    } else if (auto* record = qobject_cast<RecordPage*>(p)) {
        const dr::runbook::RecordSpec& spec = record->step().record;
        QString value = a.records.value(spec.key, dr::runbook::RecordValidator::example(spec.type));
        if (value.isEmpty())
            value = spec.secret ? QStringLiteral("test-secret") : QStringLiteral("test value");
        QTest::keyClicks(record->input(), value);
    } else if (auto* check = qobject_cast<CheckPage*>(p)) {
        QTest::mouseClick(check->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->engine()->isBusy(), 60'000);
        if (!w->button(QWizard::NextButton)->isEnabled()) {
            // What the drill cannot show (no .p12 at hand, the repaired unit never comes back): skip, saying why.
            auto* skip = check->findChild<StepWidgetSkip*>();
            QTest::keyClicks(skip->reasonEdit(), QStringLiteral("not part of this drill"));
            QTest::mouseClick(skip->skipButton(), Qt::LeftButton);
            QTRY_VERIFY(w->currentPage() != check); // a skip moves on by itself
            return;
        }
    } else if (auto* decision = qobject_cast<DecisionPage*>(p)) {
        const QString want = a.decisions.value(lastPart(p->stepId()));
        QList<QRadioButton*> radios = decision->findChildren<QRadioButton*>();
        QVERIFY(!radios.isEmpty());
        QRadioButton* pick = radios.first();
        for (QRadioButton* r : radios)
            if (!want.isEmpty() && r->objectName() == QStringLiteral("option:%1").arg(want))
                pick = r;
        pick->click();
    } else if (auto* action = qobject_cast<ActionPage*>(p)) {
        QTest::keyClicks(action->confirmationEdit(), w->engine()->actionAppliance());
    }
    pressNext(w);
}

// Answers pages until the wizard shows the page of stepId (an unqualified id is matched on its last part).
inline void driveTo(Wizard* w, const QString& stepId, const Answers& a, int maxPages = 200)
{
    for (int i = 0; i < maxPages; ++i) {
        const QString cur = currentStep(w);
        if (cur == stepId || lastPart(cur) == stepId)
            return;
        QVERIFY2(page(w), qPrintable(QStringLiteral("reached %1 before %2").arg(cur, stepId)));
        answer(w, a);
        if (QTest::currentTestFailed())
            return;
    }
    QFAIL(qPrintable(QStringLiteral("never reached %1").arg(stepId)));
}

inline void driveToEnd(Wizard* w, const Answers& a)
{
    driveTo(w, QStringLiteral("page:finished"), a, 400);
}

} // namespace wiztest
