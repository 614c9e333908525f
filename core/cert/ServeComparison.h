#pragma once

#include "cert/CertReport.h"
#include "cert/ServedChainProbe.h"

#include <optional>
#include <vector>

namespace dr::cert {

enum class ServeVerdict {
    ServesRestored,  // "serves_restored": the served leaf is the backup's (SHA-256) with all its intermediates
    ChainIncomplete, // "chain_incomplete": the right leaf, but intermediates of the backup are not served
    ServesDifferent, // "serves_different": another certificate (e.g. the factory "Bomgar Appliance" one)
    NotCompared,     // "not_compared": the appliance could not be reached, or the backup has no leaf
};

QString verdictCode(ServeVerdict v);

struct ServeComparison
{
    ServeVerdict verdict = ServeVerdict::NotCompared;
    QString message;                            // plain words: the verdict and what to do
    std::optional<CertInfo> expectedLeaf;       // from the backup
    std::optional<CertInfo> servedLeaf;         // what the appliance presents
    std::vector<CertInfo> missingIntermediates; // in the backup's chain, not served
    ServedChain served;
};

// Compares what the appliance serves with the backup's chain (leaf SHA-256 first, then intermediates).
// The root is not expected on the wire.
ServeComparison compareServed(const CertReport& backup, const ServedChain& served);

} // namespace dr::cert
