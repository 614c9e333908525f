#include "runbook/RunJournal.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace dr::runbook {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("dr::runbook::RunJournal", s);
}

bool syncToDisk(QFile& f, QString* error)
{
    if (!f.flush()) {
        if (error)
            *error = tr("cannot write the run journal %1: %2; free disk space or choose another folder")
                         .arg(f.fileName(), f.errorString());
        return false;
    }
    if (::fsync(f.handle()) != 0) {
        if (error)
            *error = tr("cannot sync the run journal %1 to disk: %2; check the disk")
                         .arg(f.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}
} // namespace

RunJournal::~RunJournal()
{
    close();
}

void RunJournal::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool RunJournal::create(const QString& path, QString* error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = tr("cannot create the run journal %1: %2; choose a writable folder or remove the old file")
                         .arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool RunJournal::openForResume(const QString& path, const Replay& replay, QString* error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = tr("cannot open the run journal %1 to continue the run: %2").arg(path, m_file.errorString());
        return false;
    }
    if (m_file.size() > replay.validBytes) {
        // Drop the torn tail left by the crash so the next record starts on a line of its own.
        if (!m_file.resize(replay.validBytes) || !syncToDisk(m_file, error)) {
            if (error && error->isEmpty())
                *error = tr("cannot repair the end of the run journal %1: %2").arg(path, m_file.errorString());
            close();
            return false;
        }
    }
    m_file.seek(m_file.size());
    return true;
}

bool RunJournal::append(const QJsonObject& event, QString* error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = tr("the run journal is not open");
        return false;
    }
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_file.write(line) != line.size()) {
        if (error)
            *error = tr("cannot write the run journal %1: %2; free disk space or choose another folder")
                         .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return syncToDisk(m_file, error);
}

RunJournal::Replay RunJournal::replay(const QString& path)
{
    Replay r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors << tr("cannot read the run journal %1: %2").arg(path, f.errorString());
        return r;
    }
    r.readable = true;
    const QByteArray data = f.readAll();
    qint64 pos = 0;
    int lineNo = 0;
    while (pos < data.size()) {
        ++lineNo;
        const qint64 nl = data.indexOf('\n', pos);
        const bool complete = nl >= 0;
        const QByteArray line = data.mid(pos, (complete ? nl : data.size()) - pos);
        const qint64 nextPos = complete ? nl + 1 : data.size();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        const bool ok =
            pe.error == QJsonParseError::NoError && doc.isObject() && doc.object().contains(QLatin1String("type"));
        if (!complete) {
            // A last line without its newline was being written when the program stopped: ignore it.
            r.notes << tr("%1: line %2 was cut off by a crash and is ignored (%3 bytes)")
                           .arg(path)
                           .arg(lineNo)
                           .arg(line.size());
            break;
        }
        if (ok) {
            r.events << doc.object();
            r.validBytes = nextPos;
        } else if (!line.trimmed().isEmpty()) {
            r.errors << tr("%1: line %2 is damaged and was skipped; the run record may miss an event there")
                            .arg(path)
                            .arg(lineNo);
            r.validBytes = nextPos;
        } else {
            r.validBytes = nextPos;
        }
        pos = nextPos;
    }
    return r;
}

} // namespace dr::runbook
