#include "WizardDrillPicker.h"

#include "runbook/ScenarioLibrary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

WizardDrillPicker::WizardDrillPicker(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("drillPicker"));
    setWindowTitle(tr("Run a drill"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Scenario to rehearse (the drill lab starts with the appliances it needs; nothing "
                                "real is touched):"),
                             this);
    label->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("drillScenarios"));
    m_list->setAccessibleName(tr("Scenario to rehearse"));
    label->setBuddy(m_list);
    const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    for (const runbook::Scenario* sc : library.scenarios()) {
        const QString topology = topologyFor(sc->id);
        const QString lab = topology == QLatin1String("pair")    ? tr("lab: a failover pair")
                            : topology == QLatin1String("atlas") ? tr("lab: an Atlas cluster")
                                                                 : tr("lab: one appliance");
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(sc->title, lab), m_list);
        item->setData(Qt::UserRole, sc->id);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start the drill"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto start = [this] {
        if (!m_list->currentItem())
            return;
        emit drillChosen(m_list->currentItem()->data(Qt::UserRole).toString());
        accept();
    };
    connect(m_start, &QPushButton::clicked, this, start);
    connect(m_list, &QListWidget::itemActivated, this, start);
    resize(560, 420);
}

QString WizardDrillPicker::topologyFor(const QString& scenarioId)
{
    if (scenarioId == QLatin1String("failover_primary_failed"))
        return QStringLiteral("pair");
    if (scenarioId == QLatin1String("atlas_cluster"))
        return QStringLiteral("atlas");
    return QStringLiteral("single");
}

} // namespace dr::ui
