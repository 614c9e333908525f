// The printed checklists and the DR binder, read back with pdftotext: every step of every scenario is on paper,
// every page carries the stamp, the page size is right and the table of contents points at the right pages.
#include "tst_print_pdftools.h"

#include "common/BuildInfo.h"
#include "print/ChecklistPdf.h"
#include "print/PrintStamp.h"
#include "runbook/RichText.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::print;
using namespace dr::runbook;
using namespace printtest;

class TestPrintChecklist : public QObject
{
    Q_OBJECT
private:
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();
    QTemporaryDir m_dir;
    dr::ManualClock m_clock{QDateTime(QDate(2026, 7, 1), QTime(14, 30), Qt::UTC)};

    ChecklistPdf::Options options()
    {
        ChecklistPdf::Options o;
        o.clock = &m_clock;
        o.readerZone = QTimeZone("Europe/Berlin");
        return o;
    }

    // What a step's title looks like on paper.
    static QString printedTitle(const Plan& plan, int i)
    {
        const PlanStep& ps = plan.steps().at(i);
        if (ps.step->kind == StepKind::Include)
            return QStringLiteral("%1. Procedure: %2").arg(i + 1).arg(plan.steps().at(i + 1).file->title);
        return QStringLiteral("%1. %2").arg(i + 1).arg(RichText::toPlain(ps.step->title));
    }

    static void verifyEveryStep(const Plan& plan, const QString& text)
    {
        for (int i = 0; i < plan.steps().size(); ++i) {
            const QString title = flat(printedTitle(plan, i));
            QVERIFY2(containsLoosely(text, title), qPrintable(plan.scenario().id + QStringLiteral(": ") + title));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_lib.isValid());
        QVERIFY(m_dir.isValid());
    }

    void everyScenarioHasEveryStepAndTheStampOnEveryPage()
    {
        for (const Scenario* sc : m_lib.scenarios()) {
            const Plan plan = m_lib.plan(sc->id);
            const QString pdf = m_dir.filePath(sc->id + QStringLiteral(".pdf"));
            QString error;
            QVERIFY2(ChecklistPdf::writeChecklist(plan, options(), pdf, &error), qPrintable(error));
            const QStringList pages = pdfPages(pdf);
            QVERIFY2(!pages.isEmpty(), qPrintable(sc->id));
            QCOMPARE(pdfInfo(pdf).value(QStringLiteral("Pages")).toInt(), pages.size());
            verifyEveryStep(plan, normalized(pages.join(QLatin1Char('\n'))));
            // The stamp names the same definition hash a run of this plan journals (Run::definitionHash()), in
            // the short form the resume refusal shows, so the binder page and the app agree on the version.
            const QString hash = plan.definitionHash().left(12);
            QCOMPARE(hash.size(), 12);
            QCOMPARE(PrintStamp::forPlan(plan, QDateTime::currentDateTimeUtc()).definitionHash, hash);
            for (int p = 0; p < pages.size(); ++p) {
                const QString page = flat(pages.at(p));
                const QString where = QStringLiteral("%1 page %2").arg(sc->id).arg(p + 1);
                QVERIFY2(page.contains(QStringLiteral("definition sha256:") + hash), qPrintable(where));
                QVERIFY2(page.contains(QStringLiteral("drrunbook ") + dr::appVersion()), qPrintable(where));
                QVERIFY2(page.contains(QStringLiteral("printed 2026-07-01 14:30 UTC")), qPrintable(where));
                QVERIFY2(page.contains(QStringLiteral("%1 v%2").arg(sc->id).arg(sc->version)), qPrintable(where));
                QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())),
                         qPrintable(where));
            }
        }
    }

    void checklistHasBoxesBlanksAndTheGuidesValues()
    {
        const Plan plan = m_lib.plan(QStringLiteral("hardware_appliance"));
        const QString pdf = m_dir.filePath(QStringLiteral("hw.pdf"));
        QString error;
        QVERIFY2(ChecklistPdf::writeChecklist(plan, options(), pdf, &error), qPrintable(error));
        const QString text = normalized(pdfPages(pdf).join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("IP address: 169.254.1.5")));
        QVERIFY(text.contains(QStringLiteral("Subnet mask: 255.255.0.0")));
        QVERIFY(text.contains(QStringLiteral("[ ] ")));
        QVERIFY(text.contains(QStringLiteral("Appliance serial number: ____")));
        QVERIFY(text.contains(QStringLiteral("Time: ____:____ Initials: ____")));
        QVERIFY(text.contains(QStringLiteral("Operator: ____")));
        QVERIFY(text.contains(QStringLiteral("WARNING: ")));
    }

    void hashChangesWithTheDefinition()
    {
        const auto stampOf = [](const Plan& plan) {
            return PrintStamp::forPlan(plan, QDateTime::currentDateTimeUtc()).definitionHash;
        };
        const Plan a = m_lib.plan(QStringLiteral("failover_primary_failed"));
        const Plan b = m_lib.plan(QStringLiteral("cold_spare"));
        QCOMPARE(stampOf(a), a.definitionHash().left(12));
        QCOMPARE(stampOf(a), stampOf(m_lib.plan(QStringLiteral("failover_primary_failed"))));
        QVERIFY(stampOf(a) != stampOf(b));
        // The same scenario with one word changed: another definition for runs, and another stamp on paper.
        ScenarioLibrary changed;
        QDir dir(ScenarioLibrary::builtinPath());
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray json = f.readAll();
            if (name.contains(QStringLiteral("failover_primary_failed")))
                json.replace("Backup appliance", "Standby appliance");
            QVERIFY(changed.addFile(json, name));
        }
        QVERIFY(changed.finish());
        const Plan c = changed.plan(QStringLiteral("failover_primary_failed"));
        QVERIFY(c.definitionHash() != a.definitionHash());
        QCOMPARE(stampOf(c), c.definitionHash().left(12));
        QVERIFY(stampOf(c) != stampOf(a));
        // On paper: the changed plan's pages carry its own definition, not the old one.
        const QString pdf = m_dir.filePath(QStringLiteral("changed.pdf"));
        QString error;
        QVERIFY2(ChecklistPdf::writeChecklist(c, options(), pdf, &error), qPrintable(error));
        const QString first = flat(pdfPages(pdf).first());
        QVERIFY2(first.contains(QStringLiteral("definition sha256:") + c.definitionHash().left(12)), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("definition sha256:") + a.definitionHash().left(12)));
    }

    void letterAndA4()
    {
        const Plan plan = m_lib.plan(QStringLiteral("cold_spare"));
        ChecklistPdf::Options o = options();
        QString error;
        const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
        QVERIFY2(ChecklistPdf::writeChecklist(plan, o, a4, &error), qPrintable(error));
        QVERIFY2(pdfInfo(a4).value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
                 qPrintable(pdfInfo(a4).value(QStringLiteral("Page size"))));
        o.pageSize = QPageSize::Letter;
        const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY2(ChecklistPdf::writeChecklist(plan, o, letter, &error), qPrintable(error));
        QVERIFY2(pdfInfo(letter).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")),
                 qPrintable(pdfInfo(letter).value(QStringLiteral("Page size"))));
        verifyEveryStep(plan, normalized(pdfPages(letter).join(QLatin1Char('\n'))));
    }

    void siteValuesAreFilledIn()
    {
        QString error;
        const auto site =
            SiteProfile::fromJson(QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Example HQ")},
                                              {QStringLiteral("site_fqdn"), QStringLiteral("support.example.com")},
                                              {QStringLiteral("backup_host"), QStringLiteral("bomgar-b.example.com")},
                                              {QStringLiteral("routing"), QStringLiteral("dns_swing")}},
                                  m_lib, &error);
        QVERIFY2(site, qPrintable(error));
        QVERIFY(site->unknownKeys(m_lib).isEmpty());
        ChecklistPdf::Options o = options();
        o.site = *site;
        const QString pdf = m_dir.filePath(QStringLiteral("site.pdf"));
        QVERIFY2(ChecklistPdf::writeChecklist(m_lib.plan(QStringLiteral("failover_primary_failed")), o, pdf, &error),
                 qPrintable(error));
        const QStringList pages = pdfPages(pdf);
        const QString text = normalized(pages.join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("Site FQDN: support.example.com (site profile")));
        QVERIFY(containsLoosely(text, QStringLiteral("[Backup appliance: bomgar-b.example.com]")));
        QVERIFY(text.contains(QStringLiteral("(X) DNS swing")));
        QVERIFY(text.contains(QStringLiteral("( ) Shared IP")));
        QVERIFY(text.contains(QStringLiteral("Backup appliance IP address: ____")));
        for (const QString& page : pages)
            QVERIFY(flat(page).contains(QStringLiteral("Example HQ")));

        // A secret is never printed, and a typo is reported.
        QVERIFY(!SiteProfile::fromJson(QJsonObject{{QStringLiteral("p12_passphrase"), QStringLiteral("x")}}, m_lib,
                                       &error));
        QVERIFY(error.contains(QStringLiteral("p12_passphrase")));
        const auto typo =
            SiteProfile::fromJson(QJsonObject{{QStringLiteral("site_fqnd"), QStringLiteral("x")}}, m_lib, &error);
        QVERIFY(typo);
        QCOMPARE(typo->unknownKeys(m_lib), QStringList{QStringLiteral("site_fqnd")});
    }

    void binderHasContentsSupportPageAndEveryScenario()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("binder.pdf"));
        QString error;
        QVERIFY2(ChecklistPdf::writeBinder(m_lib, options(), pdf, &error), qPrintable(error));
        const QStringList pages = pdfPages(pdf);
        const QStringList laid = pdfPages(pdf, true);
        QCOMPARE(laid.size(), pages.size());
        QCOMPARE(pdfInfo(pdf).value(QStringLiteral("Pages")).toInt(), pages.size());
        QVERIFY(flat(pages.first()).contains(QStringLiteral("Disaster recovery binder")));

        // Every scenario: all its steps, and the contents name the page its checklist starts on.
        const QString all = normalized(pages.join(QLatin1Char('\n')));
        for (const Scenario* sc : m_lib.scenarios()) {
            const Plan plan = m_lib.plan(sc->id);
            verifyEveryStep(plan, all);
            const QString stamp = QStringLiteral("%1 v%2 | definition sha256:%3")
                                      .arg(sc->id)
                                      .arg(sc->version)
                                      .arg(plan.definitionHash().left(12));
            int first = -1;
            for (int p = 0; p < pages.size() && first < 0; ++p) {
                if (flat(pages.at(p)).contains(stamp))
                    first = p + 1;
            }
            QVERIFY2(first > 1, qPrintable(sc->id));
            QVERIFY2(flat(pages.at(first - 1)).contains(flat(sc->title)), qPrintable(sc->id));
            // The contents row: the title, then (on the same line, at the right) the page number.
            const QRegularExpression row(
                QStringLiteral("^\\s*%1\\s.*\\s%2\\s*$").arg(QRegularExpression::escape(sc->title)).arg(first),
                QRegularExpression::MultilineOption);
            QVERIFY2(row.match(laid.first()).hasMatch(),
                     qPrintable(QStringLiteral("%1 on page %2 in:\n%3").arg(sc->id).arg(first).arg(laid.first())));
        }

        // The support page: contacts, hours in Berlin and Central, 2026's holidays as observed, severities.
        QString supportPages;
        for (const QString& page : pages) {
            if (page.contains(QStringLiteral("SUPPORT")) && page.contains(QStringLiteral("Vendor support")))
                supportPages += page + QLatin1Char('\n');
        }
        const QString support = normalized(supportPages);
        QVERIFY(support.contains(QStringLiteral("Vendor support")));
        for (const char* address : {"support@bomgar.com", "emea.support@bomgar.com", "apac.support@bomgar.com",
                                    "support.supervisor@bomgar.com", "support.manager@bomgar.com"})
            QVERIFY2(support.contains(QLatin1String(address)), address);
        QVERIFY(support.contains(QStringLiteral("Your time (Europe/Berlin)")));
        QVERIFY(support.contains(QStringLiteral("09:00 - 02:00 (next day)"))); // CET vs CST
        QVERIFY(support.contains(QStringLiteral("Independence Day (observed)")));
        QVERIFY(support.contains(QStringLiteral("Fri 2026-07-03"))); // July 4 2026 is a Saturday
        QVERIFY(support.contains(QStringLiteral("Thu 2026-11-26")));
        QVERIFY(support.contains(QStringLiteral("Severity Level 1")));
        QVERIFY(support.contains(QStringLiteral("Severity Level 3")));
        QVERIFY(support.contains(QStringLiteral("30 minutes")));
        QVERIFY(support.contains(QStringLiteral("Inquirer's name")));
        QVERIFY(support.contains(QStringLiteral("Screen shots")));
    }

    void aFailedWriteSaysWhereAndLeavesNoFile()
    {
        const Plan plan = m_lib.plan(QStringLiteral("cold_spare"));
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"));
        QVERIFY(!ChecklistPdf::writeChecklist(plan, options(), missing, &error));
        QVERIFY2(error.contains(QStringLiteral("x.pdf")) && error.contains(QStringLiteral("folder does not exist")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(missing));
        // The output path is a folder: refused, the folder untouched.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("afolder.pdf")));
        error.clear();
        QVERIFY(!ChecklistPdf::writeChecklist(plan, options(), m_dir.filePath(QStringLiteral("afolder.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("afolder.pdf"))).isDir());
    }
};

QTEST_MAIN(TestPrintChecklist)
#include "tst_print_checklist.moc"
