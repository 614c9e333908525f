#pragma once

#include <QLabel>

namespace dr::ui {

// The banner that cannot be missed: every window of a drill carries it.
class DrillBanner : public QLabel
{
    Q_OBJECT
public:
    explicit DrillBanner(QWidget* parent = nullptr);
    void setDetail(const QString& detail);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace dr::ui
