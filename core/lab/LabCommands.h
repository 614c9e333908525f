#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace dr::lab {

class LabAppliance;
struct LabAccount;

// XML bodies of the command API replies, as a lab appliance would send them.
class LabCommands
{
public:
    explicit LabCommands(LabAppliance* appliance);

    QByteArray checkHealth() const;
    QByteArray getAppliances() const;
    QByteArray getApiInfo(const LabAccount& account) const;
    QByteArray getConnectedClientList(const QUrlQuery& params) const;
    QByteArray getLoggedInReps() const;
    QByteArray setFailoverRole(const QUrlQuery& params) const;
    QByteArray error(const QString& message) const;

    static QString apiVersionFor(const QString& productVersion);

private:
    LabAppliance* m_appliance;
};

} // namespace dr::lab
