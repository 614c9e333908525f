#pragma once

#include "api/BackupDownloader.h"
#include "api/ConnectionSettings.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dr::keychain {
class SecretStore;
}

namespace dr::ui {

class CertNotice;

// "Download now": a /login backup straight from an appliance's API (api::BackupDownloader) into the backup folder,
// with a progress bar and Cancel. TLS trust is a CA file or a pinned SHA-256; when the TLS check fails the served
// certificate's fingerprint is shown so the operator can decide to trust exactly that one. The API client secret
// comes from the system keychain (core/keychain) or is typed; the backup password is typed. Both are held in
// dr::Secret only, never written anywhere. Nothing is left under the final name when a download fails.
class BackupDownloadPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum TrustMode { SystemCas = 0, CaFile = 1, PinnedSha256 = 2 };

    explicit BackupDownloadPanel(QWidget* parent = nullptr);
    ~BackupDownloadPanel() override;

    void setOutputFolder(const QString& folder) { m_folder = folder; }
    void setAppliance(const QString& url, const QString& clientId);
    void setTrust(TrustMode mode, const QString& caFileOrPin = QString());
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    bool isRunning() const;
    // Of the last download that ended (ok, failed or cancelled).
    const std::optional<api::ApiError>& lastError() const { return m_lastError; }
    QString lastFile() const { return m_lastFile; }

public slots:
    void start();
    void cancel();
    void trustServedCertificate(); // pins the fingerprint the last TLS failure showed

signals:
    void progress(qint64 received, qint64 total);
    void secretRemembered(bool stored); // after a successful download with "Keep … in the keychain" ticked
    void finished(bool ok);
    void downloaded(const QString& path);

private:
    std::optional<api::ConnectionSettings> settingsFromForm();
    void startWith(const api::ConnectionSettings& settings, const Secret& clientSecret);
    void onFinished();
    void setBusy(bool busy);
    void updateTrustFields();
    void rememberSecret();

    QString m_folder;
    int m_transferTimeoutMs = 15'000;
    keychain::SecretStore* m_store = nullptr;
    QPointer<api::BackupDownloader> m_downloader;
    bool m_lookingUp = false;
    std::optional<api::ApiError> m_lastError;
    QString m_lastFile;
    QString m_servedSha256;
    std::optional<Secret> m_typedSecret; // kept only until the download ends, for "Keep … in the keychain"
    api::ConnectionSettings m_lastSettings;
    QLineEdit* m_url = nullptr;
    QComboBox* m_trust = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_caBrowse = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_secret = nullptr;
    QLineEdit* m_backupPassword = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_trustServed = nullptr;
    QProgressBar* m_progress = nullptr;
    CertNotice* m_notice = nullptr;
};

} // namespace dr::ui
