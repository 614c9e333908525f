// The failover-pair scenario as drills: every routing method, automatic and manual promotion, certificate and
// /login restore of the repaired unit, and making it primary again.
// Each walk (the default answers, or one option of one decision) runs from start to finish through the RunEngine as
// a drill against a real in-process lab; see tst_automation_drills.h for how the drill is played.
#include "tst_automation_drills_group.h"

using namespace dr::automation::drill;

class TestAutomationDrillsFailover : public DrillGroupTest
{
    Q_OBJECT
    QStringList scenarios() const override { return failoverGroup(); }
};

QTEST_MAIN(TestAutomationDrillsFailover)
#include "tst_automation_drills_failover.moc"
