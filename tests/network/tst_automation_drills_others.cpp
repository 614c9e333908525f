// Every other scenario as drills (prepare, cold spare, temporary hosted site, Atlas cluster, cloud site down, and any
// scenario added later that no other drill test names).
// Each walk (the default answers, or one option of one decision) runs from start to finish through the RunEngine as
// a drill against a real in-process lab; see tst_automation_drills.h for how the drill is played.
#include "tst_automation_drills_group.h"

using namespace dr;
using namespace dr::automation::drill;

class TestAutomationDrillsOthers : public DrillGroupTest
{
    Q_OBJECT
    QStringList scenarios() const override
    {
        QStringList out;
        for (const runbook::Scenario* sc : library().scenarios()) {
            if (!failoverGroup().contains(sc->id) && !applianceGroup().contains(sc->id))
                out << sc->id;
        }
        return out;
    }
};

QTEST_MAIN(TestAutomationDrillsOthers)
#include "tst_automation_drills_others.moc"
