#include "CertComparePanel.h"

#include "CertNotice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslError>
#include <QVBoxLayout>

namespace dr::ui {

CertComparePanel::CertComparePanel(QWidget* parent) : QGroupBox(tr("Compare with the appliance"), parent)
{
    setObjectName(QStringLiteral("comparePanel"));
    m_probe = new cert::ServedChainProbe(this);
    connect(m_probe, &cert::ServedChainProbe::finished, this, &CertComparePanel::onProbeFinished);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("compareHost"));
    m_host->setAccessibleName(tr("Appliance address to connect to"));
    m_host->setPlaceholderText(tr("support.example.com or 192.0.2.10"));
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        m_hostTyped = true;
        updateButtons();
    });
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("comparePort"));
    m_port->setAccessibleName(tr("HTTPS port"));
    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_sni = new QLineEdit(this);
    m_sni->setObjectName(QStringLiteral("compareSni"));
    m_sni->setAccessibleName(tr("Name sent to the appliance (SNI)"));
    m_sni->setPlaceholderText(tr("the appliance's FQDN"));
    connect(m_sni, &QLineEdit::textEdited, this, [this] { m_sniTyped = true; });
    connect(m_host, &QLineEdit::returnPressed, this, &CertComparePanel::start);
    connect(m_sni, &QLineEdit::returnPressed, this, &CertComparePanel::start);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("compareTimeout"));
    m_timeout->setAccessibleName(tr("Seconds to wait for the appliance"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(15);
    m_timeout->setSuffix(tr(" s"));

    m_start = new QPushButton(tr("Co&mpare with appliance"), this);
    m_start->setObjectName(QStringLiteral("compareStart"));
    m_start->setAccessibleName(tr("Connect to the appliance and compare its certificate with the backup"));
    connect(m_start, &QPushButton::clicked, this, &CertComparePanel::start);
    m_cancel = new QPushButton(tr("Cancel comparison"), this);
    m_cancel->setObjectName(QStringLiteral("compareCancel"));
    m_cancel->setAccessibleName(tr("Stop connecting to the appliance"));
    connect(m_cancel, &QPushButton::clicked, this, &CertComparePanel::cancel);

    m_notice = new CertNotice(this);
    m_notice->setObjectName(QStringLiteral("compareNotice"));
    m_served = new QLabel(this);
    m_served->setObjectName(QStringLiteral("compareServed"));
    m_served->setWordWrap(true);
    m_served->setTextFormat(Qt::PlainText);
    m_served->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_served->hide();

    auto* where = new QHBoxLayout;
    where->addWidget(m_host, 3);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    where->addWidget(portLabel);
    where->addWidget(m_port);
    auto* form = new QFormLayout;
    auto* hostLabel = new QLabel(tr("Appliance &address:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, where);
    auto* sniLabel = new QLabel(tr("&Name sent (SNI):"), this);
    sniLabel->setBuddy(m_sni);
    auto* sniRow = new QHBoxLayout;
    sniRow->addWidget(m_sni, 3);
    auto* timeoutLabel = new QLabel(tr("&Wait at most:"), this);
    timeoutLabel->setBuddy(m_timeout);
    sniRow->addWidget(timeoutLabel);
    sniRow->addWidget(m_timeout);
    form->addRow(sniLabel, sniRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_served);
    updateButtons();
}

void CertComparePanel::setBackup(CertLoadPtr backup)
{
    cancel();
    m_backup = std::move(backup);
    m_comparison.reset();
    m_notice->clearNotice();
    m_served->hide();
    updateButtons();
}

void CertComparePanel::setServerName(const QString& fqdn)
{
    if (!m_hostTyped)
        m_host->setText(fqdn);
    if (!m_sniTyped)
        m_sni->setText(fqdn);
    updateButtons();
}

void CertComparePanel::setTarget(const QString& host, quint16 port, const QString& sniName)
{
    m_host->setText(host);
    m_hostTyped = true;
    m_port->setValue(port);
    if (!sniName.isEmpty()) {
        m_sni->setText(sniName);
        m_sniTyped = true;
    }
    updateButtons();
}

void CertComparePanel::setTimeoutSeconds(int seconds)
{
    m_timeout->setValue(seconds);
}

bool CertComparePanel::isRunning() const
{
    return m_probe->isRunning();
}

void CertComparePanel::start()
{
    const QString host = m_host->text().trimmed();
    if (!m_backup || !m_backup->ok() || host.isEmpty())
        return;
    m_comparison.reset();
    m_served->hide();
    m_notice->setNotice(CertNotice::Level::Busy, tr("Connecting to %1:%2…").arg(host).arg(m_port->value()),
                        tr("Waiting at most %n second(s) for the TLS handshake.", nullptr, m_timeout->value()));
    m_probe->start(host, quint16(m_port->value()), m_sni->text().trimmed(), m_timeout->value() * 1000);
    updateButtons();
}

void CertComparePanel::cancel()
{
    if (!m_probe->isRunning())
        return;
    m_probe->abort();
    m_notice->setNotice(CertNotice::Level::Neutral, tr("Comparison cancelled."),
                        tr("Nothing was compared. Press \"Compare with appliance\" to try again."));
    updateButtons();
    emit finished();
}

void CertComparePanel::onProbeFinished(const cert::ServedChain& served)
{
    if (m_backup)
        showComparison(cert::compareServed(m_backup->report, served));
    updateButtons();
    emit finished();
}

void CertComparePanel::showComparison(const cert::ServeComparison& c)
{
    m_comparison = c;
    switch (c.verdict) {
    case cert::ServeVerdict::ServesRestored:
        m_notice->setNotice(CertNotice::Level::Ok, tr("The appliance serves the certificate of this backup."),
                            c.message);
        break;
    case cert::ServeVerdict::ChainIncomplete:
        m_notice->setNotice(CertNotice::Level::Warning,
                            tr("The right certificate, but the appliance does not serve its whole chain."), c.message);
        break;
    case cert::ServeVerdict::ServesDifferent:
        m_notice->setNotice(CertNotice::Level::Error, tr("The appliance serves a DIFFERENT certificate."), c.message);
        break;
    case cert::ServeVerdict::NotCompared:
        m_notice->setNotice(CertNotice::Level::Error, tr("Could not compare."),
                            c.served.ok ? c.message : c.served.message);
        break;
    }
    if (!c.served.ok) {
        m_served->hide();
        return;
    }
    // What the appliance presented, and whether this computer would trust it (shown, never ignored).
    QStringList lines{tr("Served over %1 to the name %2:").arg(c.served.protocol, c.served.sniName)};
    QList<QSslCertificate> chain;
    int index = 1;
    for (const cert::CertInfo& info : c.served.certificates) {
        lines << tr("%1. %2, issued by %3, SHA-256 %4")
                     .arg(index++)
                     .arg(info.issuedTo, info.issuedBy, info.sha256Colons());
        chain << QSslCertificate(info.der, QSsl::Der);
    }
    const QList<QSslError> errors = QSslCertificate::verify(chain, c.served.sniName);
    if (errors.isEmpty()) {
        lines << tr("This computer trusts the served chain for %1.").arg(c.served.sniName);
    } else {
        lines
            << tr("This computer would NOT trust the served chain for %1 (browsers would warn):").arg(c.served.sniName);
        for (const QSslError& e : errors)
            lines << QStringLiteral("  - ") + e.errorString();
    }
    m_served->setText(lines.join(QLatin1Char('\n')));
    m_served->show();
}

void CertComparePanel::updateButtons()
{
    const bool running = m_probe->isRunning();
    const bool ready = m_backup && m_backup->ok() && m_backup->report.leaf();
    m_start->setEnabled(!running && ready && !m_host->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    if (!ready)
        m_start->setToolTip(tr("Open a certificate backup that holds the appliance's certificate first."));
    else
        m_start->setToolTip(QString());
}

} // namespace dr::ui
