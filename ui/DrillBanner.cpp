#include "DrillBanner.h"

#include <QPainter>

namespace dr::ui {

namespace {

constexpr int kRuleWidth = 3; // the black rule under the banner, drawn over the lower margin

} // namespace

DrillBanner::DrillBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("drillBanner"));
    setAccessibleName(tr("Drill mode"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(8);
    // Black on amber reads in any theme and in black and white. Set as the widget's own palette and font, not a
    // style sheet: the first window carries this banner, and a style sheet makes Qt build a style for it first.
    QPalette colours = palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        colours.setColor(group, QPalette::Window, QColor(0xff, 0xb0, 0x00));
        colours.setColor(group, QPalette::WindowText, Qt::black);
    }
    setPalette(colours);
    setAutoFillBackground(true);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setDetail({});
}

void DrillBanner::setDetail(const QString& detail)
{
    QString text = tr("DRILL: simulated appliances in the built-in lab. Nothing real is changed.");
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    setText(text);
    setAccessibleDescription(text);
}

void DrillBanner::paintEvent(QPaintEvent* event)
{
    QLabel::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, height() - kRuleWidth, width(), kRuleWidth), Qt::black);
}

} // namespace dr::ui
