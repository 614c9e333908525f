// libFuzzer target: replaying a run journal (JSON Lines) after a crash, and rebuilding the run from its events.
// A journal on disk may be torn, corrupt or hand-edited: replay must report it, never crash.
#include "runbook/Run.h"
#include "runbook/RunJournal.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    const dr::runbook::RunJournal::Replay replay = dr::runbook::RunJournal::replay(path);
    if (replay.validBytes < 0 || replay.validBytes > static_cast<qint64>(size))
        std::abort(); // resuming would append at a position outside the file
    const dr::runbook::Run run = dr::runbook::Run::fromEvents(replay.events);
    (void)run.toJson();
    (void)run.totalMsecs();
    (void)run.history();
    return 0;
}
