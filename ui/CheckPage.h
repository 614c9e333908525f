#pragma once

#include "StepPage.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace dr::ui {

class StepWidgetSkip;

// An automated check run by the engine (with its retries) without blocking: live progress per attempt, the
// evidence of each attempt, Retry after a failure, and Skip with a reason. Next is enabled once it passed (or,
// where a decision reads its result, once it has a result at all).
class CheckPage : public StepPage
{
    Q_OBJECT
public:
    CheckPage(Wizard* wizard, const runbook::PlanStep& step);

    bool isComplete() const override;
    void initializePage() override;
    QPushButton* runButton() const { return m_run; }

private:
    void startCheck();
    void onAttempt(const QString& stepId, int attempt, bool passed);
    void onFinished(const QString& stepId, bool passed);
    void showAttempts();

    QPushButton* m_run = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    StepWidgetSkip* m_skip = nullptr;
    bool m_decidedByResult = false;
    int m_maxAttempts = 1;
};

} // namespace dr::ui
