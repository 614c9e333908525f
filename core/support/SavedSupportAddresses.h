#pragma once

#include "support/SupportAddresses.h"

class QSettings;

namespace dr::support {

// The support addresses the operator saved in the GUI (Settings > support addresses, kept by
// ui/SupportAddressesEditor under "support/addresses/<key>" in the application's QSettings). Only what differs
// from the guide is stored; a missing key keeps the guide's address. Lives in core so that programs without
// widgets (drrunbook-cli print) read the same addresses the GUI prints.
struct SavedSupportAddresses
{
    static SupportAddresses load(const QSettings& settings);
    static void save(QSettings& settings, const SupportAddresses& addresses);
    // The GUI's settings (organization and application "drrunbook", the ones app/gui/main.cpp sets), whatever
    // the calling program's own application name is.
    static SupportAddresses loadFromGuiSettings();
};

} // namespace dr::support
