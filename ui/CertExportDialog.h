#pragma once

#include "CertLoad.h"

#include "cert/Pkcs12Writer.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dr::ui {

class CertNotice;

// "Export…": writes the backup's certificate, private key and chain to a new .p12 under a new passphrase
// (AES-256 with PBKDF2 by default; a clearly labelled legacy 3DES/SHA-1 option for old targets), or the chain as
// PEM. Written atomically off the GUI thread (core/cert Pkcs12Writer); an existing file is never replaced.
class CertExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Format { Pkcs12Modern = 0, Pkcs12Legacy = 1, PemChain = 2 };

    explicit CertExportDialog(CertLoadPtr backup, QWidget* parent = nullptr);
    ~CertExportDialog() override;

    void setFormat(Format format);
    void setPath(const QString& path);
    bool isWriting() const { return m_watcher.isRunning(); }
    QString writtenPath() const { return m_written; }

public slots:
    void exportNow();

signals:
    void exported(const QString& path);

private:
    void chooseFile();
    QString updateState(); // enables Export; returns what still blocks it (empty: ready)
    void onEdited();
    void onWritten();

    CertLoadPtr m_backup;
    QFutureWatcher<cert::ExportResult> m_watcher;
    QString m_pendingPath;
    QString m_written;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_pass = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_legacyWarning = nullptr;
    CertNotice* m_notice = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_write = nullptr;
};

} // namespace dr::ui
