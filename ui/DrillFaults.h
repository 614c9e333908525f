#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dr::lab {
class Lab;
}

namespace dr::ui {

// A drill fault in the operator's words, mapped onto the lab's faults and controls (core/lab).
struct DrillFault
{
    enum class Scope { Site, Appliance };
    QString id;     // stable: "backup_does_not_take_over", "dns_old_primary", "hang", ...
    QString title;  // what the operator sees on the button or in the list (translated)
    QString detail; // what it does to the lab and which step of the guide shows it (translated)
    Scope scope = Scope::Appliance;
    bool needsPair = false; // only with a failover pair (pair and atlas topologies)
};

// The faults a drill can inject with one click. Site faults act on the whole lab (the failover pair, DNS); appliance
// faults on the appliance the operator selected.
class DrillFaults
{
    Q_DECLARE_TR_FUNCTIONS(DrillFaults)
public:
    static QList<DrillFault> siteFaults();
    static QList<DrillFault> applianceFaults();
    static const DrillFault* find(const QString& id);

    // Injects the fault; returns what happened in the operator's words, or an empty string and *error when the fault
    // does not apply (no such appliance, no failover pair).
    static QString inject(lab::Lab& lab, const QString& id, const QString& appliance, QString* error);
    // Undoes every fault of one appliance (lab faults, certificate, health, sync state).
    static QString clearAppliance(lab::Lab& lab, const QString& appliance);
    // Undoes the site faults that persist (the backup's connectivity test answers again).
    static QString clearSite(lab::Lab& lab);

    // The appliance that was primary when the drill started ("primary", "master-a").
    static QString originalPrimary(const lab::Lab& lab);
    // The failover peer currently in the backup role; empty when there is none.
    static QString currentBackup(const lab::Lab& lab);
};

} // namespace dr::ui
