#include "backup/ScheduledBackup.h"

#include "site/SiteConnection.h"
#include "support/NsbFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dr::backup {

namespace {

QString versionOnly(const QString& healthVersion)
{
    // check_health gives "23.2.4" or "23.2.4 (12345-abc...)": the name carries the version alone.
    return healthVersion.section(QLatin1Char(' '), 0, 0).trimmed();
}

QString quoted(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

ScheduledBackup::ScheduledBackup(site::SiteProfile profile, QString profilePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_profilePath(std::move(profilePath)), m_clock(&clock)
{
    m_pool.setMaxThreadCount(1);
}

ScheduledBackup::~ScheduledBackup()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void ScheduledBackup::setCredentials(const api::Credentials& credentials)
{
    m_credentials = credentials;
}

void ScheduledBackup::setBackupPassword(const std::optional<Secret>& password)
{
    m_password = password;
}

void ScheduledBackup::setKeep(int keep)
{
    m_keep = keep;
}

void ScheduledBackup::setTimeouts(int transferTimeoutMs, qint64 backupDeadlineMs)
{
    m_transferTimeoutMs = transferTimeoutMs;
    m_deadlineMs = backupDeadlineMs;
}

QString ScheduledBackup::logFileName()
{
    return QStringLiteral("drrunbook-backup.log");
}

QString ScheduledBackup::backupFolder(const site::SiteProfile& profile, const QString& profilePath)
{
    return site::resolveProfilePath(profilePath, profile.backups.folder);
}

const site::Appliance* ScheduledBackup::sourceAppliance(const site::SiteProfile& profile, QString* error)
{
    if (const site::Appliance* a = profile.backupSource())
        return a;
    *error = profile.backups.fromAppliance.isEmpty()
                 ? tr("the site profile records no primary appliance: set failover_role \"primary\" on one appliance "
                      "or name one in backups.from_appliance")
                 : tr("backups.from_appliance \"%1\" is not an appliance of the site profile: correct it")
                       .arg(profile.backups.fromAppliance);
    return nullptr;
}

std::optional<api::ConnectionSettings> ScheduledBackup::settingsFor(const site::Appliance& appliance,
                                                                    QString* error) const
{
    auto settings = site::connectionSettingsFor(appliance, m_profilePath, error);
    if (settings && m_transferTimeoutMs > 0) {
        settings->transferTimeoutMs = m_transferTimeoutMs;
        settings->deadlineMs = std::max(settings->deadlineMs, 4 * m_transferTimeoutMs);
    }
    if (settings && m_deadlineMs > 0)
        settings->backupDeadlineMs = m_deadlineMs;
    if (settings)
        settings->userAgent = QStringLiteral("drrunbook-backup");
    return settings;
}

void ScheduledBackup::start()
{
    if (m_started)
        return;
    m_started = true;
    m_folder = backupFolder(m_profile, m_profilePath);
    if (m_folder.isEmpty()) {
        fail(tr("the site profile has no backups.folder: choose the folder the backups go to"));
        return;
    }
    if (!QDir().mkpath(m_folder) || !QFileInfo(m_folder).isWritable()) {
        fail(tr("the backup folder %1 cannot be created or written: check the path and permissions").arg(m_folder));
        return;
    }
    QString why;
    const site::Appliance* source = sourceAppliance(m_profile, &why);
    if (!source) {
        fail(why);
        return;
    }
    m_candidates << source;
    if (m_profile.backups.fromAppliance.isEmpty()) {
        for (const site::Appliance& a : m_profile.appliances) {
            if (&a != source &&
                (a.failoverRole == QLatin1String("primary") || a.failoverRole == QLatin1String("backup")))
                m_candidates << &a;
        }
    }
    m_tokens = std::make_unique<api::TokenManager>(*m_clock);
    checkNext();
}

void ScheduledBackup::checkNext()
{
    if (m_next >= m_candidates.size()) {
        fail(m_firstFailure);
        return;
    }
    const site::Appliance& appliance = *m_candidates.at(m_next++);
    QString why;
    const auto settings = settingsFor(appliance, &why);
    if (!settings) {
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
        checkNext();
        return;
    }
    auto* client = new api::ApiClient(*settings, m_credentials, *m_clock, m_tokens.get(), this);
    m_client = client;
    auto* call = client->checkHealth();
    const QString name = appliance.name;
    connect(call, &api::ApiCall::finished, this, [this, call, client, settings = *settings, &appliance, name] {
        const api::Result<api::HealthCheck> health = call->result();
        client->deleteLater();
        if (health.ok()) {
            if (health.value->failoverRole == QLatin1String("backup") && m_next < m_candidates.size()) {
                if (m_firstFailure.isEmpty())
                    m_firstFailure = tr("appliance \"%1\" is a failover backup now and no other appliance answered "
                                        "as primary")
                                         .arg(name);
                checkNext(); // failed over since the profile was written: find the primary now
                return;
            }
            download(appliance, settings, versionOnly(health.value->version));
            return;
        }
        if (health.error.kind == api::ApiError::Kind::Permission) {
            download(appliance, settings, QString()); // a Backup-API-only account: no version from check_health
            return;
        }
        if (m_firstFailure.isEmpty())
            m_firstFailure = tr("appliance \"%1\": %2").arg(name, health.error.oneLine());
        checkNext();
    });
}

void ScheduledBackup::download(const site::Appliance& appliance, const api::ConnectionSettings& settings,
                               const QString& version)
{
    m_result.appliance = appliance.name;
    m_expectedVersion = version;
    api::BackupOptions options;
    options.outputDir = m_folder;
    options.password = m_password;
    options.productVersion = version;
    options.siteName = m_profile.site.fqdn.isEmpty() ? settings.baseUrl.host() : m_profile.site.fqdn;
    m_downloader = std::make_unique<api::BackupDownloader>(settings, m_credentials, *m_clock, m_tokens.get());
    connect(m_downloader.get(), &api::BackupDownloader::progress, this, &ScheduledBackup::progress);
    connect(m_downloader.get(), &api::BackupDownloader::finished, this, &ScheduledBackup::onDownloaded);
    m_downloader->start(options);
}

void ScheduledBackup::onDownloaded()
{
    if (!m_downloader->ok()) {
        fail(tr("download from \"%1\" failed, older backups kept: %2")
                 .arg(m_result.appliance, m_downloader->error().oneLine()));
        return;
    }
    const api::BackupResult downloaded = m_downloader->result();
    m_result.filePath = downloaded.filePath;
    m_result.bytes = downloaded.bytes;
    m_result.sha256 = downloaded.sha256Hex;
    const int keep = m_keep > 0 ? m_keep : m_profile.backups.keep;
    const QString expected = m_expectedVersion;
    const QString folder = m_folder;
    // Hashing the file again and rotating read whole files: a worker thread keeps the event loop free.
    m_pool.start([this, downloaded, keep, expected, folder] {
        QString failure;
        const BackupEntry entry = BackupCatalog::verifyNow(downloaded.filePath, &m_cancel);
        const auto name = support::NsbFileName::parse(downloaded.fileName);
        if (entry.size != downloaded.bytes)
            failure = tr("the saved backup has %1 bytes, %2 were received: the disk may be failing")
                          .arg(entry.size)
                          .arg(downloaded.bytes);
        else if (!entry.isGood() || entry.recordedSha256 != downloaded.sha256Hex)
            failure = tr("the saved backup does not match its SHA-256: the disk may be failing");
        else if (!name || !name->version.isValid())
            failure = tr("the backup's name \"%1\" carries no product version: the restore rules need it")
                          .arg(downloaded.fileName);
        else if (!expected.isEmpty() && name->version.toString() != expected &&
                 name->version.toString().section(QLatin1Char('.'), 0, 2) != expected)
            failure = tr("the backup's name says version %1 but the appliance runs %2")
                          .arg(name->version.toString(), expected);
        RotationResult rotation;
        if (failure.isEmpty())
            rotation = BackupRotation::rotate(folder, keep, &m_cancel);
        const QString version = name ? name->version.toString() : QString();
        QMetaObject::invokeMethod(
            this,
            [this, failure, rotation, version] {
                m_result.version = version;
                onVerified(failure, rotation);
            },
            Qt::QueuedConnection);
    });
}

void ScheduledBackup::onVerified(const QString& failure, const RotationResult& rotation)
{
    if (!failure.isEmpty()) {
        QFile::remove(m_result.filePath);
        QFile::remove(m_result.filePath + QStringLiteral(".sha256"));
        const QString file = QFileInfo(m_result.filePath).fileName();
        m_result.filePath.clear();
        fail(tr("%1 failed verification and was deleted, older backups kept: %2").arg(file, failure));
        return;
    }
    m_result.rotation = rotation;
    m_result.ok = rotation.ok;
    m_result.reason = rotation.ok ? tr("saved %1 (%2 bytes, version %3) from \"%4\"; %5 kept, %6 old removed")
                                        .arg(QFileInfo(m_result.filePath).fileName())
                                        .arg(m_result.bytes)
                                        .arg(m_result.version, m_result.appliance)
                                        .arg(rotation.kept.size())
                                        .arg(rotation.removed.size())
                                  : tr("saved %1, but rotating old backups failed: %2")
                                        .arg(QFileInfo(m_result.filePath).fileName(), rotation.error);
    finish();
}

void ScheduledBackup::fail(const QString& reason)
{
    m_result.ok = false;
    m_result.reason = reason.isEmpty() ? tr("no appliance could be reached: check the site profile") : reason;
    m_result.reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
    finish();
}

void ScheduledBackup::finish()
{
    if (m_finished)
        return;
    const QString now = m_clock->nowUtc().toString(Qt::ISODate);
    QString line = now + (m_result.ok ? QStringLiteral(" OK") : QStringLiteral(" FAILED")) + QStringLiteral(" site=") +
                   quoted(m_profile.site.name);
    if (!m_result.appliance.isEmpty())
        line += QStringLiteral(" appliance=") + quoted(m_result.appliance);
    if (m_result.ok) {
        line += QStringLiteral(" file=") + quoted(QFileInfo(m_result.filePath).fileName()) +
                QStringLiteral(" bytes=%1 sha256=%2 version=%3 kept=%4 removed=%5")
                    .arg(m_result.bytes)
                    .arg(m_result.sha256, m_result.version)
                    .arg(m_result.rotation.kept.size())
                    .arg(m_result.rotation.removed.size());
    } else {
        line += QStringLiteral(" reason=") + quoted(m_result.reason);
    }
    m_result.logLine = line;
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir()) {
        QFile log(QDir(m_folder).filePath(logFileName()));
        const QByteArray bytes = line.toUtf8() + '\n';
        if (log.open(QIODevice::WriteOnly | QIODevice::Append) && log.write(bytes) == bytes.size())
            m_result.logPath = log.fileName();
    }
    m_finished = true;
    emit finished();
}

} // namespace dr::backup
