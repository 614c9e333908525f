#pragma once

#include "cert/CertReport.h"

#include <QDateTime>
#include <QScrollArea>

class QVBoxLayout;

namespace dr::ui {

// What the guide's Security > Certificates page shows about a certificate backup, plus the checks: the
// classification, Private Key?, the key match, the chain (and the missing issuer by name), the FQDN check, each
// problem with what to do, then one box per certificate (Issued To/By, Alternative Names, validity with days left,
// key, signature, SHA-256). Read-only; scrolls.
class CertReportView : public QScrollArea
{
    Q_OBJECT
public:
    explicit CertReportView(QWidget* parent = nullptr);

    void setReport(const cert::CertReport& report, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    void clearReport(const QString& hint = QString()); // empty hint: how to start

private:
    QWidget* summaryBox(const cert::CertReport& report);
    QWidget* problemsBox(const cert::CertReport& report);
    QWidget* certificateBox(const cert::CertReport& report, const cert::ClassifiedCert& c, int index);
    QWidget* missingBox(const QString& issuer);
    QString validityText(const cert::CertInfo& info) const;

    QWidget* m_body = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QDateTime m_now;
};

} // namespace dr::ui
