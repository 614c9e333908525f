#include "MainWindow.h"

#include "DrillBanner.h"
#include "DrillSession.h"
#include "LabPanel.h"
#include "StatusDashboard.h"

#include <QApplication>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

namespace dr::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Appliance DR Runbook"));
    resize(1100, 640);
}

MainWindow::~MainWindow() = default;

bool MainWindow::startDrill(const QString& topologyName)
{
    const std::optional<lab::Topology> topology = DrillSession::parseTopology(topologyName);
    if (!topology) {
        QMessageBox::critical(this, tr("Unknown drill topology"),
                              tr("'%1' is not a drill topology. Use single, pair or atlas.").arg(topologyName));
        return false;
    }
    m_drill = new DrillSession(this);
    if (!m_drill->start(*topology)) {
        QMessageBox::critical(this, tr("The drill cannot start"), m_drill->errorString());
        return false;
    }
    setWindowTitle(tr("DRILL — Appliance DR Runbook"));

    m_banner = new DrillBanner(this);
    m_dashboard = new StatusDashboard(this);
    for (lab::LabAppliance* a : m_drill->appliances())
        m_dashboard->addAppliance(a->name(), a->hostname(), m_drill->client(a->name()));

    auto* labPanel = new LabPanel(m_drill->lab(), this);
    auto* labScroll = new QScrollArea(this);
    labScroll->setWidget(labPanel);
    labScroll->setWidgetResizable(true);
    labScroll->setAccessibleName(tr("Drill lab controls"));
    labScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    labScroll->setMinimumWidth(labPanel->sizeHint().width() + labScroll->verticalScrollBar()->sizeHint().width() + 4);
    connect(labPanel, &LabPanel::labChanged, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10'000);
        m_dashboard->refresh();
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_dashboard);
    splitter->addWidget(labScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->showMessage(tr("Drill lab started. Simulated appliances: %1").arg(m_drill->appliances().size()));
    QTimer::singleShot(0, m_dashboard, &StatusDashboard::refresh);
    return true;
}

void MainWindow::saveScreenshotWhenReady(const QString& path)
{
    auto save = [this, path] {
        const bool ok = grab().save(path);
        if (!ok)
            std::fprintf(stderr, "drrunbook: could not save the screenshot to %s\n", qPrintable(path));
        QApplication::exit(ok ? 0 : 1);
    };
    if (m_dashboard)
        connect(m_dashboard, &StatusDashboard::refreshed, this, save, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, this, save);
}

} // namespace dr::ui
