#include "ComposerRows.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dr::ui {
namespace {

QString spoken(const QString& label)
{
    return QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
}

} // namespace

ComposerRows::ComposerRows(QGroupBox* box, QObject* context, std::function<void()> changed)
    : m_box(box), m_rows(new QFormLayout(box)), m_context(context), m_changed(std::move(changed))
{
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QLineEdit* ComposerRows::line(const QString& label, const QString& name)
{
    auto* edit = new QLineEdit(m_box);
    edit->setObjectName(name);
    edit->setAccessibleName(spoken(label));
    m_rows->addRow(label, edit);
    QObject::connect(edit, &QLineEdit::textChanged, m_context, m_changed);
    return edit;
}

QPlainTextEdit* ComposerRows::text(const QString& label, const QString& name, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(m_box);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName.isEmpty() ? spoken(label) : accessibleName);
    edit->setTabChangesFocus(true);
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_rows->addRow(label, edit);
    QObject::connect(edit, &QPlainTextEdit::textChanged, m_context, m_changed);
    return edit;
}

} // namespace dr::ui
