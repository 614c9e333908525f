#pragma once

// Small helpers shared by the RunEngine*.cpp files (internal, not part of the engine's API).

#include <QString>

namespace dr::runbook::detail {

inline void setError(QString* error, const QString& msg)
{
    if (error)
        *error = msg;
}

// Evidence keys and other fixed ASCII names.
inline QString ev(const char* s)
{
    return QString::fromLatin1(s);
}

} // namespace dr::runbook::detail
