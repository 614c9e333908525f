#pragma once

// A drill lab running on its own thread (its own event loop), as real appliances run apart from the client:
// the client's event loop then measures only the client. Shared by the benchmarks.
#include "lab/Lab.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <functional>

namespace dr::bench {

struct LabInfo
{
    bool ok = false;
    QString error;
    QList<QUrl> urls;
    QSslCertificate ca;
    lab::LabAccount account;
};

class LabThread : public QThread
{
public:
    // `setup` runs on the lab's thread once it started (inject faults, sizes...).
    LabThread(lab::Topology topology, int trafficNodes, std::function<void(lab::Lab&)> setup = {})
        : m_topology(topology), m_traffic(trafficNodes), m_setup(std::move(setup))
    {
    }
    ~LabThread() override
    {
        quit();
        wait();
    }
    // Diagnostic: how many QObjects the lab holds (connections, sockets, timers), counted on the lab's thread.
    int labObjectCount()
    {
        int n = -1;
        if (m_context)
            QMetaObject::invokeMethod(
                m_context, [this, &n] { n = static_cast<int>(m_lab->findChildren<QObject*>().size()); },
                Qt::BlockingQueuedConnection);
        return n;
    }
    // Starts the thread and waits until the lab listens.
    LabInfo startLab()
    {
        start();
        m_ready.acquire();
        return m_info;
    }

protected:
    void run() override
    {
        {
            lab::Lab lab;
            QObject context;
            m_lab = &lab;
            m_info.ok = lab.start(m_topology, m_traffic);
            m_info.error = lab.errorString();
            if (m_info.ok) {
                for (const lab::LabAppliance* a : lab.appliances())
                    m_info.urls.append(a->url());
                m_info.ca = lab.caCertificate();
                m_info.account = lab.defaultAccount();
                if (m_setup)
                    m_setup(lab);
            }
            if (m_info.ok)
                m_context = &context;
            m_ready.release();
            if (m_info.ok)
                exec();
            m_context = nullptr;
        }
    }

private:
    lab::Topology m_topology;
    int m_traffic;
    std::function<void(lab::Lab&)> m_setup;
    LabInfo m_info;
    lab::Lab* m_lab = nullptr;
    QObject* m_context = nullptr;
    QSemaphore m_ready;
};

} // namespace dr::bench
