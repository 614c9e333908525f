#include "site/SiteFile.h"

#include "common/AtomicWrite.h"
#include "site/SiteMigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace dr::site {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("dr::site::SiteFile", s);
}

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

SiteLoadResult parseSiteProfile(const QByteArray& bytes, const QString& shownName)
{
    SiteLoadResult r;
    const QString name = shownName.isEmpty() ? tr("The site file") : tr("The site file %1").arg(shownName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = tr("%1 is not valid JSON (%2 at byte %3): fix it, or restore the previous version (.bak).")
                      .arg(name, parseError.errorString())
                      .arg(parseError.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error =
            tr("%1 must hold one JSON object in braces { }: fix it, or restore the previous version (.bak).").arg(name);
        return r;
    }
    const std::optional<QJsonObject> current = migrateToCurrent(doc.object(), &r.fromVersion, &r.issues);
    if (!current) {
        r.error = name + QStringLiteral(": ") + r.issues.last().toString();
        return r;
    }
    r.profile = SiteProfile::fromJson(*current, &r.issues);
    return r;
}

SiteLoadResult loadSiteProfile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SiteLoadResult r;
        r.error = tr("Cannot read the site file %1: %2. Check the path and the permissions.")
                      .arg(shown(path), file.errorString());
        return r;
    }
    if (file.size() > kMaxFileBytes) {
        SiteLoadResult r;
        r.error = tr("The site file %1 is larger than 16 MiB: it is not a site profile. Choose the right file.")
                      .arg(shown(path));
        return r;
    }
    return parseSiteProfile(file.readAll(), shown(path));
}

QString siteBackupPath(const QString& path)
{
    return path + QStringLiteral(".bak");
}

bool saveSiteProfile(const QString& path, const SiteProfile& profile, QString* error)
{
    const QString target = shown(path);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        *error = tr("Cannot save %1: the folder does not exist. Create it or choose another place.").arg(target);
        return false;
    }
    const QByteArray bytes = profile.toJsonBytes();
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot save %1: the current file cannot be read (%2), so its previous version could not "
                        "be kept. Check the permissions.")
                         .arg(target, existing.errorString());
            return false;
        }
        const QByteArray previous = existing.readAll();
        existing.close();
        const QJsonDocument doc = QJsonDocument::fromJson(previous);
        if (doc.isObject() && schemaVersionOf(doc.object()) > kSchemaVersion) {
            *error = tr("Not saving over %1: it was written by a newer version of Appliance DR Runbook and would "
                        "lose what this version does not understand. Save under another name.")
                         .arg(target);
            return false;
        }
        if (previous == bytes)
            return true;
        // The previous version goes to FILE.bak first, all or nothing; only then is FILE replaced, all or nothing.
        QString why;
        if (!writeAtomically(siteBackupPath(path), previous, &why)) {
            *error = tr("Cannot save %1. Nothing was changed: keeping its previous version failed. %2").arg(target, why);
            return false;
        }
    }
    // On failure the sentence names the file, says the file on disk is unchanged and what to check.
    return writeAtomically(path, bytes, error);
}

} // namespace dr::site
