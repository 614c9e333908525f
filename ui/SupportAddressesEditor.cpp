#include "SupportAddressesEditor.h"

#include "support/SavedSupportAddresses.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace dr::ui {

SupportAddressesEditor::SupportAddressesEditor(QWidget* parent)
    : QGroupBox(tr("Support addresses (the guide's; edit them if yours differ)"), parent)
{
    setObjectName(QStringLiteral("supportAddresses"));
    auto* form = new QFormLayout(this);
    auto field = [&](const QString& label, const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("address:") + name);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, &SupportAddressesEditor::store);
        return edit;
    };
    m_general = field(tr("&General:"), QStringLiteral("general"));
    m_emea = field(tr("EMEA:"), QStringLiteral("emea"));
    m_apac = field(tr("APAC:"), QStringLiteral("apac"));
    m_supervisor = field(tr("Supervisor:"), QStringLiteral("supervisor"));
    m_manager = field(tr("Manager:"), QStringLiteral("manager"));
    auto* reset = new QPushButton(tr("Restore the guide's addresses"), this);
    reset->setObjectName(QStringLiteral("addressesReset"));
    reset->setAutoDefault(false);
    form->addRow(QString(), reset);
    connect(reset, &QPushButton::clicked, this, [this] {
        display(support::SupportAddresses());
        store();
    });
    display(saved());
}

void SupportAddressesEditor::display(const support::SupportAddresses& a)
{
    m_general->setText(a.general);
    m_emea->setText(a.emea);
    m_apac->setText(a.apac);
    m_supervisor->setText(a.supervisor);
    m_manager->setText(a.manager);
}

support::SupportAddresses SupportAddressesEditor::addresses() const
{
    const QJsonObject json{{QStringLiteral("general"), m_general->text()},
                           {QStringLiteral("emea"), m_emea->text()},
                           {QStringLiteral("apac"), m_apac->text()},
                           {QStringLiteral("supervisor"), m_supervisor->text()},
                           {QStringLiteral("manager"), m_manager->text()}};
    return support::SupportAddresses::fromJson(json); // empty fields keep the guide's address
}

void SupportAddressesEditor::store()
{
    const support::SupportAddresses a = addresses();
    save(a);
    emit addressesChanged();
}

support::SupportAddresses SupportAddressesEditor::saved()
{
    QSettings settings;
    return support::SavedSupportAddresses::load(settings);
}

void SupportAddressesEditor::save(const support::SupportAddresses& addresses)
{
    QSettings settings;
    support::SavedSupportAddresses::save(settings, addresses); // the same keys drrunbook-cli print reads
}

} // namespace dr::ui
