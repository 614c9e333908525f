#pragma once

#include "StepPage.h"

class QLabel;
class QLineEdit;

namespace dr::ui {

// A value the operator records (an address, a serial number, an incident number ...), validated as it is typed
// with an inline message saying what to enter instead. A secret (a .p12 passphrase) goes into a password field and
// straight to the engine's memory: it is never a wizard field, never journaled, and the field is wiped afterwards.
class RecordPage : public StepPage
{
    Q_OBJECT
public:
    RecordPage(Wizard* wizard, const runbook::PlanStep& step);

    bool isComplete() const override;
    void initializePage() override;
    QLineEdit* input() const { return m_input; }

protected:
    bool submit(QString* error) override;

private:
    void revalidate();

    QLineEdit* m_input = nullptr;
    QLabel* m_hint = nullptr;
    bool m_secret = false;
    bool m_valid = false;
};

} // namespace dr::ui
