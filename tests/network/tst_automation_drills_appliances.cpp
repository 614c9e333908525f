// The virtual and hardware appliance scenarios as drills: snapshot, redeployment, link-local set-up of a
// replacement, RMA, certificate and /login restore.
// Each walk (the default answers, or one option of one decision) runs from start to finish through the RunEngine as
// a drill against a real in-process lab; see tst_automation_drills.h for how the drill is played.
#include "tst_automation_drills_run.h"

using namespace dr;
using namespace dr::automation::drill;

class TestAutomationDrillsAppliances : public QObject
{
    Q_OBJECT
    runbook::ScenarioLibrary m_lib = runbook::ScenarioLibrary::builtin(false);
    QMap<QString, QSet<QString>> m_executed;

    QStringList scenarios() const { return applianceGroup(); }

private slots:
    void initTestCase() { QVERIFY2(m_lib.isValid(), qPrintable(m_lib.errors().join(QLatin1Char('\n')))); }

    void everyBranchRunsAsADrill_data() { addRows(m_lib, scenarios()); }
    void everyBranchRunsAsADrill()
    {
        QFETCH(QString, scenario);
        QFETCH(int, walk);
        const Walk w = walksOf(m_lib.plan(scenario)).at(walk);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString problem = runWalk(m_lib, w, tmp.path(), &m_executed[scenario]);
        QVERIFY2(problem.isEmpty(), qPrintable(w.name() + QStringLiteral(": ") + problem));
    }

    // Together the walks ran every step of every scenario (a new step or branch that no drill reaches fails here).
    void everyStepRanInADrill()
    {
        const QString missing = uncovered(m_lib, scenarios(), m_executed);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }
};

QTEST_MAIN(TestAutomationDrillsAppliances)
#include "tst_automation_drills_appliances.moc"
