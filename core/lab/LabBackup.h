#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace dr::lab {

// The lab's generated .nsb backups: deterministic content (a function of the appliance GUID), any size,
// produced chunk by chunk so nothing is ever held whole in memory. Tests use sha256() to check a download.
class LabBackup
{
public:
    static quint64 seedFor(const QString& guid);
    // Bytes [offset, offset + count) of the backup with this seed.
    static QByteArray bytes(quint64 seed, qint64 offset, qint64 count);
    // SHA-256 of the whole backup (reads it through bytes(), flat memory).
    static QByteArray sha256(quint64 seed, qint64 size);
    // The vendor's default order: Bomgar, product version, site name, download date, unique id.
    // version "23.2.4 (41027-...)" -> "23.2.4"; e.g. Bomgar-23.2.4-drlab-20261125-1a2b3c4d.nsb
    static QString defaultFileName(const QString& version, const QString& siteName, const QDate& date,
                                   const QString& uniqueId);
};

} // namespace dr::lab
