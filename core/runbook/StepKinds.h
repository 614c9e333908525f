#pragma once

#include "runbook/Step.h"

#include <optional>

namespace dr::runbook {

// Names used in the scenario files and the journal for each enum, and the vocabulary the validator checks against.
namespace kinds {

QString toString(StepKind k);
QString toString(RecordType t);
QString toString(CheckKind k);
QString toString(ActionKind k);

std::optional<StepKind> stepKind(const QString& s);
std::optional<RecordType> recordType(const QString& s);
std::optional<CheckKind> checkKind(const QString& s);
std::optional<ActionKind> actionKind(const QString& s);

QStringList allStepKinds();
QStringList allRecordTypes();
QStringList allCheckKinds();

// Facts a step may be conditioned on, and their allowed values.
const QMap<QString, QStringList>& facts();

struct CheckParams
{
    QStringList required;
    QStringList optional;
};
// Parameters each check kind accepts.
CheckParams checkParams(CheckKind k);

} // namespace kinds
} // namespace dr::runbook
