#include "selection.h"

#include "document/document.h"

namespace Waymark {

Selection::Selection(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::stageRemoved, this, &Selection::prune);
    connect(document, &Document::laneRemoved, this, &Selection::prune);
    connect(document, &Document::personaRemoved, this, &Selection::prune);
    connect(document, &Document::cardRemoved, this, &Selection::prune);
    connect(document, &Document::businessPeriodsChanged, this, &Selection::prune);
    connect(document, &Document::reset, this, &Selection::prune);
}

QList<Id> Selection::ids(Entity entity) const
{
    QList<Id> ids;
    for (const ElementRef &ref : m_elements) {
        if (ref.entity == entity)
            ids.append(ref.id);
    }
    return ids;
}

void Selection::set(const QList<ElementRef> &elements, const ElementRef &current)
{
    QList<ElementRef> unique;
    for (const ElementRef &ref : elements) {
        if (ref.isValid() && !unique.contains(ref))
            unique.append(ref);
    }
    const ElementRef focus = unique.contains(current) ? current : (unique.isEmpty() ? ElementRef{} : unique.last());
    if (unique == m_elements && focus == m_current)
        return;
    m_elements = unique;
    m_current = focus;
    emit changed();
}

void Selection::prune()
{
    QList<ElementRef> kept;
    for (const ElementRef &ref : std::as_const(m_elements)) {
        if (m_document->exists({ref.entity, ref.id, 0}))
            kept.append(ref);
    }
    if (kept.size() != m_elements.size())
        set(kept, m_current);
}

} // namespace Waymark
