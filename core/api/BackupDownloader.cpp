#include "api/BackupDownloader.h"

#include "api/BackupName.h"
#include "api/TokenManager.h"
#include "api/XmlTree.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/evp.h>

namespace dr::api {

namespace {

constexpr qsizetype kHeadBytes = 512;
constexpr qsizetype kMaxErrorBody = 1024 * 1024;

bool isTextual(const QByteArray& contentType)
{
    const QByteArray t = contentType.toLower();
    return t.startsWith("text/") || t.contains("xml") || t.contains("json");
}

} // namespace

BackupDownloader::BackupDownloader(ConnectionSettings settings, Credentials credentials, const Clock& clock,
                                   TokenManager* tokens, QObject* parent)
    : QObject(parent),
      m_context(ApiContext::make(std::move(settings), std::move(credentials), clock, tokens, this))
{
}

void BackupDownloader::HashFree::operator()(evp_md_ctx_st* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

BackupDownloader::~BackupDownloader()
{
    if (m_file)
        m_file->cancelWriting();
}

void BackupDownloader::start(const BackupOptions& options)
{
    if (m_started)
        return;
    m_started = true;
    m_options = options;
    QTimer::singleShot(0, this, [this] {
        if (m_finished)
            return;
        if (auto invalid = m_context->settings.validate()) {
            fail(*invalid);
            return;
        }
        const QFileInfo dir(m_options.outputDir);
        if (m_options.outputDir.isEmpty() || !dir.isDir() || !dir.isWritable()) {
            fail(diskError(tr("The folder %1 does not exist or cannot be written.").arg(m_options.outputDir), {}));
            return;
        }
        requestToken();
    });
}

void BackupDownloader::requestToken()
{
    const Credentials& cred = m_context->credentials;
    if (cred.mode == AuthMode::LegacyUsernamePassword) {
        send({});
        return;
    }
    if (cred.clientId.isEmpty() || cred.secret.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::Auth,
                            tr("No API client ID or secret was given. Create an API account with \"Allow Access to "
                               "the Backup API\" in /login > Management > API Configuration and give its client ID "
                               "and secret.")));
        return;
    }
    m_context->tokens->requestToken(m_context->settings, cred, this, [this](const Result<Secret>& token) {
        if (m_finished)
            return;
        if (!token.ok())
            fail(token.error);
        else
            send(*token.value);
    });
}

void BackupDownloader::send(const Secret& token)
{
    ++m_attempts;
    m_token = token;
    m_errorMode = false;
    m_errorBody.clear();
    m_head.clear();
    m_received = 0;
    m_expected = -1;
    m_hash.reset(EVP_MD_CTX_new());
    if (!m_hash || EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr) != 1) {
        fail(ApiError::make(ApiError::Kind::Disk, tr("The backup's SHA-256 cannot be computed: OpenSSL offers no "
                                                     "SHA-256. Nothing was saved; repair the OpenSSL installation.")));
        return;
    }

    QUrl url = m_context->settings.endpoint(QStringLiteral("/api/backup"));
    QList<QPair<QByteArray, QByteArray>> headers;
    const Credentials& cred = m_context->credentials;
    if (cred.mode == AuthMode::LegacyUsernamePassword) {
        // Deprecated legacy login, explicitly chosen: the contract puts it in the query string.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("username"), cred.clientId);
        q.addQueryItem(QStringLiteral("password"), QString::fromUtf8(cred.secret.reveal()));
        url.setQuery(q);
    } else {
        headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + token.reveal()));
    }
    QByteArray body;
    QByteArray verb = "GET";
    if (m_options.password && !m_options.password->isEmpty()) {
        verb = "POST";
        QJsonObject obj;
        obj.insert(QStringLiteral("password"), QString::fromUtf8(m_options.password->reveal()));
        body = QJsonDocument(obj).toJson(QJsonDocument::Compact);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }

    m_exchange = new HttpExchange(m_context->settings, this);
    m_exchange->setStreaming(true);
    m_exchange->setDeadlineMs(m_context->settings.backupDeadlineMs);
    connect(m_exchange, &HttpExchange::headersReceived, this, &BackupDownloader::onHeaders);
    connect(m_exchange, &HttpExchange::bodyChunk, this, &BackupDownloader::onChunk);
    connect(m_exchange, &HttpExchange::finished, this, &BackupDownloader::onExchangeFinished);
    connect(m_exchange, &HttpExchange::progress, this, [this](qint64 received, qint64 total) {
        if (!m_errorMode)
            emit progress(received, total > 0 ? total : -1);
    });
    m_exchange->start(verb, url, body, headers);
    cleanse(body);
    for (auto& h : headers)
        cleanse(h.second);
}

void BackupDownloader::onHeaders()
{
    const HttpExchange::Response& r = m_exchange->response();
    if (m_file || m_errorMode)
        return; // headers repeated (e.g. trailers): decided already
    m_errorMode = r.status != 200 || isTextual(r.header("Content-Type"));
    if (m_errorMode)
        return;
    bool ok = false;
    const qint64 length = r.header("Content-Length").toLongLong(&ok);
    m_expected = ok ? length : -1;
    if (!openTarget())
        return;
    if (m_expected > 0) {
        const QStorageInfo storage(QFileInfo(m_result.filePath).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < m_expected) {
            m_exchange->abortWith(diskError(tr("Not enough free space for the %1-byte backup in %2.")
                                                .arg(m_expected)
                                                .arg(QFileInfo(m_result.filePath).absolutePath()),
                                            tr("%1 bytes available").arg(storage.bytesAvailable())));
        }
    }
}

bool BackupDownloader::openTarget()
{
    const HttpExchange::Response& r = m_exchange->response();
    QString name;
    if (auto fromServer = backupNameFromContentDisposition(r.header("Content-Disposition"))) {
        name = *fromServer;
        m_result.nameFromServer = true;
    } else {
        const QString site = m_options.siteName.isEmpty() ? m_context->settings.baseUrl.host() : m_options.siteName;
        name = buildBackupName(m_options.productVersion, site, m_context->clock->nowUtc().date(), m_options.uniqueId);
    }
    const QDir dir(m_options.outputDir);
    QString path = dir.absoluteFilePath(name);
    const QString stem = name.left(name.size() - 4); // without ".nsb"
    for (int i = 1; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".sha256")); ++i)
        path = dir.absoluteFilePath(stem + QLatin1Char('-') + QString::number(i) + QStringLiteral(".nsb"));
    m_result.filePath = path;
    m_result.fileName = QFileInfo(path).fileName();
    m_result.sha256Path = path + QStringLiteral(".sha256");

    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString detail = m_file->errorString();
        m_file.reset();
        m_exchange->abortWith(diskError(tr("Cannot create %1.").arg(path), detail));
        return false;
    }
    return true;
}

void BackupDownloader::onChunk(const QByteArray& data)
{
    if (m_errorMode) {
        if (m_errorBody.size() + data.size() > kMaxErrorBody) {
            m_exchange->abortWith(ApiError::make(ApiError::Kind::Malformed,
                                                 tr("The appliance sent a large non-backup reply to the backup "
                                                    "request. Check that the URL points at the appliance's public "
                                                    "site.")));
            return;
        }
        m_errorBody += data;
        return;
    }
    if (!m_file)
        return;
    if (m_head.size() < kHeadBytes)
        m_head += data.left(kHeadBytes - m_head.size());
    m_received += data.size();
    EVP_DigestUpdate(m_hash.get(), data.constData(), static_cast<size_t>(data.size()));
    if (m_file->write(data) != data.size())
        m_exchange->abortWith(
            diskError(tr("Writing the backup to %1 failed.").arg(m_result.filePath), m_file->errorString()));
}

void BackupDownloader::onExchangeFinished()
{
    HttpExchange* exchange = m_exchange;
    if (!exchange || m_finished)
        return;
    exchange->deleteLater();
    m_peakBuffered = std::max(m_peakBuffered, exchange->peakBufferedBytes());
    HttpExchange::Response r = exchange->response();
    if (r.error.isError()) {
        fail(r.error);
        return;
    }
    // A textual reply, or a small "backup" that is really an XML/JSON error sent with 200.
    const bool looksLikeError = m_errorMode || (m_received < kHeadBytes &&
                                                (m_head.trimmed().startsWith('<') || m_head.trimmed().startsWith('{')));
    if (looksLikeError) {
        r.body = m_errorMode ? m_errorBody : m_head;
        Classified c = classifyReply(r, m_context->credentials.mode, QStringLiteral("perm_backup"));
        if (!c.error && m_errorMode) {
            c.error = ApiError::make(ApiError::Kind::Malformed,
                                     tr("The appliance answered the backup request with text instead of a backup "
                                        "file. Check that the URL points at the appliance's public site."),
                                     QString::fromUtf8(r.body.left(200)));
        }
        if (c.error) {
            if (m_file) {
                m_file->cancelWriting();
                m_file.reset();
            }
            if (c.tokenRejected && m_attempts == 1) {
                m_context->tokens->invalidate(m_context->settings, m_context->credentials, m_token);
                requestToken();
                return;
            }
            if (c.error->kind == ApiError::Kind::Permission)
                c.error->message = tr("This API account may not download backups. In /login > Management > API "
                                      "Configuration, tick \"Allow Access to the Backup API\" for it.");
            fail(*c.error);
            return;
        }
    }
    if (m_expected >= 0 && m_received != m_expected) {
        fail(ApiError::make(ApiError::Kind::Network,
                            tr("The backup download was cut short (%1 of %2 bytes). Nothing was saved; try again.")
                                .arg(m_received)
                                .arg(m_expected)));
        return;
    }
    if (m_received == 0 || !m_file) {
        fail(ApiError::make(ApiError::Kind::Malformed,
                            tr("The appliance sent an empty backup. Nothing was saved; check the appliance, then try "
                               "again.")));
        return;
    }
    complete();
}

void BackupDownloader::complete()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_hash.get(), reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.truncate(length);
    m_result.sha256Hex = QString::fromLatin1(digest.toHex());
    m_result.bytes = m_received;
    if (!m_file->commit()) {
        const QString detail = m_file->errorString();
        m_file.reset();
        fail(diskError(tr("Saving the backup as %1 failed.").arg(m_result.filePath), detail));
        return;
    }
    m_file.reset();
    QSaveFile sum(m_result.sha256Path);
    const QByteArray line = m_result.sha256Hex.toLatin1() + "  " + m_result.fileName.toUtf8() + "\n";
    if (!sum.open(QIODevice::WriteOnly) || sum.write(line) != line.size() || !sum.commit()) {
        const QString detail = sum.errorString();
        QFile::remove(m_result.filePath);
        fail(diskError(tr("Saving the checksum file %1 failed; the backup was removed.").arg(m_result.sha256Path),
                       detail));
        return;
    }
    m_finished = true;
    m_token.clear();
    emit finished();
}

void BackupDownloader::cancel()
{
    if (m_finished)
        return;
    const ApiError cancelled =
        ApiError::make(ApiError::Kind::Cancelled, tr("The backup download was cancelled. Nothing was saved."));
    if (m_exchange && !m_exchange->isFinished()) {
        m_exchange->abortWith(cancelled);
        if (m_finished)
            return;
    }
    fail(cancelled);
}

void BackupDownloader::fail(const ApiError& error)
{
    if (m_finished)
        return;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_finished = true;
    m_error = error;
    m_token.clear();
    const QString keepName = m_result.fileName;
    m_result = BackupResult();
    m_result.fileName = keepName;
    emit finished();
}

ApiError BackupDownloader::diskError(const QString& what, const QString& detail) const
{
    return ApiError::make(ApiError::Kind::Disk,
                          what + QLatin1Char(' ') +
                              tr("Nothing was saved. Free some disk space or choose another folder, then try "
                                 "again."),
                          detail);
}

} // namespace dr::api
