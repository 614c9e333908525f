#pragma once

#include "support/SupportedUpgrades.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace dr::ui {

class BackupDownloadPanel;
class BackupListModel;
class CertNotice;

// The backup manager: the /login backups (.nsb) of a folder with size, SHA-256 (verified in the background
// against the .sha256 file beside each), product version (from the name), age (stale ones highlighted after a
// configurable number of days) and whether each can be restored onto a typed target version; plus "Download now"
// from an appliance. A top-level window when it has no parent.
class BackupManager : public QWidget
{
    Q_OBJECT
public:
    explicit BackupManager(QWidget* parent = nullptr);
    ~BackupManager() override;

    void setFolder(const QString& folder);
    QString folder() const;
    void setStaleAfterDays(int days);
    void setTargetVersion(const QString& version); // "23.2.4"; empty: no restore hint
    void setSupportedUpgrades(const support::SupportedUpgrades& upgrades);

    BackupListModel* model() const { return m_model; }
    BackupDownloadPanel* downloadPanel() const { return m_download; }
    QTableView* view() const { return m_view; }

public slots:
    void refresh();

signals:
    void verificationFinished(); // every listed backup with a .sha256 has been hashed

private:
    void chooseFolder();
    void applyFolder();
    void applyTarget();
    void updateSummary();
    void updateDetails();
    void onDownloaded(const QString& path);

    BackupListModel* m_model = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_target = nullptr;
    QLabel* m_targetHint = nullptr;
    QSpinBox* m_staleDays = nullptr;
    CertNotice* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_verify = nullptr;
    BackupDownloadPanel* m_download = nullptr;
};

} // namespace dr::ui
