#include "backup/BackupLog.h"

#include "backup/ScheduledBackup.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace dr::backup {

std::optional<BackupLogEntry> BackupLog::parseLine(const QString& line)
{
    static const QRegularExpression head(QStringLiteral("^(\\S+) (OK|FAILED)( .*)?$"));
    static const QRegularExpression field(QStringLiteral(" ([a-z0-9_]+)=(\"[^\"]*\"|\\S*)"));
    const QRegularExpressionMatch m = head.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    BackupLogEntry e;
    e.when = QDateTime::fromString(m.captured(1), Qt::ISODate).toUTC();
    if (!e.when.isValid())
        return std::nullopt;
    e.ok = m.captured(2) == QLatin1String("OK");
    e.line = line.trimmed();
    auto it = field.globalMatch(m.captured(3));
    while (it.hasNext()) {
        const QRegularExpressionMatch f = it.next();
        QString value = f.captured(2);
        if (value.startsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        const QString key = f.captured(1);
        if (key == QLatin1String("site"))
            e.site = value;
        else if (key == QLatin1String("appliance"))
            e.appliance = value;
        else if (key == QLatin1String("file"))
            e.file = value;
        else if (key == QLatin1String("reason"))
            e.reason = value;
    }
    return e;
}

QList<BackupLogEntry> BackupLog::tail(const QString& folder, int count)
{
    QFile f(QDir(folder).filePath(ScheduledBackup::logFileName()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kTail = 64 * 1024;
    if (f.size() > kTail)
        f.seek(f.size() - kTail);
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (f.size() > kTail && !lines.isEmpty())
        lines.removeFirst(); // probably cut in the middle
    QList<BackupLogEntry> out;
    for (const QString& line : lines) {
        if (auto e = parseLine(line))
            out << *e;
    }
    return out.mid(std::max<qsizetype>(0, out.size() - count));
}

std::optional<BackupLogEntry> BackupLog::last(const QString& folder)
{
    const QList<BackupLogEntry> entries = tail(folder, 1);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.last();
}

} // namespace dr::backup
