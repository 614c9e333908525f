#include "SiteFieldForm.h"

#include "site/SiteProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dr::ui {

SiteFieldForm::SiteFieldForm(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);
    outer->addStretch(1);
}

void SiteFieldForm::add(const QString& path, const QString& label, QWidget* widget)
{
    widget->setObjectName(QStringLiteral("field:%1").arg(path));
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("error:%1").arg(path));
    error->setWordWrap(true);
    error->hide();
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(widget);
    v->addWidget(error);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(widget);
    m_form->addRow(labelWidget, box);
    m_fields.append({path, widget, error, widget->accessibleDescription()});
}

QLineEdit* SiteFieldForm::addLine(const QString& path, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    add(path, label, edit);
    return edit;
}

QPlainTextEdit* SiteFieldForm::addText(const QString& path, const QString& label, int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    add(path, label, edit);
    return edit;
}

QComboBox* SiteFieldForm::addChoice(const QString& path, const QString& label, const QStringList& values)
{
    auto* combo = new QComboBox(this);
    combo->addItem(tr("Not recorded"), QString());
    for (const QString& v : values)
        combo->addItem(site::valueLabel(v), v);
    add(path, label, combo);
    return combo;
}

QSpinBox* SiteFieldForm::addNumber(const QString& path, const QString& label, int min, int max, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    add(path, label, spin);
    return spin;
}

QCheckBox* SiteFieldForm::addCheck(const QString& path, const QString& label)
{
    auto* check = new QCheckBox(label, this);
    check->setObjectName(QStringLiteral("field:%1").arg(path));
    check->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->hide();
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(check);
    v->addWidget(error);
    m_form->addRow(QString(), box);
    m_fields.append({path, check, error, {}});
    return check;
}

void SiteFieldForm::addRow(const QString& path, const QString& label, QWidget* widget)
{
    add(path, label, widget);
}

void SiteFieldForm::addNote(const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    m_form->addRow(note);
}

bool SiteFieldForm::matches(const QString& issuePath, const QString& fieldPath)
{
    return issuePath == fieldPath || issuePath.startsWith(fieldPath + QLatin1Char('.')) ||
           issuePath.startsWith(fieldPath + QLatin1Char('['));
}

int SiteFieldForm::showIssues(const site::SiteIssues& issues, const QString& prefix)
{
    int shown = 0;
    for (Field& f : m_fields) {
        QStringList lines;
        bool error = false;
        for (const site::SiteIssue& issue : issues) {
            if (!matches(issue.path, prefix + f.path))
                continue;
            error = error || issue.isError();
            lines << (issue.isError() ? tr("Error: %1") : tr("To record: %1")).arg(issue.message);
            ++shown;
        }
        f.error->setText(lines.join(QLatin1Char('\n')));
        f.error->setVisible(!lines.isEmpty());
        f.error->setStyleSheet(error ? QStringLiteral("color: #a4000f; font-weight: bold;")
                                     : QStringLiteral("color: #5c3c00;"));
        f.widget->setStyleSheet(lines.isEmpty() ? QString()
                                                : (error ? QStringLiteral("border: 2px solid #a4000f;")
                                                         : QStringLiteral("border: 2px solid #c58a00;")));
        f.widget->setAccessibleDescription(lines.isEmpty() ? f.description : lines.join(QLatin1Char(' ')));
    }
    return shown;
}

bool SiteFieldForm::focusPath(const QString& issuePath, const QString& prefix)
{
    for (const Field& f : std::as_const(m_fields)) {
        if (matches(issuePath, prefix + f.path)) {
            f.widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

QString SiteFieldForm::choice(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void SiteFieldForm::setChoice(QComboBox* combo, const QString& value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

} // namespace dr::ui
