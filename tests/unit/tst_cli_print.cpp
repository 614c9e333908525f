// drrunbook-cli print and report as the operator runs them: the PDFs and the HTML come out, usage errors exit 64,
// an unreadable journal exits 2 and a file that cannot be written exits 1 with a message naming it.
#include "tst_print_pdftools.h"

#include "runbook/AutoPilot.h"
#include "runbook/RunEngine.h"
#include "runbook/ScenarioLibrary.h"
#include "runbook/Scheduler.h"
#include "runbook/ScriptedRunner.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;
using namespace printtest;

class TestCliPrint : public QObject
{
    Q_OBJECT
private:
    struct Result
    {
        int code = -1;
        QString out, err;
    };
    QTemporaryDir m_dir;

    Result cli(const QStringList& args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose offscreen by itself
        env.remove(QStringLiteral("DISPLAY"));
        // The settings the CLI reads (the GUI's, in $XDG_CONFIG_HOME/drrunbook/drrunbook.conf) are the test's own.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DR_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }

    // The vendor support page of a binder: the page with the escalation contacts.
    static QString contactsPage(const QString& pdf)
    {
        for (const QString& page : pdfPages(pdf)) {
            if (page.contains(QStringLiteral("Support supervisor")) && page.contains(QStringLiteral("Support manager")))
                return normalized(page);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // DR_PRINT_KEEP=1 keeps the files to look at them (pdftoppm -png).
        if (qEnvironmentVariableIsSet("DR_PRINT_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("Files in %s", qPrintable(m_dir.path()));
        }
    }

    void printOneScenario()
    {
        const Result r = cli({QStringLiteral("print"), QStringLiteral("hardware_appliance"), QStringLiteral("--out"),
                              path(QStringLiteral("hw.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("hw.pdf")));
        const Plan plan = ScenarioLibrary::builtin().plan(QStringLiteral("hardware_appliance"));
        const QString text = normalized(pdfPages(path(QStringLiteral("hw.pdf"))).join(QLatin1Char('\n')));
        for (int i = 0; i < plan.steps().size(); ++i) {
            if (plan.steps().at(i).step->kind != StepKind::Include)
                QVERIFY(containsLoosely(text, QStringLiteral("%1. %2")
                                                  .arg(i + 1)
                                                  .arg(plan.steps().at(i).step->title)
                                                  .remove(QStringLiteral("**"))));
        }
    }

    void printTheBinderOnLetterWithASite()
    {
        const QString site = path(QStringLiteral("site.json"));
        QFile f(site);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"site_name": "Example HQ", "site_fqdn": "support.example.com", "routing": "nat_swing",
                    "sitefqdn": "typo"})");
        f.close();
        const Result r =
            cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--site"), site,
                 QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--tz"),
                 QStringLiteral("America/Chicago"), QStringLiteral("--out"), path(QStringLiteral("binder.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("sitefqdn")), qPrintable(r.err)); // the typo is pointed out
        const QMap<QString, QString> info = pdfInfo(path(QStringLiteral("binder.pdf")));
        QVERIFY(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792 pts")));
        QVERIFY(info.value(QStringLiteral("Pages")).toInt() > 20);
        const QStringList pages = pdfPages(path(QStringLiteral("binder.pdf")));
        QVERIFY(flat(pages.first()).contains(QStringLiteral("Example HQ")));
        const QString text = normalized(pages.join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("(X) NAT swing")));
        QVERIFY(text.contains(QStringLiteral("Site FQDN: support.example.com")));
    }

    // The addresses the operator saved in the GUI (Settings: support addresses) are the ones the CLI prints;
    // --support-addresses FILE overrides them for one print.
    void binderUsesTheSupportAddressesTheGuiSaved()
    {
        const QString pdf = path(QStringLiteral("binder-saved.pdf"));
        Result r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString contacts = contactsPage(pdf);
        QVERIFY(!contacts.isEmpty());
        QVERIFY(contacts.contains(QStringLiteral("General email support@bomgar.com"))); // nothing saved: the guide's
        {
            // Where and how the GUI keeps them (QSettings of organization and application "drrunbook").
            QSettings gui(QDir(configHome()).filePath(QStringLiteral("drrunbook/drrunbook.conf")),
                          QSettings::IniFormat);
            gui.setValue(QStringLiteral("support/addresses/general"), QStringLiteral("helpdesk@support.example"));
            gui.setValue(QStringLiteral("support/addresses/manager"), QStringLiteral("boss@support.example"));
            gui.sync();
            QCOMPARE(gui.status(), QSettings::NoError);
        }
        r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        contacts = contactsPage(pdf);
        QVERIFY2(contacts.contains(QStringLiteral("General email helpdesk@support.example")), qPrintable(contacts));
        QVERIFY(contacts.contains(QStringLiteral("boss@support.example")));
        QVERIFY(!contacts.contains(QStringLiteral("support.manager@bomgar.com")));
        QVERIFY(contacts.contains(QStringLiteral("emea.support@bomgar.com"))); // not saved: the guide's

        // --support-addresses FILE: its keys win for this print, the others stay the saved ones.
        const QString file = path(QStringLiteral("addresses.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"general": "desk@override.example", "emea": "emea@override.example"})");
        f.close();
        r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--support-addresses"), file,
                 QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        contacts = contactsPage(pdf);
        QVERIFY2(contacts.contains(QStringLiteral("General email desk@override.example")), qPrintable(contacts));
        QVERIFY(contacts.contains(QStringLiteral("emea@override.example")));
        QVERIFY(contacts.contains(QStringLiteral("boss@support.example")));
        QVERIFY(!contacts.contains(QStringLiteral("helpdesk@support.example")));

        r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--support-addresses"),
                 path(QStringLiteral("no-such-addresses.json")), QStringLiteral("--out"), pdf});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-addresses.json")), qPrintable(r.err));
        QVERIFY(QFile::remove(QDir(configHome()).filePath(QStringLiteral("drrunbook/drrunbook.conf"))));
    }

    void reportOfADrillAsPdfAndHtml()
    {
        const QString journal = path(QStringLiteral("drill.jsonl"));
        {
            const ScenarioLibrary lib = ScenarioLibrary::builtin();
            ScriptedRunner runner;
            runner.setDefaultCheck({CheckResult::Status::Passed, QStringLiteral("ok"),
                                    QJsonObject{{QStringLiteral("probe"), QStringLiteral("evidence-5150")}}});
            ImmediateScheduler scheduler;
            dr::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
            RunEngine engine(lib.plan(QStringLiteral("failover_primary_failed")),
                             {&runner, &runner, &scheduler, &clock});
            connect(&engine, &RunEngine::stepChanged, this, [&clock] { clock.advanceSecs(30); });
            QString error;
            QVERIFY2(engine.start({QStringLiteral("drill-cli"), QStringLiteral("dave"), true, {}, journal}, &error),
                     qPrintable(error));
            AutoPilot::Script script;
            script.secrets.insert(QStringLiteral("p12_passphrase"), QByteArrayLiteral("cli-secret-0451"));
            AutoPilot pilot(&engine, script);
            pilot.drive();
            QVERIFY2(pilot.problem().isEmpty(), qPrintable(pilot.problem()));
        }
        Result r = cli({QStringLiteral("report"), journal, QStringLiteral("--tz"), QStringLiteral("UTC"),
                        QStringLiteral("--out"), path(QStringLiteral("drill.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = normalized(pdfPages(path(QStringLiteral("drill.pdf"))).join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("DRILL")));
        QVERIFY(text.contains(QStringLiteral("Operator: dave")));
        QVERIFY(text.contains(QStringLiteral("All times on 2026-03-02, in UTC.")));
        QVERIFY(text.contains(QStringLiteral("08:00:30")));
        QVERIFY(text.contains(QStringLiteral("30 s")));
        QVERIFY(containsLoosely(text, QStringLiteral("evidence-5150")));
        QVERIFY(!text.contains(QStringLiteral("cli-secret-0451")));

        r = cli({QStringLiteral("report"), journal, QStringLiteral("--out"), path(QStringLiteral("drill.html"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile html(path(QStringLiteral("drill.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("evidence-5150")));
        QVERIFY(!page.contains(QStringLiteral("cli-secret-0451")));
        QVERIFY(!page.contains(QStringLiteral("<link")) && !page.contains(QStringLiteral("src=")));
    }

    void errors()
    {
        Result r = cli({QStringLiteral("print"), QStringLiteral("no_such_scenario"), QStringLiteral("--out"),
                        path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("no_such_scenario")));
        r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--page-size"), QStringLiteral("A5"),
                 QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains(QStringLiteral("A4 or Letter")));
        r = cli({QStringLiteral("print"), QStringLiteral("--all")});
        QCOMPARE(r.code, 64);
        r = cli({QStringLiteral("print"), QStringLiteral("--all"), QStringLiteral("--out"),
                 path(QStringLiteral("missing/x.pdf"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("x.pdf")) && r.err.contains(QStringLiteral("folder does not exist")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("report"), path(QStringLiteral("nothing.jsonl")), QStringLiteral("--out"),
                 path(QStringLiteral("r.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nothing.jsonl")));
        r = cli({QStringLiteral("report"), path(QStringLiteral("nothing.jsonl")), QStringLiteral("--out"),
                 path(QStringLiteral("r.txt"))});
        QCOMPARE(r.code, 64);
    }
};

QTEST_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
