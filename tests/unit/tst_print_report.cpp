// The run report as PDF and as a self-contained HTML file, from a drill driven by the engine: the timeline with
// per-step times, the evidence of the checks, DRILL marked, and never the secret typed during the run.
#include "tst_print_pdftools.h"

#include "print/RunReportDocument.h"
#include "runbook/AutoPilot.h"
#include "runbook/RichText.h"
#include "runbook/RunEngine.h"
#include "runbook/RunJournal.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::print;
using namespace dr::runbook;
using namespace printtest;

namespace {
const QByteArray kSecret = QByteArrayLiteral("never-in-a-report-7731");
}

class TestPrintReport : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();
    QTemporaryDir m_dir;
    Plan m_plan;
    Run m_run;
    QString m_journal;

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    RunReportDocument::Options options() const
    {
        RunReportDocument::Options o;
        o.zone = QTimeZone::utc();
        o.printedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = m_lib.plan(QStringLiteral("cold_spare"));
        QVERIFY(m_plan.isValid());
        m_journal = m_dir.filePath(QStringLiteral("drill.jsonl"));
        ScriptedRunner runner;
        runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("as expected"),
                                QJsonObject{{QStringLiteral("checked"), QStringLiteral("evidence-9241")}}});
        ImmediateScheduler scheduler;
        dr::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        RunEngine engine(m_plan, {&runner, &runner, &scheduler, &clock});
        // Every step takes the operator 65 seconds.
        connect(&engine, &RunEngine::stepChanged, this, [&clock] { clock.advanceSecs(65); });
        QString error;
        QVERIFY2(engine.start({QStringLiteral("drill-42"), QStringLiteral("carol"), true, {}, m_journal}, &error),
                 qPrintable(error));
        AutoPilot::Script script;
        script.secrets.insert(QStringLiteral("p12_passphrase"), kSecret);
        AutoPilot pilot(&engine, script);
        pilot.drive();
        QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        QVERIFY(engine.run().isFinished());
        // The report is made from the journal, as drrunbook-cli report does.
        m_run = Run::fromEvents(RunJournal::replay(m_journal).events);
        QCOMPARE(m_run.runId(), QStringLiteral("drill-42"));
        QVERIFY(!readAll(m_journal).contains(kSecret));
    }

    void pdfHasTimelineEvidenceAndNoSecret()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(RunReportDocument::writePdf(m_plan, m_run, options(), pdf, &error), qPrintable(error));
        QVERIFY(!readAll(pdf).contains(kSecret));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        QVERIFY(pdfInfo(pdf).value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
        const QString text = normalized(pages.join(QLatin1Char('\n')));
        QVERIFY(!text.contains(QString::fromLatin1(kSecret)));
        QVERIFY(flat(pages.first()).contains(QStringLiteral("DRILL")));
        QVERIFY(text.contains(QStringLiteral("This was a practice run")));
        QVERIFY(text.contains(QStringLiteral("Operator: carol")));
        QVERIFY(text.contains(QStringLiteral("Timeline")));
        QVERIFY(text.contains(QStringLiteral("All times on 2026-03-02, in UTC."))); // a one-day run: times only
        QVERIFY(text.contains(QStringLiteral("Time to recovery: ")));
        QVERIFY(text.contains(QStringLiteral("outcome: completed")));
        // Per-step times: each step the run entered, with the moment it was entered and the time spent.
        int checked = 0;
        for (const QString& id : m_run.history()) {
            const PlanStep* ps = m_plan.find(id);
            if (ps->step->kind == StepKind::Include)
                continue;
            const StepState st = m_run.step(id);
            QVERIFY2(containsLoosely(text, RichText::toPlain(ps->step->title)), qPrintable(id));
            QVERIFY2(text.contains(st.firstEntered.toUTC().toString(QStringLiteral("HH:mm:ss"))), qPrintable(id));
            ++checked;
        }
        QVERIFY(checked > 3);
        QVERIFY(text.contains(QStringLiteral("1 min 05 s")));
        // The checks' evidence.
        QVERIFY(text.contains(QStringLiteral("Attempt 1 at 2026-03-02T08:")));
        QVERIFY(containsLoosely(text, QStringLiteral("as expected Evidence: {\"checked\":\"evidence-9241\"}")));
        QVERIFY(text.contains(QStringLiteral("A secret value was entered (not recorded).")));
        // The stamp on every page.
        for (const QString& page : pages) {
            QVERIFY(flat(page).contains(QStringLiteral("run drill-42, cold_spare v")));
            QVERIFY(flat(page).contains(QStringLiteral("printed 2026-03-02 09:15 UTC")));
        }
    }

    void htmlIsSelfContained()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(RunReportDocument::writeHtml(m_plan, m_run, options(), path, &error), qPrintable(error));
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        for (const char* external : {"<link", "src=", "@import", "url(", "<script"})
            QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        QVERIFY(!html.contains(QString::fromLatin1(kSecret)));
        QVERIFY(html.contains(QStringLiteral("DRILL")));
        QVERIFY(html.contains(QStringLiteral("Timeline")));
        QVERIFY(html.contains(QStringLiteral("1 min 05 s")));
        QVERIFY(html.contains(QStringLiteral("{&quot;checked&quot;:&quot;evidence-9241&quot;}")));
        QVERIFY(html.contains(QStringLiteral("Operator: carol")));
    }

    void aRealRunIsNotMarkedDrill()
    {
        QList<QJsonObject> events = RunJournal::replay(m_journal).events;
        QVERIFY(!events.isEmpty());
        QVERIFY(events.first().contains(QStringLiteral("drill")));
        events.first().insert(QStringLiteral("drill"), false);
        const Run real = Run::fromEvents(events);
        QVERIFY(!real.isDrill());
        const QString html = RunReportDocument::standaloneHtml(m_plan, real, options());
        QVERIFY(!html.contains(QStringLiteral("DRILL")));
        QVERIFY(html.contains(QStringLiteral("Run report: ")));
    }

    void aFailedWriteSaysWhere()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("missing/report.html"));
        QVERIFY(!RunReportDocument::writeHtml(m_plan, m_run, options(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("report.html")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestPrintReport)
#include "tst_print_report.moc"
