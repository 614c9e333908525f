#include "print/ChecklistPdf.h"

#include "common/AtomicWrite.h"
#include "print/PdfBook.h"
#include "print/SupportPage.h"
#include "runbook/PlanPrinter.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace dr::print {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::ChecklistPdf", s);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Filled in by hand at the start of a run.
QString runBox(const SiteProfile& site)
{
    const QString blank = QStringLiteral("______________________");
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
                          "<tr><td>%1 %2</td><td>%3 %4</td></tr>"
                          "<tr><td>%5 %6</td><td>%7 %8</td></tr>"
                          "<tr><td>%9 %10</td><td>%11 %12</td></tr></table>")
        .arg(esc(tr("Site:")), site.name.isEmpty() ? blank : QStringLiteral("<b>%1</b>").arg(esc(site.name)),
             esc(tr("Date:")), blank, esc(tr("Operator:")), blank, esc(tr("Incident #:")), blank,
             esc(tr("Started at:")), blank, esc(tr("Finished at:")), blank);
}

QString legend()
{
    return QStringLiteral("<p><i>%1</i></p>")
        .arg(esc(tr("[ ] tick when done. ( ) choose one answer. ____ write the value or the time. WARNING marks "
                    "a step that can lose data or service. A printed copy is current only while its definition "
                    "hash (page footer) matches the app's.")));
}

QString sectionTitle(const runbook::Plan& plan, const SiteProfile& site)
{
    return site.name.isEmpty() ? plan.scenario().title
                               : QStringLiteral("%1 - %2").arg(plan.scenario().title, site.name);
}

PdfBook::Section checklistSection(const runbook::Plan& plan, const ChecklistPdf::Options& options)
{
    return {sectionTitle(plan, options.site), tr("CHECKLIST"), PrintStamp::forPlan(plan, options.clock->nowUtc()),
            ChecklistPdf::checklistHtml(plan, options)};
}

bool writeBook(PdfBook& book, const QString& title, const QString& path, QString* error)
{
    return writeAtomically(
        path, [&](QIODevice* device, QString* why) { return book.write(device, title, why); }, error);
}

QString tocHtml(const runbook::ScenarioLibrary& library, const ChecklistPdf::Options& options, const QList<int>& pages)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Disaster recovery binder")));
    if (!options.site.name.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(options.site.name));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Printed %1 by drrunbook %2. Every page's footer names the scenario definition it was "
                            "printed from: reprint when the app shows a different hash.")
                             .arg(options.clock->nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                  PrintStamp::general(options.clock->nowUtc()).appVersion)));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Contents")));
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(esc(tr("Section")), esc(tr("Definition")), esc(tr("Page")));
    auto page = [&](int i) { return i < pages.size() ? QString::number(pages.at(i)) : QStringLiteral("000"); };
    rows += QStringLiteral("<tr><td>%1</td><td></td><td align=\"right\">%2</td></tr>")
                .arg(esc(tr("Vendor support: contacts, hours, holidays, severity, what to send")), page(0));
    int i = 1;
    for (const runbook::Scenario* sc : library.scenarios()) {
        const runbook::Plan plan = library.plan(sc->id);
        const PrintStamp stamp = PrintStamp::forPlan(plan, options.clock->nowUtc());
        rows += QStringLiteral("<tr><td><b>%1</b><br/>%2</td><td>v%3<br/>%4</td><td align=\"right\">%5</td></tr>")
                    .arg(esc(sc->title), esc(sc->summary))
                    .arg(sc->version)
                    .arg(stamp.definitionHash, page(i++));
    }
    html +=
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">%1</table>").arg(rows);
    return html + legend();
}

} // namespace

QString ChecklistPdf::checklistHtml(const runbook::Plan& plan, const Options& options)
{
    runbook::PlanPrinter::Options printer;
    printer.site = options.site.values;
    printer.handwriting = true;
    QString steps = runbook::PlanPrinter::toHtml(plan, printer);
    // After the title and the summary: the run box and the legend.
    const qsizetype afterSummary = steps.indexOf(QStringLiteral("</p>"));
    steps.insert(afterSummary < 0 ? 0 : afterSummary + 4, runBox(options.site) + legend());
    return steps;
}

bool ChecklistPdf::writeChecklist(const runbook::Plan& plan, const Options& options, const QString& path,
                                  QString* error)
{
    PdfBook book(options.pageSize);
    book.addSection(checklistSection(plan, options));
    return writeBook(book, tr("Checklist: %1").arg(plan.scenario().title), path, error);
}

bool ChecklistPdf::paintChecklist(const runbook::Plan& plan, const Options& options, QPagedPaintDevice* device,
                                  QString* error)
{
    const std::unique_ptr<PdfBook> book = PdfBook::forDevice(*device);
    book->addSection(checklistSection(plan, options));
    return book->paint(device, error);
}

bool ChecklistPdf::writeBinder(const runbook::ScenarioLibrary& library, const Options& options, const QString& path,
                               QString* error)
{
    PdfBook book(options.pageSize);
    return fillBinder(book, library, options, error) &&
           writeBook(book, tr("Disaster recovery binder"), path, error);
}

bool ChecklistPdf::paintBinder(const runbook::ScenarioLibrary& library, const Options& options,
                               QPagedPaintDevice* device, QString* error)
{
    const std::unique_ptr<PdfBook> book = PdfBook::forDevice(*device);
    return fillBinder(*book, library, options, error) && book->paint(device, error);
}

bool ChecklistPdf::fillBinder(PdfBook& book, const runbook::ScenarioLibrary& library, const Options& options,
                              QString* error)
{
    const PrintStamp general = PrintStamp::general(options.clock->nowUtc());
    const int toc =
        book.addSection({tr("Disaster recovery binder"), tr("CONTENTS"), general, tocHtml(library, options, {})});
    SupportPage::Options support;
    support.readerZone = options.readerZone;
    support.addresses = options.supportAddresses;
    book.addSection({tr("Vendor support"), tr("SUPPORT"), general, SupportPage::toHtml(*options.clock, support)});
    for (const runbook::Scenario* sc : library.scenarios()) {
        QStringList errors;
        const runbook::Plan plan = library.plan(sc->id, &errors);
        if (!plan.isValid()) {
            *error = tr("The scenario %1 cannot be expanded (%2); the binder was not written.")
                         .arg(sc->id, errors.join(QStringLiteral("; ")));
            return false;
        }
        book.addSection(checklistSection(plan, options));
    }
    const int tocPages = book.startPages().value(1) - 1;
    book.setHtml(toc, tocHtml(library, options, book.startPages().mid(1)));
    if (book.startPages().value(1) - 1 != tocPages) {
        *error = tr("The table of contents changed length while its page numbers were filled in; please report "
                    "this.");
        return false;
    }
    return true;
}

} // namespace dr::print
