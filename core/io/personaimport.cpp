#include "personaimport.h"

#include "document/document.h"

#include <QSet>

namespace Waymark::PersonaImport {

namespace {

QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

QList<Persona> readFrom(const QString &path)
{
    const auto source = Document::open(path, Store::Access::ReadOnly);
    QList<Persona> personas = source->personas();
    for (Persona &persona : personas)
        persona.id = 0;
    return personas;
}

QList<Persona> newTo(const Document &document, const QList<Persona> &candidates, QStringList *skipped)
{
    QSet<QString> taken;
    for (const Persona &persona : document.personas())
        taken.insert(nameKey(persona.name));
    QList<Persona> added;
    for (const Persona &persona : candidates) {
        const QString key = nameKey(persona.name);
        if (taken.contains(key)) {
            if (skipped)
                skipped->append(persona.name);
            continue;
        }
        taken.insert(key); // two of the same name in the source: the first wins
        added.append(persona);
    }
    return added;
}

} // namespace Waymark::PersonaImport
