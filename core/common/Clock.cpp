#include "common/Clock.h"

namespace dr {

SystemClock& SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace dr
