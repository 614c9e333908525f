#pragma once

#include "runbook/Plan.h"

#include <QDateTime>
#include <QString>

namespace dr::print {

// What every printed page carries so that a stale copy can be recognised: the app version, the short form of the
// scenario's definition hash (runbook::Plan::definitionHash(), the one a run journals and a refused resume names),
// and the print date. A printed checklist whose hash differs from the definition of the scenario in the running
// app (or from the one a run recorded) was printed from an older (or newer) definition.
struct PrintStamp
{
    QString appVersion;     // dr::appVersion()
    QString definitionHash; // shortHash(Plan::definitionHash()); empty on pages not tied to a scenario
    QString scenarioLabel;  // "failover_primary_failed v3"
    QDateTime printedAt;    // UTC

    // "drrunbook 0.1.0 | failover_primary_failed v3 | definition sha256:0123456789ab | printed 2026-11-25 16:02 UTC"
    QString text() const;

    // The 12 hex digits shown for a definition hash (on paper and in the resume refusal of RunEngine).
    static QString shortHash(const QString& hexHash) { return hexHash.left(12); }
    static PrintStamp forPlan(const runbook::Plan& plan, const QDateTime& printedAt);
    static PrintStamp general(const QDateTime& printedAt);
};

} // namespace dr::print
