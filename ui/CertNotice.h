#pragma once

#include <QLabel>

namespace dr::ui {

// A one-glance status line for the certificate inspector and the backup manager: a coloured box whose text also
// starts with the state in words ("Error:", "Warning:"...), so it never relies on colour alone. Screen readers get
// the same text as the accessible description.
class CertNotice : public QLabel
{
    Q_OBJECT
public:
    enum class Level { Neutral, Busy, Ok, Warning, Error };

    explicit CertNotice(QWidget* parent = nullptr);

    // title in bold, then the detail (plain text; escaped here).
    void setNotice(Level level, const QString& title, const QString& detail = QString());
    void clearNotice();
    Level level() const { return m_level; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }

private:
    Level m_level = Level::Neutral;
    QString m_title;
    QString m_detail;
};

} // namespace dr::ui
