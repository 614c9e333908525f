#pragma once

#include <QString>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLineEdit;
class QObject;
class QPlainTextEdit;

namespace dr::ui {

// The text rows of the incident and RMA composers' forms (IncidentComposerDialog, RmaDialog). Each field has its
// object name (the tests find it by that), says its label without the mnemonic and the colon to a screen reader,
// and calls `changed` on every edit (in `context`: not once the context is gone), so the message is composed
// again. layout() takes the other rows (a combo box, a date).
class ComposerRows
{
public:
    ComposerRows(QGroupBox* box, QObject* context, std::function<void()> changed);

    QFormLayout* layout() const { return m_rows; }
    QLineEdit* line(const QString& label, const QString& name);
    // A few lines that wrap; Tab moves on, as everywhere else in the form. An empty `accessibleName`: the label's.
    QPlainTextEdit* text(const QString& label, const QString& name, const QString& accessibleName = QString());

private:
    QGroupBox* m_box;
    QFormLayout* m_rows;
    QObject* m_context;
    std::function<void()> m_changed;
};

} // namespace dr::ui
