#pragma once

#include "runbook/CheckRunner.h"

#include <QObject>

namespace dr::runbook {

// Runs the waits of the engine on the Qt event loop. Callbacks are dropped if the scheduler is destroyed first.
class QtScheduler final : public Scheduler
{
public:
    QtScheduler();
    ~QtScheduler() override;
    void after(int msecs, std::function<void()> fn) override;

private:
    QObject m_context;
};

// Runs every callback at once (tests, headless drills with no real waiting).
class ImmediateScheduler final : public Scheduler
{
public:
    void after(int msecs, std::function<void()> fn) override;
    qint64 totalWaitedMsecs() const { return m_waited; }

private:
    qint64 m_waited = 0;
};

} // namespace dr::runbook
