#pragma once

#include <QWizardPage>

namespace dr::ui {

class Wizard;

// The end of a run: its outcome, the time it took, and where the journal is.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(Wizard* wizard);
    int nextId() const override { return -1; }
};

} // namespace dr::ui
