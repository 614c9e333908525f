#pragma once

#include "api/ApiCall.h"

#include <QSaveFile>

#include <memory>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace dr::api {

struct BackupOptions
{
    QString outputDir;
    std::optional<Secret> password; // sent as the JSON body {"password":"…"} of a POST, never in the URL
    QString productVersion;         // from check_health, for the default name ("19.1.8")
    QString siteName;               // default: the URL's host
    QString uniqueId;               // default: random
};

struct BackupResult
{
    QString filePath;   // final .nsb path
    QString sha256Path; // "<file>.sha256" beside it, in sha256sum format
    QString sha256Hex;  // lower-case hex
    QString fileName;
    bool nameFromServer = false; // taken (sanitised) from Content-Disposition
    qint64 bytes = 0;
};

// Downloads the site backup (/api/backup, needs perm_backup) straight to disk as it arrives: memory stays
// flat whatever the size, SHA-256 is computed while streaming, and the file appears under its final name
// only once the whole body arrived (QSaveFile, Content-Length checked). On error, drop or cancel nothing is
// left under the final name and no temporary file remains. One download per object.
class BackupDownloader : public QObject
{
    Q_OBJECT
public:
    BackupDownloader(ConnectionSettings settings, Credentials credentials, const Clock& clock,
                     TokenManager* tokens = nullptr, QObject* parent = nullptr);
    ~BackupDownloader() override;

    void start(const BackupOptions& options);
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    const BackupResult& result() const { return m_result; }
    // Diagnostic: most bytes that waited unread in memory at once (flat: about the 256 KiB read buffer).
    qint64 peakBufferedBytes() const { return m_peakBuffered; }

public slots:
    void cancel();

signals:
    void progress(qint64 received, qint64 total); // total is -1 when the size is unknown
    void finished();

private:
    void requestToken();
    void send(const Secret& token);
    void onHeaders();
    void onChunk(const QByteArray& data);
    void onExchangeFinished();
    bool openTarget();
    void complete();
    void fail(const ApiError& error);
    ApiError diskError(const QString& what, const QString& detail) const;

    // SHA-256 through OpenSSL (CPU SHA extensions): about ten times QCryptographicHash's speed, which otherwise
    // bounds the download rate.
    struct HashFree
    {
        void operator()(evp_md_ctx_st* ctx) const;
    };

    std::shared_ptr<ApiContext> m_context;
    BackupOptions m_options;
    QPointer<HttpExchange> m_exchange;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<evp_md_ctx_st, HashFree> m_hash;
    QByteArray m_head;      // first bytes, to recognise an XML/JSON error sent as 200
    QByteArray m_errorBody; // body of a non-backup reply (bounded)
    bool m_errorMode = false;
    Secret m_token;
    ApiError m_error;
    BackupResult m_result;
    qint64 m_expected = -1;
    qint64 m_received = 0;
    qint64 m_peakBuffered = 0;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace dr::api
