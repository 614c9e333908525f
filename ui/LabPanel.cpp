#include "LabPanel.h"

#include "DrillFaults.h"

#include "lab/Lab.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dr::ui {

namespace {
QPushButton* button(const QString& text, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

LabPanel::LabPanel(lab::Lab& lab, QWidget* parent) : QWidget(parent), m_lab(lab)
{
    m_last = new QLabel(tr("Nothing injected yet."), this);
    m_last->setObjectName(QStringLiteral("labLastEvent"));
    m_last->setWordWrap(true);
    m_last->setAccessibleName(tr("Last drill event"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Drill lab</b>"), this));
    layout->addWidget(siteFaultsBox());
    layout->addWidget(applianceBox());
    layout->addWidget(webStepsBox());
    layout->addWidget(m_last);
    layout->addStretch();
}

QWidget* LabPanel::siteFaultsBox()
{
    auto* box = new QGroupBox(tr("Drill faults (one click)"), this);
    auto* v = new QVBoxLayout(box);
    for (const DrillFault& f : DrillFaults::siteFaults()) {
        if (f.needsPair && m_lab.topology() == lab::Topology::Single)
            continue;
        auto* b = button(f.title, f.title, box);
        b->setObjectName(QStringLiteral("fault:%1").arg(f.id));
        b->setToolTip(f.detail);
        b->setAccessibleDescription(f.detail);
        connect(b, &QPushButton::clicked, this, [this, id = f.id] { inject(id); });
        v->addWidget(b);
    }
    auto* clear = button(tr("Undo the drill faults"), tr("Undo the drill faults: the backup's connectivity test "
                                                          "answers again and DNS can be swung"),
                         box);
    clear->setObjectName(QStringLiteral("clearSiteFaults"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_dnsStuck = false;
        report(DrillFaults::clearSite(m_lab));
    });
    v->addWidget(clear);
    return box;
}

QWidget* LabPanel::applianceBox()
{
    auto* box = new QGroupBox(tr("What happens to one appliance"), this);
    m_appliance = new QComboBox(box);
    m_appliance->setObjectName(QStringLiteral("labAppliance"));
    m_appliance->setAccessibleName(tr("Lab appliance"));
    for (lab::LabAppliance* a : m_lab.appliances())
        m_appliance->addItem(a->name());

    m_fault = new QComboBox(box);
    m_fault->setObjectName(QStringLiteral("labFault"));
    m_fault->setAccessibleName(tr("Fault to inject"));
    for (const DrillFault& f : DrillFaults::applianceFaults()) {
        m_fault->addItem(f.title, f.id);
        m_fault->setItemData(m_fault->count() - 1, f.detail, Qt::ToolTipRole);
    }

    auto* powerOn = button(tr("Power o&n"), tr("Power on the selected lab appliance"), box);
    auto* inject = button(tr("&Inject fault"), tr("Inject the chosen fault into the selected lab appliance"), box);
    inject->setObjectName(QStringLiteral("injectFault"));
    auto* clear = button(tr("&Clear faults"), tr("Clear every fault of the selected lab appliance"), box);
    connect(powerOn, &QPushButton::clicked, this, [this] {
        m_lab.powerOn(selected());
        report(tr("%1 was powered on.").arg(selected()));
    });
    connect(inject, &QPushButton::clicked, this, [this] { this->inject(m_fault->currentData().toString()); });
    connect(clear, &QPushButton::clicked, this, [this] { report(DrillFaults::clearAppliance(m_lab, selected())); });

    auto* form = new QFormLayout(box);
    form->addRow(tr("&Appliance:"), m_appliance);
    form->addRow(tr("&Fault:"), m_fault);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(inject);
    buttons->addWidget(clear);
    buttons->addWidget(powerOn);
    form->addRow(QString(), buttons);
    return box;
}

QWidget* LabPanel::webStepsBox()
{
    auto* web = new QGroupBox(tr("Web-interface steps the lab plays for you"), this);
    auto* webLayout = new QVBoxLayout(web);
    auto* sync = button(tr("/login > Management > Failover: &Sync Now"),
                        tr("Play Sync Now on the selected backup appliance"), web);
    auto* swing = button(tr("S&wing DNS to the selected appliance"),
                         tr("Point the site's DNS name at the selected appliance"), web);
    swing->setObjectName(QStringLiteral("swingDns"));
    connect(sync, &QPushButton::clicked, this, [this] {
        m_lab.syncNow(selected());
        report(tr("Sync Now was clicked on %1.").arg(selected()));
    });
    connect(swing, &QPushButton::clicked, this, &LabPanel::swingDns);
    webLayout->addWidget(sync);
    webLayout->addWidget(swing);
    return web;
}

void LabPanel::swingDns()
{
    if (m_dnsStuck) {
        const QString old = DrillFaults::originalPrimary(m_lab);
        m_lab.pointSiteAt(old);
        report(tr("The DNS record was changed to %1, but the site's name still resolves to the old primary (%2): "
                  "drill fault.")
                   .arg(selected(), old));
        return;
    }
    m_lab.pointSiteAt(selected());
    report(tr("The site's DNS name now points at %1.").arg(selected()));
}

QString LabPanel::selected() const
{
    return m_appliance->currentText();
}

void LabPanel::report(const QString& text)
{
    m_last->setText(text);
    emit labChanged(text);
}

bool LabPanel::inject(const QString& faultId)
{
    QString error;
    const QString what = DrillFaults::inject(m_lab, faultId, selected(), &error);
    if (what.isEmpty()) {
        report(error);
        return false;
    }
    if (faultId == QLatin1String("dns_old_primary"))
        m_dnsStuck = true;
    report(what);
    return true;
}

} // namespace dr::ui
