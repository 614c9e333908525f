#pragma once

#include "api/ApiClient.h"
#include "api/TokenManager.h"
#include "lab/Lab.h"

#include <QObject>

#include <memory>

namespace dr::api {
class TokenManager;
}

namespace dr::ui {

// A drill: the in-process lab with a scenario's topology, and one API client per lab appliance that trusts
// exactly the lab's CA (as an operator would configure --ca for a real site).
class DrillSession : public QObject
{
    Q_OBJECT
public:
    explicit DrillSession(QObject* parent = nullptr);
    ~DrillSession() override;

    bool start(lab::Topology topology);
    QString errorString() const { return m_error; }

    lab::Lab& lab() { return *m_lab; }
    QList<lab::LabAppliance*> appliances() const { return m_lab->appliances(); }
    api::ApiClient* client(const QString& applianceName) const;

    static std::optional<lab::Topology> parseTopology(const QString& text);

private:
    std::unique_ptr<lab::Lab> m_lab;
    api::TokenManager* m_tokens = nullptr;
    QHash<QString, api::ApiClient*> m_clients;
    QString m_error;
};

} // namespace dr::ui
