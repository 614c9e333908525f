// The main window in drill mode against the real in-process lab over real TLS: the dashboard shows each
// appliance's health and role, and follows what happens in the lab.
#include "ui/DashboardModel.h"
#include "ui/DrillBanner.h"
#include "ui/DrillSession.h"
#include "ui/MainWindow.h"
#include "ui/StatusDashboard.h"

#include <QSignalSpy>
#include <QTest>

using namespace dr::ui;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    static QString cell(DashboardModel* m, const QString& name, int column)
    {
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->data(m->index(row, DashboardModel::Name), Qt::DisplayRole).toString().startsWith(name))
                return m->data(m->index(row, column), Qt::DisplayRole).toString();
        return QStringLiteral("<no row %1>").arg(name);
    }

private slots:
    void pairDrillShowsRolesAndFollowsAPowerCut()
    {
        MainWindow window;
        QVERIFY(window.startDrill(QStringLiteral("pair")));
        window.show();
        QVERIFY(window.findChild<DrillBanner*>(QStringLiteral("drillBanner")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("DRILL")));

        StatusDashboard* dashboard = window.dashboard();
        QSignalSpy refreshed(dashboard, &StatusDashboard::refreshed);
        QVERIFY(refreshed.wait(15'000));
        DashboardModel* model = dashboard->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Health), QStringLiteral("Healthy"));
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Role), QStringLiteral("Primary"));
        QCOMPARE(cell(model, QStringLiteral("backup"), DashboardModel::Role), QStringLiteral("Backup"));
        QVERIFY(!cell(model, QStringLiteral("primary"), DashboardModel::Version).isEmpty());

        window.drill()->lab().powerOff(QStringLiteral("primary"));
        dashboard->refresh();
        QVERIFY(refreshed.wait(15'000));
        QVERIFY2(cell(model, QStringLiteral("primary"), DashboardModel::Health).startsWith(QStringLiteral("Not answering")),
                 qPrintable(cell(model, QStringLiteral("primary"), DashboardModel::Health)));
        QCOMPARE(cell(model, QStringLiteral("primary"), DashboardModel::Role), QStringLiteral("unknown"));
        QCOMPARE(cell(model, QStringLiteral("backup"), DashboardModel::Health), QStringLiteral("Healthy"));
    }

    void unknownTopologyIsRefused()
    {
        QCOMPARE(DrillSession::parseTopology(QStringLiteral("triple")), std::nullopt);
        QCOMPARE(DrillSession::parseTopology(QStringLiteral("atlas")), dr::lab::Topology::Atlas);
    }

    void agesReadNaturally()
    {
        QCOMPARE(DashboardModel::ageText(5), QStringLiteral("5 s ago"));
        QCOMPARE(DashboardModel::ageText(3 * 60), QStringLiteral("3 min ago"));
        QCOMPARE(DashboardModel::ageText(5 * 3600), QStringLiteral("5 h ago"));
        QCOMPARE(DashboardModel::ageText(3 * 86400), QStringLiteral("3 days ago"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_ui_dashboard.moc"
