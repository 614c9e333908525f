// The virtual and hardware appliance scenarios as drills: snapshot, redeployment, link-local set-up of a
// replacement, RMA, certificate and /login restore.
// Each walk (the default answers, or one option of one decision) runs from start to finish through the RunEngine as
// a drill against a real in-process lab; see tst_automation_drills.h for how the drill is played.
#include "tst_automation_drills_group.h"

using namespace dr::automation::drill;

class TestAutomationDrillsAppliances : public DrillGroupTest
{
    Q_OBJECT
    QStringList scenarios() const override { return applianceGroup(); }
};

QTEST_MAIN(TestAutomationDrillsAppliances)
#include "tst_automation_drills_appliances.moc"
