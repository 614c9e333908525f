#include "TriageDialog.h"

#include "runbook/ScenarioLibrary.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dr::ui {

TriageDialog::TriageDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Something is down"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* whatBox = new QGroupBox(tr("What is down?"), content);
    m_what = addQuestion(whatBox, {{QStringLiteral("pair"), tr("One appliance of a &failover pair (the other one "
                                                               "still runs)")},
                                   {QStringLiteral("hardware"), tr("A single &hardware appliance, no failover "
                                                                   "partner")},
                                   {QStringLiteral("virtual"), tr("A &virtual appliance (VMware, Hyper-V, …)")},
                                   {QStringLiteral("cloud"), tr("A C&loud appliance or Starter Service site")},
                                   {QStringLiteral("atlas"), tr("A master or traffic node of an &Atlas cluster")}});
    layout->addWidget(whatBox);

    m_spareBox = new QGroupBox(tr("Is a spare appliance at hand?"), content);
    m_spare = addQuestion(m_spareBox, {{QStringLiteral("cold_spare"), tr("&Yes, a cold spare is ready")},
                                       {QStringLiteral("none"), tr("&No spare")}});
    layout->addWidget(m_spareBox);

    m_cloudBox = new QGroupBox(tr("Which kind of cloud site?"), content);
    m_cloud = addQuestion(m_cloudBox, {{QStringLiteral("cloud_appliance"), tr("A Cloud a&ppliance")},
                                       {QStringLiteral("starter_service"), tr("A &Starter Service site")}});
    layout->addWidget(m_cloudBox);

    m_result = new QLabel(content);
    m_result->setObjectName(QStringLiteral("triageResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open the guide"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("triageOpen"));
    m_open->setDefault(true);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const Choice c = choice();
        if (c.scenarioId.isEmpty())
            return;
        emit scenarioChosen(c.scenarioId, c.facts);
        accept();
    });
    resize(560, 520);
    update();
}

QButtonGroup* TriageDialog::addQuestion(QGroupBox* box, const QList<QPair<QString, QString>>& options)
{
    auto* group = new QButtonGroup(box);
    auto* layout = new QVBoxLayout(box);
    for (const auto& [value, label] : options) {
        auto* radio = new QRadioButton(label, box);
        radio->setObjectName(QStringLiteral("triage:%1").arg(value));
        radio->setProperty("value", value);
        group->addButton(radio);
        layout->addWidget(radio);
    }
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            update();
    });
    return group;
}

TriageDialog::Choice TriageDialog::pick(const QString& what, const QString& detail)
{
    Choice c;
    if (what == QLatin1String("pair")) {
        c.scenarioId = QStringLiteral("failover_primary_failed");
    } else if (what == QLatin1String("hardware")) {
        if (detail == QLatin1String("cold_spare"))
            c.scenarioId = QStringLiteral("cold_spare");
        else if (detail == QLatin1String("none"))
            c.scenarioId = QStringLiteral("hardware_appliance");
    } else if (what == QLatin1String("virtual")) {
        c.scenarioId = QStringLiteral("virtual_appliance");
    } else if (what == QLatin1String("cloud")) {
        if (detail == QLatin1String("cloud_appliance") || detail == QLatin1String("starter_service")) {
            c.scenarioId = QStringLiteral("cloud_site_down");
            c.facts.insert(QStringLiteral("site_kind"), detail);
        }
    } else if (what == QLatin1String("atlas")) {
        c.scenarioId = QStringLiteral("atlas_cluster");
    }
    return c;
}

TriageDialog::Choice TriageDialog::choice() const
{
    auto value = [](QButtonGroup* g) {
        return g->checkedButton() ? g->checkedButton()->property("value").toString() : QString();
    };
    const QString what = value(m_what);
    QString detail;
    if (what == QLatin1String("hardware"))
        detail = value(m_spare);
    else if (what == QLatin1String("cloud"))
        detail = value(m_cloud);
    return pick(what, detail);
}

void TriageDialog::update()
{
    const QString what = m_what->checkedButton() ? m_what->checkedButton()->property("value").toString() : QString();
    m_spareBox->setVisible(what == QLatin1String("hardware"));
    m_cloudBox->setVisible(what == QLatin1String("cloud"));
    const Choice c = choice();
    m_open->setEnabled(!c.scenarioId.isEmpty());
    if (c.scenarioId.isEmpty()) {
        m_result->setText(what.isEmpty() ? tr("Answer the question above.") : tr("Answer the next question."));
        return;
    }
    static const runbook::ScenarioLibrary library = runbook::ScenarioLibrary::builtin();
    const runbook::Scenario* sc = library.find(c.scenarioId);
    m_result->setText(tr("Guide to open: <b>%1</b>").arg(sc ? sc->title.toHtmlEscaped() : c.scenarioId));
}

} // namespace dr::ui
