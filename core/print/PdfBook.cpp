#include "print/PdfBook.h"

#include "common/BuildInfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace dr::print {
namespace {

constexpr int kResolution = 600; // dots per inch of the layout; the PDF itself is vector text
constexpr qreal kMarginMm = 14;
constexpr qreal kHeaderMm = 9;
constexpr qreal kFooterMm = 8;
// Extra room above and below every page of a laid-out document, in device pixels (96 CSS px scaled to the device):
// QTextLayout draws one line more above the clip than is visible. With this room that line lands above the
// sheet instead of under the header, where PDF text extraction and search would still find it.
constexpr qreal kPad = kResolution;

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::print::PdfBook", s);
}

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kResolution;
}

QPageLayout bookLayout(const QPageSize& size, QPageLayout::Orientation orientation)
{
    return QPageLayout(size, orientation, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: text copied or extracted from the PDF must read "fi", not U+FB01.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// The header and footer font in layout pixels: a point size would be resolved again for the device painted on,
// which the painter's scale then enlarges a second time.
QFont pixelFont(qreal points, bool bold = false)
{
    QFont f = font(points, bold);
    f.setPixelSize(qRound(points / 72 * kResolution));
    return f;
}

int pageOf(const QTextDocument& doc, qreal y)
{
    return static_cast<int>(y / doc.pageSize().height());
}

// The first heading left alone at the foot of a page (its text on the next page), or an invalid block.
QTextBlock orphanHeading(QTextDocument& doc)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (b.blockFormat().headingLevel() == 0 || !next.isValid() ||
            b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF rect = layout->blockBoundingRect(b);
        const QRectF nextRect = layout->blockBoundingRect(next);
        if (b.layout()->lineCount() == 0 || next.layout()->lineCount() == 0)
            continue;
        const QTextLine last = b.layout()->lineAt(b.layout()->lineCount() - 1);
        if (pageOf(doc, rect.top() + last.y()) != pageOf(doc, nextRect.top() + next.layout()->lineAt(0).y()))
            return b;
    }
    return {};
}

// A step's heading at the foot of a page, its text on the next: the heading moves to the next page too.
void keepHeadingsWithNext(QTextDocument& doc)
{
    for (int guard = 0; guard < 500; ++guard) {
        doc.pageCount(); // lays the whole document out again
        const QTextBlock orphan = orphanHeading(doc);
        if (!orphan.isValid())
            return;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(orphan).mergeBlockFormat(format);
    }
}

} // namespace

struct PdfBook::Laid
{
    Section section;
    std::unique_ptr<QTextDocument> doc;
    int pages = 0;
};

struct PdfBook::Device
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    QSizeF body; // where a section's text goes on each page, in device pixels
};

PdfBook::PdfBook(QPageSize::PageSizeId pageSize) : PdfBook(QPageSize(pageSize), QPageLayout::Portrait) {}

PdfBook::PdfBook(const QPageSize& pageSize, QPageLayout::Orientation orientation)
    : m_device(std::make_unique<Device>())
{
    m_device->buffer.open(QIODevice::WriteOnly);
    m_device->writer = std::make_unique<QPdfWriter>(&m_device->buffer);
    m_device->writer->setResolution(kResolution);
    m_device->writer->setPageLayout(bookLayout(pageSize.isValid() ? pageSize : QPageSize(QPageSize::A4),
                                               orientation));
    const QRect paint = m_device->writer->pageLayout().paintRectPixels(kResolution);
    m_device->body = QSizeF(paint.width(), paint.height() - mm(kHeaderMm) - mm(kFooterMm));
}

PdfBook::~PdfBook() = default;

std::unique_ptr<PdfBook> PdfBook::forDevice(const QPagedPaintDevice& device)
{
    const QPageLayout layout = device.pageLayout();
    return std::make_unique<PdfBook>(layout.pageSize(), layout.orientation());
}

QPageLayout PdfBook::pageLayout() const
{
    return m_device->writer->pageLayout();
}

QString PdfBook::styleSheet()
{
    // Margins in px at 96 dpi (the layout scales them to the device; QTextDocument ignores pt there).
    auto px = [](qreal millimetres) -> QString {
        return QString::number(qRound(millimetres / 25.4 * 96)) + QStringLiteral("px");
    };
    return QStringLiteral("body { color: black; }"
                          "h1 { font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: %1; }"
                          "h2 { font-size: 13pt; font-weight: bold; margin-top: %2; margin-bottom: %3; }"
                          "h3 { font-size: 11pt; font-weight: bold; margin-top: %2; margin-bottom: %4; }"
                          "p { margin-top: %4; margin-bottom: %4; }"
                          "p.blank { margin-top: %5; margin-bottom: %3; }"
                          "li { margin-top: %4; }"
                          "th { font-weight: bold; text-align: left; background-color: #e6e6e6; }"
                          "td { vertical-align: top; }")
        .arg(px(2), px(4.5), px(1.5), px(0.7), px(3.5));
}

void PdfBook::layOut(Laid& laid)
{
    laid.doc = std::make_unique<QTextDocument>();
    laid.doc->documentLayout()->setPaintDevice(m_device->writer.get());
    laid.doc->setDefaultFont(font(10));
    laid.doc->setDefaultStyleSheet(styleSheet());
    laid.doc->setHtml(laid.section.html);
    // Frame margins are in 96 dpi pixels (the layout scales them to the device): about 1 mm at the sides.
    QTextFrameFormat frame = laid.doc->rootFrame()->frameFormat();
    frame.setLeftMargin(4);
    frame.setRightMargin(4);
    frame.setTopMargin(kPad * 96 / kResolution);
    frame.setBottomMargin(kPad * 96 / kResolution);
    laid.doc->rootFrame()->setFrameFormat(frame);
    laid.doc->setPageSize(QSizeF(m_device->body.width(), m_device->body.height() + 2 * kPad));
    keepHeadingsWithNext(*laid.doc);
    laid.pages = laid.doc->pageCount();
}

int PdfBook::addSection(const Section& section)
{
    auto laid = std::make_unique<Laid>();
    laid->section = section;
    layOut(*laid);
    m_sections.push_back(std::move(laid));
    return static_cast<int>(m_sections.size()) - 1;
}

void PdfBook::setHtml(int section, const QString& html)
{
    Laid& laid = *m_sections.at(static_cast<size_t>(section));
    laid.section.html = html;
    layOut(laid);
}

QList<int> PdfBook::startPages()
{
    QList<int> starts;
    int page = 1;
    for (const auto& laid : m_sections) {
        starts << page;
        page += laid->pages;
    }
    return starts;
}

int PdfBook::pageCount()
{
    int pages = 0;
    for (const auto& laid : m_sections)
        pages += laid->pages;
    return pages;
}

bool PdfBook::write(QIODevice* device, const QString& documentTitle, QString* error)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setTitle(documentTitle);
    writer.setCreator(QStringLiteral("drrunbook %1").arg(appVersion()));
    if (!paint(&writer, error)) {
        *error = tr("The PDF could not be written (is the disk full or the folder read-only?): %1").arg(*error);
        return false;
    }
    return true;
}

bool PdfBook::paint(QPagedPaintDevice* device, QString* error)
{
    device->setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The pages could not be started: check that the printer is available, or that the file's folder "
                    "can be written to.");
        return false;
    }
    // Laid out at kResolution; the device may have any resolution (a preview, a 1200 dpi printer).
    painter.scale(device->logicalDpiX() / qreal(kResolution), device->logicalDpiY() / qreal(kResolution));
    const qreal width = m_device->body.width();
    const qreal bodyHeight = m_device->body.height();
    const qreal bodyTop = mm(kHeaderMm);
    const int total = pageCount();
    const QFont small = pixelFont(7.5);
    const QFont smallBold = pixelFont(7.5, true);
    const QFontMetricsF fm(small);
    int page = 0;
    for (const auto& laid : m_sections) {
        for (int i = 0; i < laid->pages; ++i) {
            if (page > 0 && !device->newPage()) {
                *error = tr("A new page could not be started (page %1 of %2).").arg(page + 1).arg(total);
                painter.end();
                return false;
            }
            ++page;
            painter.setPen(QPen(Qt::black, mm(0.2)));
            // Header: the section's title on the left, the mark and the page number on the right.
            const QString pageText = tr("Page %1 of %2").arg(page).arg(total);
            const QString right =
                laid->section.mark.isEmpty() ? pageText : laid->section.mark + QStringLiteral("   ") + pageText;
            const QRectF headerRect(0, 0, width, mm(kHeaderMm) - mm(3));
            painter.setFont(smallBold);
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignBottom, right);
            painter.setFont(small);
            const qreal rightWidth = QFontMetricsF(smallBold).horizontalAdvance(right) + mm(5);
            painter.drawText(QRectF(0, 0, width - rightWidth, headerRect.height()), Qt::AlignLeft | Qt::AlignBottom,
                             fm.elidedText(laid->section.title, Qt::ElideRight, width - rightWidth));
            painter.drawLine(QPointF(0, mm(kHeaderMm) - mm(2)), QPointF(width, mm(kHeaderMm) - mm(2)));
            // Body.
            painter.save();
            const qreal pageTop = i * (bodyHeight + 2 * kPad) + kPad; // in the document
            painter.translate(0, bodyTop - pageTop);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, pageTop, width, bodyHeight);
            ctx.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(ctx.clip);
            laid->doc->documentLayout()->draw(&painter, ctx);
            painter.restore();
            // Footer: the stamp that tells a stale copy from a current one.
            const qreal footerTop = bodyTop + bodyHeight;
            painter.drawLine(QPointF(0, footerTop + mm(2)), QPointF(width, footerTop + mm(2)));
            painter.setFont(small);
            painter.drawText(QRectF(0, footerTop + mm(3), width, mm(kFooterMm) - mm(3)), Qt::AlignLeft | Qt::AlignTop,
                             fm.elidedText(laid->section.stamp.text(), Qt::ElideMiddle, width));
        }
    }
    if (!painter.end()) {
        *error = tr("The pages could not be finished (for a file: is the disk full?).");
        return false;
    }
    return true;
}

bool parsePageSize(const QString& name, QPageSize::PageSizeId* id)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        *id = QPageSize::A4;
    else if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        *id = QPageSize::Letter;
    else
        return false;
    return true;
}

} // namespace dr::print
