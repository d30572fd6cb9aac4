#pragma once

#include "model/mapdata.h"

#include <QList>
#include <QString>

namespace Waymark {

// The built-in journey maps a new map can start from, stored as JSON interchange files in
// the resources (resources/templates/NAME.json).
namespace TemplateLibrary {

struct Entry {
    QString name;    // for --template: "phone-store"
    QString title;   // the map's title
    QString summary; // the map's description
};

QList<Entry> entries(); // "blank" first, then by title
bool contains(const QString &name);
// Throws FormatError for an unknown name.
MapData load(const QString &name);

} // namespace TemplateLibrary

} // namespace Waymark
