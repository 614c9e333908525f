#pragma once

#include "CertLoad.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dr::ui {

class CertComparePanel;
class CertExportDialog;
class CertNotice;
class CertReportView;

// The certificate inspector: opens a certificate backup (.p12/.pfx) and shows what the guide's Security >
// Certificates page shows (Issued To, Issued By, Alternative Names, Private Key?, expiry) with the checks of
// core/cert in plain words; compares it with what the appliance serves; exports it again. The file is opened
// and checked off the GUI thread; the password is held in a dr::Secret only while the file is read, then wiped.
class CertificateInspector : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateInspector(QWidget* parent = nullptr);
    ~CertificateInspector() override;

    // Opens and checks `path` with the password typed so far (an empty one opens unprotected files). Asynchronous:
    // loaded() tells when it is done.
    void openFile(const QString& path);
    // The appliance's FQDN: checked against the Alternative Names and sent as SNI when comparing.
    void setFqdn(const QString& fqdn);
    void setExpiryWarningDays(int days);
    // For tests and diagnostics: e.g. {useLegacyProvider = false} behaves as an OpenSSL without its legacy module.
    void setImportOptions(const cert::ImportOptions& options) { m_importOptions = options; }

    bool isBusy() const { return m_opening; }
    CertLoadPtr current() const { return m_load; } // null until a file opened (even if unreadable)
    CertComparePanel* comparePanel() const { return m_compare; }
    CertNotice* notice() const { return m_notice; }
    // Opens the export dialog for the current backup (non-modal; deleted on close). nullptr when nothing is open.
    CertExportDialog* showExport();

public slots:
    void openTyped(); // "Open and check": the path and password typed in the dialog
    void cancelOpen();

signals:
    void loaded(); // an open finished (successfully or not); current() has the outcome

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void chooseFile();
    void onLoaded();
    void recheck();
    void showLoad();
    void updateButtons();
    cert::CheckOptions checkOptions() const;

    cert::ImportOptions m_importOptions;
    QFutureWatcher<CertLoadPtr> m_watcher;
    CertLoadPtr m_load;
    bool m_triedEmptyPassword = false;
    bool m_opening = false; // an open runs and its result is wanted
    QPointer<CertExportDialog> m_export;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_fqdn = nullptr;
    QSpinBox* m_days = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_exportButton = nullptr;
    CertNotice* m_notice = nullptr;
    QLabel* m_classification = nullptr;
    CertReportView* m_view = nullptr;
    CertComparePanel* m_compare = nullptr;
};

} // namespace dr::ui
