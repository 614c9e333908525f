#pragma once

#include "runbook/Scenario.h"

namespace dr::runbook {

// The translation context of every scenario string. lupdate finds them in ScenarioStrings.cpp, which is generated
// from the scenario files (renderStringsSource) and checked by a test to be in sync with them.
inline constexpr char kTranslationContext[] = "scenario";

QString translateText(const QString& source);

struct SourceString
{
    QString text;
    QString origin; // "file.json#step_id" for the translator comment
};

// Every user-visible string of the scenarios, in file order, without duplicates. Parse with translate=false.
QList<SourceString> extractStrings(const QList<Scenario>& scenarios);

// The C++ source of ScenarioStrings.cpp for those strings.
QString renderStringsSource(const QList<SourceString>& strings);

// The strings compiled into ScenarioStrings.cpp (what lupdate extracts).
QStringList compiledStrings();

} // namespace dr::runbook
