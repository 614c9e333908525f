#pragma once

#include "runbook/Scenario.h"

#include <QByteArray>

#include <optional>

namespace dr::runbook {

// Parses one scenario file strictly: unknown keys, wrong types, unknown kinds and missing fields are errors.
// Every message names the file and, where there is one, the step id, and says how to fix it.
class ScenarioParser
{
public:
    // translate: pass the user-visible strings through QCoreApplication::translate("scenario", ...).
    static std::optional<Scenario> parse(const QByteArray& json, const QString& fileName, QStringList* errors,
                                         bool translate = true);
};

} // namespace dr::runbook
