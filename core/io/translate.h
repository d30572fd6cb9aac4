#pragma once

#include <QCoreApplication>
#include <QString>

namespace Waymark {

// A user-facing text of core and of the drawing code, translated in the one context every
// message of Waymark's uses ("Waymark"), for code outside a QObject. Inside a QObject class
// its own tr() is found first, as it should be.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark", text);
}

} // namespace Waymark
