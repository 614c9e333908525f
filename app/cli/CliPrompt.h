#pragma once

#include "common/Secret.h"

#include <QString>

#include <optional>

namespace dr::cli {

// Reads a secret: from the environment variable envName if set, otherwise from the terminal
// without echo. Returns nullopt when neither is possible (no variable and stdin is not a terminal).
std::optional<Secret> readSecret(const char* envName, const QString& prompt);

} // namespace dr::cli
