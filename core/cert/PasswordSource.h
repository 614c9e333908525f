#pragma once

#include "cert/Pkcs12Reader.h"

#include <optional>

namespace dr::cert {

// Where a .p12 password comes from: the GUI's dialog, the CLI's no-echo prompt, or a test script
// ("wrong password, then right"). The core never asks the user itself.
class PasswordSource
{
public:
    virtual ~PasswordSource() = default;
    // attempt counts from 1; lastError is WrongPassword on a retry, None on the first ask.
    // nullopt: the user cancelled.
    virtual std::optional<Secret> password(const QString& file, int attempt, ImportError lastError) = 0;
};

struct InteractiveImport
{
    ImportResult result;
    bool cancelled = false;
    int attempts = 0;
};

// Imports without asking when the file opens with an empty password or cannot be a PKCS#12 at all;
// otherwise asks, and asks again after a wrong password, up to maxAttempts times. Any other error ends
// at once (asking again would not help). When the user cancels, `cancelled` is set (check it first).
InteractiveImport importPkcs12Interactive(const QString& path, PasswordSource& source, int maxAttempts = 3,
                                          const ImportOptions& options = {});

} // namespace dr::cert
