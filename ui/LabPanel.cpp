#include "LabPanel.h"

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
    m_appliance = new QComboBox(this);
    m_appliance->setObjectName(QStringLiteral("labAppliance"));
    m_appliance->setAccessibleName(tr("Lab appliance"));
    for (lab::LabAppliance* a : m_lab.appliances())
        m_appliance->addItem(a->name());

    m_fault = new QComboBox(this);
    m_fault->setObjectName(QStringLiteral("labFault"));
    m_fault->setAccessibleName(tr("Fault to inject"));
    m_fault->addItem(tr("Hangs (accepts, never answers)"), int(lab::FaultKind::Hang));
    m_fault->addItem(tr("Answers HTTP 500"), int(lab::FaultKind::Http500));
    m_fault->addItem(tr("Answers malformed XML"), int(lab::FaultKind::MalformedXml));
    m_fault->addItem(tr("Serves a wrong certificate"), int(lab::FaultKind::WrongCertificate));
    m_fault->addItem(tr("Drops the connection mid-backup"), int(lab::FaultKind::DropMidBackup));
    m_fault->addItem(tr("Rate-limits the API"), int(lab::FaultKind::RateLimited));

    auto* powerOff = button(tr("Power &off"), tr("Power off the selected lab appliance"), this);
    auto* powerOn = button(tr("Power o&n"), tr("Power on the selected lab appliance"), this);
    auto* inject = button(tr("&Inject fault"), tr("Inject the chosen fault into the selected lab appliance"), this);
    auto* clear = button(tr("&Clear faults"), tr("Clear every fault of the selected lab appliance"), this);
    connect(powerOff, &QPushButton::clicked, this, [this] {
        m_lab.powerOff(selected());
        report(tr("%1 was powered off.").arg(selected()));
    });
    connect(powerOn, &QPushButton::clicked, this, [this] {
        m_lab.powerOn(selected());
        report(tr("%1 was powered on.").arg(selected()));
    });
    connect(inject, &QPushButton::clicked, this, &LabPanel::injectSelectedFault);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (lab::LabAppliance* a = m_lab.appliance(selected()))
            a->clearFaults();
        report(tr("Faults of %1 were cleared.").arg(selected()));
    });

    auto* what = new QGroupBox(tr("What happens to the appliance"), this);
    auto* form = new QFormLayout(what);
    form->addRow(tr("&Appliance:"), m_appliance);
    auto* power = new QHBoxLayout;
    power->addWidget(powerOff);
    power->addWidget(powerOn);
    form->addRow(tr("Power:"), power);
    form->addRow(tr("&Fault:"), m_fault);
    auto* faults = new QHBoxLayout;
    faults->addWidget(inject);
    faults->addWidget(clear);
    form->addRow(QString(), faults);

    auto* web = new QGroupBox(tr("Web-interface steps the lab plays for you"), this);
    auto* webLayout = new QVBoxLayout(web);
    auto* sync = button(tr("/login > Management > Failover: &Sync Now"),
                        tr("Play Sync Now on the selected backup appliance"), web);
    auto* swing = button(tr("Swing &DNS to the selected appliance"),
                         tr("Point the site's DNS name at the selected appliance"), web);
    connect(sync, &QPushButton::clicked, this, [this] {
        m_lab.syncNow(selected());
        report(tr("Sync Now was clicked on %1.").arg(selected()));
    });
    connect(swing, &QPushButton::clicked, this, [this] {
        m_lab.pointSiteAt(selected());
        report(tr("The site's DNS name now points at %1.").arg(selected()));
    });
    webLayout->addWidget(sync);
    webLayout->addWidget(swing);

    m_last = new QLabel(tr("Nothing injected yet."), this);
    m_last->setObjectName(QStringLiteral("labLastEvent"));
    m_last->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Drill lab</b>"), this));
    layout->addWidget(what);
    layout->addWidget(web);
    layout->addWidget(m_last);
    layout->addStretch();
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

void LabPanel::injectSelectedFault()
{
    lab::LabAppliance* a = m_lab.appliance(selected());
    if (!a)
        return;
    lab::Fault fault {static_cast<lab::FaultKind>(m_fault->currentData().toInt()), {}};
    if (fault.kind == lab::FaultKind::DropMidBackup)
        fault.afterBytes = 64 * 1024;
    a->injectFault(fault);
    report(tr("%1: %2").arg(a->name(), m_fault->currentText()));
}

} // namespace dr::ui
