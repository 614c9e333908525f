#pragma once

#include "site/SiteIssue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dr::ui {

// A form of the site profile editor whose fields know their JSON path ("site.fqdn", "fqdn" under a prefix such as
// "appliances[1]."), so that validation findings are shown AT the field: a line under it in words ("Error: ...",
// "To record: ..."), a coloured frame, and the message as the field's accessible description.
class SiteFieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit SiteFieldForm(QWidget* parent = nullptr);

    QLineEdit* addLine(const QString& path, const QString& label, const QString& placeholder = {});
    QPlainTextEdit* addText(const QString& path, const QString& label, int lines = 3);
    // An enumerated value: `values` as stored in the file, shown with site::valueLabel(); "" = not recorded.
    QComboBox* addChoice(const QString& path, const QString& label, const QStringList& values);
    QSpinBox* addNumber(const QString& path, const QString& label, int min, int max, const QString& suffix = {});
    QCheckBox* addCheck(const QString& path, const QString& label);
    void addRow(const QString& path, const QString& label, QWidget* widget);
    void addNote(const QString& text);
    QFormLayout* formLayout() const { return m_form; }

    // Shows the findings whose path is a field's prefix + path (or below it); clears the others.
    // Returns how many findings landed on a field of this form.
    int showIssues(const site::SiteIssues& issues, const QString& prefix = {});
    // Gives the focus to the field of a finding's path; false when no field of this form matches.
    bool focusPath(const QString& issuePath, const QString& prefix = {});

    // Combo helpers: the stored value of a choice, and selecting one (a value the list does not know is added as
    // it is, so a wrong value in the file is shown and reported, never silently replaced).
    static QString choice(const QComboBox* combo);
    static void setChoice(QComboBox* combo, const QString& value);

private:
    struct Field
    {
        QString path;
        QWidget* widget = nullptr;
        QLabel* error = nullptr;
        QString description;
    };
    void add(const QString& path, const QString& label, QWidget* widget);
    static bool matches(const QString& issuePath, const QString& fieldPath);

    QFormLayout* m_form = nullptr;
    QList<Field> m_fields;
};

} // namespace dr::ui
