#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dr::ui {

// "Skip this step, because …": the reason is mandatory and goes into the run report.
class StepWidgetSkip : public QWidget
{
    Q_OBJECT
public:
    explicit StepWidgetSkip(QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* skipButton() const { return m_button; }
    void showError(const QString& message);

signals:
    void skipRequested(const QString& reason);

private:
    QLineEdit* m_reason = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace dr::ui
