#include "DrillBanner.h"

namespace dr::ui {

DrillBanner::DrillBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("drillBanner"));
    setAccessibleName(tr("Drill mode"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(8);
    // Black on amber reads in any theme and in black and white.
    setStyleSheet(QStringLiteral("QLabel#drillBanner { background: #ffb000; color: #000000; font-weight: bold;"
                                 " border-bottom: 3px solid #000000; }"));
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

} // namespace dr::ui
