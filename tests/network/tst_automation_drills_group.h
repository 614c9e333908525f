#pragma once

// The test class of the tst_automation_drills_{failover,appliances,others} executables: every walk of each scenario
// in its group runs as a drill (tst_automation_drills_run.h), and together the walks ran every step. The scenarios
// are split over three executables so that each fits the test time limit; each one only says which scenarios it
// drills (scenarios()) and names its class with Q_OBJECT, so the test names stay its own.
// This header has a Q_OBJECT class: tests/CMakeLists.txt adds it to those three targets for moc.
#include "tst_automation_drills_run.h"

#include <QTemporaryDir>

namespace dr::automation::drill {

class DrillGroupTest : public QObject
{
    Q_OBJECT
protected:
    // The ids of the scenarios this executable drills.
    virtual QStringList scenarios() const = 0;
    const runbook::ScenarioLibrary& library() const { return m_lib; }

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

private:
    runbook::ScenarioLibrary m_lib = runbook::ScenarioLibrary::builtin(false);
    QMap<QString, QSet<QString>> m_executed;
};

} // namespace dr::automation::drill
