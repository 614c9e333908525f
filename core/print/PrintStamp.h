#pragma once

#include "runbook/Plan.h"

#include <QDateTime>
#include <QString>

namespace dr::print {

// What every printed page carries so that a stale copy can be recognised: the app version, a short SHA-256 of
// the scenario definition it was printed from, and the print date. A printed checklist whose hash differs from
// hashOf() of the scenario in the running app was printed from an older (or newer) definition.
struct PrintStamp
{
    QString appVersion;     // dr::appVersion()
    QString definitionHash; // short hex (12 digits) of hashOf(); empty on pages not tied to a scenario
    QString scenarioLabel;  // "failover_primary_failed v3"
    QDateTime printedAt;    // UTC

    // "drrunbook 0.1.0 | failover_primary_failed v3 | definition sha256:0123456789ab | printed 2026-11-25 16:02 UTC"
    QString text() const;

    // SHA-256 (hex) over a canonical form of the expanded plan: every file's id and version, and every step's
    // id, kind, texts, record/check/action/decision fields and applies_to, in plan order. Any change to what
    // the checklist would print (or to how the wizard would run it) changes the hash.
    static QString hashOf(const runbook::Plan& plan);
    static QString shortHash(const QString& hexHash) { return hexHash.left(12); }
    static PrintStamp forPlan(const runbook::Plan& plan, const QDateTime& printedAt);
    static PrintStamp general(const QDateTime& printedAt);
};

} // namespace dr::print
