// DrillSession::parseTopology, apart from the drill session itself: the first window checks the topology it was
// started with before the lab (and its TLS) is loaded.
#include "DrillSession.h"

namespace dr::ui {

std::optional<lab::Topology> DrillSession::parseTopology(const QString& text)
{
    if (text == QLatin1String("single"))
        return lab::Topology::Single;
    if (text == QLatin1String("pair"))
        return lab::Topology::Pair;
    if (text == QLatin1String("atlas"))
        return lab::Topology::Atlas;
    return std::nullopt;
}

} // namespace dr::ui
