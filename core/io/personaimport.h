#pragma once

#include "model/persona.h"

#include <QList>
#include <QString>

namespace Waymark {

class Document;

// Copying personas from another map, so that a team keeps one cast across its journeys.
// Only the persona rows travel (profile, empathy map, colour, photo): emotion points belong
// to the other map's stages and card tags to its cards, neither of which exist here.
namespace PersonaImport {

// The personas of the map file at `path`, in its order, ids cleared. The file is only read
// (an older one is upgraded in a private copy). Throws StoreError as Document::open does.
QList<Persona> readFrom(const QString &path);

// What importing `candidates` into `document` adds: those whose name no persona of the
// document has (ignoring case and surrounding spaces), so that importing twice adds nothing.
// The names left out go to `skipped`.
QList<Persona> newTo(const Document &document, const QList<Persona> &candidates, QStringList *skipped = nullptr);

} // namespace PersonaImport

} // namespace Waymark
