#pragma once

#include "print/PrintStamp.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace dr::print {

// A PDF made of sections. Each section is an HTML document laid out by QTextDocument and starts on a new page;
// every page gets a header (the section's title, a mark such as DRILL) and a footer (the section's stamp and
// "Page n of N"), drawn in black only so the printout reads the same on a black-and-white printer.
class PdfBook
{
public:
    struct Section
    {
        QString title; // header, left
        QString mark;  // header, right, bold (e.g. "DRILL"); may be empty
        PrintStamp stamp;
        QString html;
    };

    explicit PdfBook(QPageSize::PageSizeId pageSize = QPageSize::A4);
    // Any paper size and orientation (a print dialog's choice); the margins are always the book's own.
    PdfBook(const QPageSize& pageSize, QPageLayout::Orientation orientation);
    // Laid out for the paper and orientation the device is set to (a QPrinter after its page setup).
    static std::unique_ptr<PdfBook> forDevice(const QPagedPaintDevice& device);
    ~PdfBook();
    PdfBook(const PdfBook&) = delete;
    PdfBook& operator=(const PdfBook&) = delete;

    // Returns the section's index.
    int addSection(const Section& section);
    // Replaces a section's HTML (the table of contents, once the page numbers are known). The new HTML must not
    // change the section's page count; write() fails if it did.
    void setHtml(int section, const QString& html);

    // The 1-based page each section starts on.
    QList<int> startPages();
    int pageCount();

    // Writes the PDF to an open device. error says what went wrong.
    bool write(QIODevice* device, const QString& documentTitle, QString* error);
    // Paints the pages on any paged device (QPdfWriter, or a QPrinter from QtPrintSupport: a printer, a PDF file,
    // a print preview). The device gets the book's page layout (paper, orientation, margins) first; the pages are
    // scaled from the layout resolution to the device's, so they look the same at any resolution.
    bool paint(QPagedPaintDevice* device, QString* error);

    // The book's page layout: the paper and orientation given, 14 mm margins.
    QPageLayout pageLayout() const;

    // The style sheet every section is laid out with (black on white, bold labels, tables with borders).
    static QString styleSheet();

private:
    struct Laid;
    struct Device;
    void layOut(Laid& laid);
    std::vector<std::unique_ptr<Laid>> m_sections;
    std::unique_ptr<Device> m_device; // metrics for the layout (same resolution and page as the output)
};

// Parses "A4" / "Letter" (case-insensitive). False for anything else.
bool parsePageSize(const QString& name, QPageSize::PageSizeId* id);

} // namespace dr::print
