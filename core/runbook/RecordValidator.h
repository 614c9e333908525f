#pragma once

#include "runbook/Step.h"

namespace dr::runbook {

// Validates and normalises a value the operator records (an IP, a netmask, an incident number ...).
class RecordValidator
{
public:
    struct Result
    {
        bool ok = false;
        QString normalized; // the value to store (trimmed; "Incident# 40100" -> "40100")
        QString message;    // what is wrong and what to enter instead (translated)
    };
    static Result validate(RecordType type, const QString& value);
    // An example of a valid value, for placeholders and the printed checklist.
    static QString example(RecordType type);
};

} // namespace dr::runbook
