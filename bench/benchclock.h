#pragma once

#include <QElapsedTimer>

// The one monotonic clock a bench program times its steps with: started once in main()
// (benchClock().start()), read in nanoseconds, shown in milliseconds.
namespace Waymark::BenchClock {

inline QElapsedTimer &benchClock()
{
    static QElapsedTimer timer;
    return timer;
}

inline qint64 nowNs()
{
    return benchClock().nsecsElapsed();
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace Waymark::BenchClock
