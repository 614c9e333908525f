#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace dr::api {

// Default .nsb file names, in the order the vendor guide gives (product, version, site name, date, unique id):
//   "Bomgar-<version>-<site>-<yyyy-MM-dd>-<uniqueid>.nsb"
// Each part is sanitised for a file name; an empty version reads "unknown".
QString buildBackupName(const QString& productVersion, const QString& siteName, const QDate& date,
                        const QString& uniqueId);

// A fresh unique id (12 lower-case hex digits from a cryptographic source).
QString newBackupUniqueId();

// The filename from a Content-Disposition header (filename*=UTF-8''… preferred over filename="…"),
// sanitised: no directory parts, no control or reserved characters, no leading dots, at most 150 characters,
// ".nsb" appended if missing. nullopt when there is no usable name.
std::optional<QString> backupNameFromContentDisposition(const QByteArray& header);

// Makes one file-name component safe (used for both of the above).
QString sanitizeFileNamePart(const QString& part);

} // namespace dr::api
