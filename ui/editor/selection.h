#pragma once

#include "elementref.h"

#include <QList>
#include <QObject>

namespace Waymark {

class Document;

// What the user has selected, shared by the canvas, the inspector and the outline. Elements
// that leave the document leave the selection. An empty selection means "the map itself".
class Selection : public QObject
{
    Q_OBJECT

public:
    explicit Selection(Document *document, QObject *parent = nullptr);

    const QList<ElementRef> &elements() const { return m_elements; }
    bool isEmpty() const { return m_elements.isEmpty(); }
    bool contains(const ElementRef &ref) const { return m_elements.contains(ref); }
    // The selected elements of one kind, in selection order.
    QList<Id> ids(Entity entity) const;
    // The element with keyboard focus (the last one clicked); invalid when none.
    ElementRef current() const { return m_current; }

    void set(const QList<ElementRef> &elements, const ElementRef &current = {});
    void select(const ElementRef &ref) { set({ref}, ref); }
    void clear() { set({}); }

signals:
    void changed();

private:
    void prune();

    Document *m_document;
    QList<ElementRef> m_elements;
    ElementRef m_current;
};

} // namespace Waymark
