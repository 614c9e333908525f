#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dr::runbook {

// The run journal: an append-only JSON Lines file, one event per line, flushed and fsync'd as each event happens,
// so that a crash (even kill -9 or a power cut after the call returned) loses nothing already appended.
// The engine never hands it a secret: secret record steps are journaled without their value.
class RunJournal
{
public:
    struct Replay
    {
        QList<QJsonObject> events;
        QStringList notes;     // harmless findings (a torn last line from a crash, ignored)
        QStringList errors;    // damage (a corrupt line in the middle): the run may be incomplete
        qint64 validBytes = 0; // where the last complete record ends; appending resumes there
        bool readable = false;
    };

    RunJournal() = default;
    ~RunJournal();
    RunJournal(const RunJournal&) = delete;
    RunJournal& operator=(const RunJournal&) = delete;

    // Creates a new journal; fails if the file exists (a run is never written over).
    bool create(const QString& path, QString* error);
    // Re-opens an existing journal to continue a run, cutting off a torn last line first.
    bool openForResume(const QString& path, const Replay& replay, QString* error);
    // Writes one event as a line, then flush + fsync. Returns false (with the reason) if the disk refused.
    bool append(const QJsonObject& event, QString* error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    void close();

    static Replay replay(const QString& path);

private:
    QFile m_file;
};

} // namespace dr::runbook
