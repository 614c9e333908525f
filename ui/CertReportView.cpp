#include "CertReportView.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace dr::ui {

namespace {

QLabel* valueLabel(const QString& text, QWidget* parent, const QString& objectName = QString())
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

QString severityWord(cert::Severity s)
{
    switch (s) {
    case cert::Severity::Error:
        return CertReportView::tr("Error");
    case cert::Severity::Warning:
        return CertReportView::tr("Warning");
    case cert::Severity::Info:
        return CertReportView::tr("Note");
    }
    return {};
}

QString severityColour(cert::Severity s)
{
    switch (s) {
    case cert::Severity::Error:
        return QStringLiteral("#b00020");
    case cert::Severity::Warning:
        return QStringLiteral("#8a5300");
    case cert::Severity::Info:
        break;
    }
    return QStringLiteral("#303030");
}

QString yesNo(bool v)
{
    return v ? CertReportView::tr("Yes") : CertReportView::tr("No");
}

} // namespace

CertReportView::CertReportView(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("certReport"));
    setAccessibleName(tr("Certificate check results"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    clearReport();
}

void CertReportView::clearReport(const QString& text)
{
    m_body = new QWidget;
    m_layout = new QVBoxLayout(m_body);
    auto* hint = new QLabel(text.isEmpty() ? tr("Choose a certificate backup (.p12 or .pfx), type its password and "
                                                "press \"Open and check\".")
                                           : text,
                            m_body);
    hint->setObjectName(QStringLiteral("reportHint"));
    hint->setWordWrap(true);
    m_layout->addWidget(hint);
    m_layout->addStretch();
    setWidget(m_body); // deletes the previous body
}

void CertReportView::setReport(const cert::CertReport& report, const QDateTime& nowUtc)
{
    m_now = nowUtc;
    m_body = new QWidget;
    m_layout = new QVBoxLayout(m_body);
    m_layout->addWidget(summaryBox(report));
    m_layout->addWidget(problemsBox(report));
    int index = 1;
    for (const cert::ClassifiedCert& c : report.certificates) {
        m_layout->addWidget(certificateBox(report, c, index++));
        const bool lastInChain =
            c.inChain && (index > int(report.certificates.size()) || !report.certificates[size_t(index - 1)].inChain);
        if (lastInChain && !report.chainComplete && !report.missingIssuer.isEmpty())
            m_layout->addWidget(missingBox(report.missingIssuer));
    }
    m_layout->addStretch();
    setWidget(m_body);
}

QWidget* CertReportView::summaryBox(const cert::CertReport& report)
{
    auto* box = new QGroupBox(tr("What the file holds"), m_body);
    auto* form = new QFormLayout(box);
    const cert::ClassifiedCert* leaf = report.leaf();
    form->addRow(tr("Private Key?"), valueLabel(yesNo(report.hasPrivateKey), box, QStringLiteral("summary:key")));
    form->addRow(tr("Key matches the certificate:"),
                 valueLabel(report.hasPrivateKey && leaf ? yesNo(report.keyMatches) : tr("Not applicable"), box,
                            QStringLiteral("summary:keyMatch")));
    const QString chain = report.chainComplete ? tr("Complete (every intermediate and the root are in the file)")
                                               : tr("Incomplete: \"%1\" is missing").arg(report.missingIssuer);
    form->addRow(tr("Chain:"), valueLabel(chain, box, QStringLiteral("summary:chain")));
    QString fqdn = tr("Not checked: type the appliance's FQDN above");
    if (report.fqdnMatch)
        fqdn = *report.fqdnMatch ? tr("%1 matches the Alternative Names").arg(report.fqdn)
                                 : tr("%1 does NOT match the Alternative Names").arg(report.fqdn);
    form->addRow(tr("Appliance FQDN:"), valueLabel(fqdn, box, QStringLiteral("summary:fqdn")));
    const QString protection =
        (report.encryption.isEmpty() ? tr("none") : report.encryption.join(QStringLiteral(", "))) +
        tr("; integrity MAC %1").arg(report.macDigest.isEmpty() ? tr("none") : report.macDigest) +
        (report.legacyEncryption ? tr(" (legacy, weak)") : QString());
    form->addRow(tr("File protection:"), valueLabel(protection, box, QStringLiteral("summary:protection")));
    return box;
}

QWidget* CertReportView::problemsBox(const cert::CertReport& report)
{
    auto* box = new QGroupBox(tr("Problems and what to do"), m_body);
    box->setObjectName(QStringLiteral("certProblems"));
    auto* layout = new QVBoxLayout(box);
    if (report.problems.isEmpty())
        layout->addWidget(valueLabel(tr("None found."), box, QStringLiteral("problem:none")));
    for (const cert::Problem& p : report.problems) {
        auto* l = new QLabel(box);
        l->setObjectName(QStringLiteral("problem:") + p.code);
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setText(
            QStringLiteral("<span style=\"color:%1\"><b>%2:</b></span> %3")
                .arg(severityColour(p.severity), severityWord(p.severity).toHtmlEscaped(), p.message.toHtmlEscaped()));
        l->setAccessibleName(severityWord(p.severity) + QStringLiteral(": ") + p.message);
        layout->addWidget(l);
    }
    return box;
}

QString CertReportView::validityText(const cert::CertInfo& info) const
{
    const QString range = tr("%1 to %2 (UTC)")
                              .arg(info.notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   info.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (m_now < info.notBefore)
        return range + tr(" - NOT YET VALID");
    const qint64 days = m_now.daysTo(info.notAfter);
    if (info.notAfter < m_now)
        return range + tr(" - EXPIRED %n day(s) ago", nullptr, int(-days));
    return range + tr(" - %n day(s) left", nullptr, int(days));
}

QWidget* CertReportView::certificateBox(const cert::CertReport& report, const cert::ClassifiedCert& c, int index)
{
    const cert::CertInfo& i = c.info;
    QString title = tr("%1. %2: %3").arg(index).arg(cert::roleDisplayName(c.role), i.issuedTo);
    if (!c.inChain)
        title += tr(" (not part of the chain)");
    auto* box = new QGroupBox(title, m_body);
    box->setObjectName(QStringLiteral("cert:%1").arg(index));
    auto* form = new QFormLayout(box);
    const QList<cert::Problem> problems = report.problemsFor(c);
    auto has = [&problems](const char* code) {
        return std::any_of(problems.begin(), problems.end(),
                           [code](const cert::Problem& p) { return p.code == QLatin1String(code); });
    };
    const QStringList names = i.alternativeNames();
    form->addRow(tr("Issued To:"), valueLabel(i.issuedTo, box));
    form->addRow(tr("Issued By:"), valueLabel(i.issuedBy, box));
    form->addRow(tr("Alternative Names:"),
                 valueLabel(names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", ")), box));
    form->addRow(tr("Private Key?"), valueLabel(yesNo(report.privateKeyFor(c)), box));
    form->addRow(tr("Valid:"), valueLabel(validityText(i), box, QStringLiteral("validity:%1").arg(index)));
    form->addRow(tr("Key:"), valueLabel(tr("%1, %2 bits").arg(i.keyType).arg(i.keyBits) +
                                            (has("weak_key") ? tr(" - WEAK") : QString()),
                                        box, QStringLiteral("key:%1").arg(index)));
    form->addRow(tr("Signature:"),
                 valueLabel(i.signatureAlgorithm + (has("weak_signature") ? tr(" - WEAK (SHA-1)") : QString()), box,
                            QStringLiteral("signature:%1").arg(index)));
    auto* sha = valueLabel(i.sha256Colons(), box, QStringLiteral("sha256:%1").arg(index));
    sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256:"), sha);
    form->addRow(tr("Subject:"), valueLabel(i.subject, box));
    form->addRow(tr("Issuer:"), valueLabel(i.issuer, box));
    for (const cert::Problem& p : problems) {
        auto* l = valueLabel(severityWord(p.severity) + QStringLiteral(": ") + p.message, box);
        l->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(severityColour(p.severity)));
        form->addRow(l);
    }
    return box;
}

QWidget* CertReportView::missingBox(const QString& issuer)
{
    auto* box = new QGroupBox(tr("Missing from the file"), m_body);
    box->setObjectName(QStringLiteral("certMissing"));
    auto* layout = new QVBoxLayout(box);
    auto* l = valueLabel(tr("The issuer \"%1\" is not in the file. Export the certificate again with its whole "
                            "chain, or get this CA certificate from the CA and add it.")
                             .arg(issuer),
                         box, QStringLiteral("missingIssuer"));
    l->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    layout->addWidget(l);
    return box;
}

} // namespace dr::ui
