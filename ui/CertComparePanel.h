#pragma once

#include "CertLoad.h"

#include "cert/ServeComparison.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dr::ui {

class CertNotice;

// "Compare with appliance": connects over TLS to HOST:PORT sending the FQDN as SNI, takes the served chain (as
// evidence, without trusting it) and says whether the appliance serves the certificate of the backup. Asynchronous,
// with a timeout and a Cancel button; connection and TLS failures are shown with what to do.
class CertComparePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CertComparePanel(QWidget* parent = nullptr);

    void setBackup(CertLoadPtr backup);      // null: nothing to compare with (the button stays disabled)
    void setServerName(const QString& fqdn); // fills the host and the SNI name unless the operator typed them
    void setTarget(const QString& host, quint16 port, const QString& sniName = QString());
    void setTimeoutSeconds(int seconds);

    bool isRunning() const;
    const std::optional<cert::ServeComparison>& comparison() const { return m_comparison; }

public slots:
    void start();
    void cancel();

signals:
    void finished(); // a comparison ended (compared, failed to connect, or cancelled)

private:
    void onProbeFinished(const cert::ServedChain& served);
    void showComparison(const cert::ServeComparison& c);
    void updateButtons();

    cert::ServedChainProbe* m_probe = nullptr;
    CertLoadPtr m_backup;
    std::optional<cert::ServeComparison> m_comparison;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_sni = nullptr;
    QSpinBox* m_timeout = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    CertNotice* m_notice = nullptr;
    QLabel* m_served = nullptr;
    bool m_hostTyped = false;
    bool m_sniTyped = false;
};

} // namespace dr::ui
