// Print preview (issue #6): the pages the previews paint, printed through a real QPrinter to a PDF file
// (QPrinter::PdfFormat) and read back with pdftotext / pdfinfo: every step of every scenario, the binder with the
// operator's saved support addresses, a run report with every step of the run; the paper chosen on the printer
// (A4, Letter, landscape) is the paper of the pages. The preview dialogs open offscreen and render pages; their
// paintRequested handler honours the paper set on the dialog's printer. Pages go to $DR_SCREENSHOT_DIR as PNG.
#include "tst_ui_drilljournal.h"
#include "unit/tst_print_pdftools.h"

#include "support/SavedSupportAddresses.h"
#include "ui/PrintPreview.h"
#include "ui/SupportAddressesEditor.h"

#include "runbook/RichText.h"
#include "runbook/Run.h"
#include "runbook/RunJournal.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPointer>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dr::runbook;
using namespace printtest;

class TestUiPrintPreview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out;
    ScenarioLibrary m_lib = ScenarioLibrary::builtin();

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

    // A printer writing a PDF file, as "Print to file" in the dialog does.
    static void toPdf(QPrinter& printer, const QString& path, QPageSize::PageSizeId size,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait)
    {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(size));
        printer.setPageOrientation(orientation);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_lib.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("drrunbook-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_printpreview"));
        QSettings().clear();
        m_out = qEnvironmentVariable("DR_SCREENSHOT_DIR");
        if (!m_out.isEmpty())
            QVERIFY(QDir().mkpath(m_out));
    }

    void everyChecklistThroughAPrinter_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("size");
        int i = 0;
        for (const Scenario* sc : m_lib.scenarios())
            QTest::newRow(qPrintable(sc->id)) << sc->id << int(i++ % 2 == 0 ? QPageSize::A4 : QPageSize::Letter);
    }

    void everyChecklistThroughAPrinter()
    {
        QFETCH(QString, scenario);
        QFETCH(int, size);
        const QString pdf = m_dir.filePath(scenario + QStringLiteral(".pdf"));
        QPrinter printer(QPrinter::HighResolution);
        toPdf(printer, pdf, QPageSize::PageSizeId(size));
        QString error;
        dr::print::SiteProfile site;
        site.name = QStringLiteral("Example HQ");
        QVERIFY2(dr::ui::paintChecklist(&printer, scenario, site, &error), qPrintable(error));
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        verifyEveryStep(m_lib.plan(scenario), normalized(pages.join(QLatin1Char('\n'))));
        for (const QString& page : pages) {
            QVERIFY(page.contains(QStringLiteral("definition sha256:")));
            QVERIFY(page.contains(QStringLiteral("Example HQ")));
        }
        const QString paper = pdfInfo(pdf).value(QStringLiteral("Page size"));
        QVERIFY2(size == QPageSize::A4 ? paper.contains(QStringLiteral("(A4)")) : paper.startsWith(QStringLiteral("612 x 792")),
                 qPrintable(paper));
        QVERIFY(!dr::ui::paintChecklist(&printer, QStringLiteral("no_such_scenario"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("no_such_scenario")));
    }

    void binderUsesTheSavedSupportAddresses()
    {
        dr::support::SupportAddresses mine;
        mine.general = QStringLiteral("helpdesk@support.example");
        mine.manager = QStringLiteral("boss@support.example");
        dr::ui::SupportAddressesEditor::save(mine);
        // What drrunbook-cli print reads (core, no widgets) is what the editor saved.
        const dr::support::SupportAddresses read = dr::support::SavedSupportAddresses::load(QSettings());
        QCOMPARE(read.toJson(), mine.toJson());
        const QString pdf = m_dir.filePath(QStringLiteral("binder.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        toPdf(printer, pdf, QPageSize::Letter, QPageLayout::Landscape);
        QString error;
        QVERIFY2(dr::ui::paintBinder(&printer, {}, dr::ui::SupportAddressesEditor::saved(), &error), qPrintable(error));
        const QStringList pages = pdfPages(pdf);
        const QString text = normalized(pages.join(QLatin1Char('\n')));
        // The support page's contacts (the scenarios' own text may still quote the guide's addresses).
        QString contacts;
        for (const QString& page : pages)
            if (page.contains(QStringLiteral("Support supervisor")) && page.contains(QStringLiteral("Support manager")))
                contacts = normalized(page);
        QVERIFY(!contacts.isEmpty());
        QVERIFY(contacts.contains(QStringLiteral("helpdesk@support.example")));
        QVERIFY(contacts.contains(QStringLiteral("boss@support.example")));
        QVERIFY(contacts.contains(QStringLiteral("emea.support@bomgar.com"))); // not changed: the guide's
        QVERIFY(!contacts.contains(QStringLiteral("support.manager@bomgar.com")));
        QVERIFY(contacts.contains(QStringLiteral("General email helpdesk@support.example")));
        for (const Scenario* sc : m_lib.scenarios())
            verifyEveryStep(m_lib.plan(sc->id), text);
        QVERIFY2(pdfInfo(pdf).value(QStringLiteral("Page size")).startsWith(QStringLiteral("792 x 612")),
                 qPrintable(pdfInfo(pdf).value(QStringLiteral("Page size"))));
        QSettings().clear();
        if (!m_out.isEmpty())
            QCOMPARE(runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                          QStringLiteral("60"), QStringLiteral("-f"),
                                                          QStringLiteral("1"), QStringLiteral("-l"),
                                                          QStringLiteral("3"), pdf,
                                                          QDir(m_out).filePath(QStringLiteral("binder_landscape"))}),
                     QString());
    }

    void runReportThroughAPrinter()
    {
        const QString journal = m_dir.filePath(QStringLiteral("drill.jsonl"));
        const QString problem = drilltest::writeColdSpareDrill(
            journal, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC), QByteArrayLiteral("not-on-paper-1"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        toPdf(printer, pdf, QPageSize::A4);
        QString error;
        QVERIFY2(dr::ui::paintRunReport(&printer, journal, &error), qPrintable(error));
        const QString text = normalized(pdfPages(pdf).join(QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("DRILL")));
        QVERIFY(text.contains(QStringLiteral("still the old address")));
        QVERIFY(!text.contains(QStringLiteral("not-on-paper-1")));
        const Plan plan = m_lib.plan(QStringLiteral("cold_spare"));
        const Run run = Run::fromEvents(RunJournal::replay(journal).events);
        for (const QString& id : run.history()) {
            const PlanStep* ps = plan.find(id);
            if (ps->step->kind == StepKind::Include)
                continue;
            QVERIFY2(containsLoosely(text, flat(RichText::toPlain(ps->step->title))), qPrintable(id));
        }
        QVERIFY(!dr::ui::paintRunReport(&printer, m_dir.filePath(QStringLiteral("none.jsonl")), &error));
        QVERIFY(error.contains(QStringLiteral("cannot be read")));
    }

    void previewDialogsRenderAndHonourThePaper()
    {
        QString error;
        QPrintPreviewDialog* dialog =
            dr::ui::showChecklistPreview(nullptr, QStringLiteral("failover_primary_failed"), {}, &error);
        QVERIFY2(dialog != nullptr, qPrintable(error));
        auto* widget = dialog->findChild<QPrintPreviewWidget*>();
        QVERIFY(widget != nullptr);
        QTRY_VERIFY(widget->pageCount() > 1);
        if (!m_out.isEmpty())
            QVERIFY(dialog->grab().save(QDir(m_out).filePath(QStringLiteral("print_preview.png"))));

        // The paper chosen in the dialog (here set on its printer, as its page setup does) is the paper printed.
        const QString pdf = m_dir.filePath(QStringLiteral("from_dialog.pdf"));
        toPdf(*dialog->printer(), pdf, QPageSize::Letter);
        emit dialog->paintRequested(dialog->printer());
        QVERIFY2(pdfInfo(pdf).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")),
                 qPrintable(pdfInfo(pdf).value(QStringLiteral("Page size"))));
        verifyEveryStep(m_lib.plan(QStringLiteral("failover_primary_failed")),
                        normalized(pdfPages(pdf).join(QLatin1Char('\n'))));
        QPointer<QPrintPreviewDialog> guard(dialog);
        dialog->close(); // deletes itself
        QTRY_VERIFY(guard.isNull());

        QVERIFY(dr::ui::showChecklistPreview(nullptr, QStringLiteral("nope"), {}, &error) == nullptr);
        QVERIFY(error.contains(QStringLiteral("nope")));
        QVERIFY(dr::ui::showRunReportPreview(nullptr, m_dir.filePath(QStringLiteral("none.jsonl")), &error) ==
                nullptr);
        QVERIFY(error.contains(QStringLiteral("cannot be read")));

        QPrintPreviewDialog* binder = dr::ui::showBinderPreview(nullptr);
        QVERIFY(binder != nullptr);
        auto* binderWidget = binder->findChild<QPrintPreviewWidget*>();
        QTRY_VERIFY(binderWidget->pageCount() > 20);
        binder->close();
    }
};

QTEST_MAIN(TestUiPrintPreview)
#include "tst_ui_printpreview.moc"
