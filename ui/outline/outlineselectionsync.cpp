#include "outlineselectionsync.h"

#include "editor/selection.h"
#include "outlinemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>

namespace Waymark {

OutlineSelectionSync::OutlineSelectionSync(QAbstractItemView *view, OutlineModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    Q_ASSERT(view->model() == model);
    QItemSelectionModel *rows = view->selectionModel();
    connect(rows, &QItemSelectionModel::selectionChanged, this, &OutlineSelectionSync::viewChanged);
    connect(rows, &QItemSelectionModel::currentChanged, this, &OutlineSelectionSync::viewChanged);
    // Clicking the row that is already selected changes nothing in the view, but should take
    // the Selection back from, say, a card picked on the canvas since.
    connect(view, &QAbstractItemView::clicked, this, &OutlineSelectionSync::viewChanged);
    // A reset drops the view's selection without a signal; the Selection still knows it.
    connect(model, &QAbstractItemModel::modelReset, this, &OutlineSelectionSync::selectionChanged);
}

void OutlineSelectionSync::setSelection(Selection *selection)
{
    if (m_selection == selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &Selection::changed, this, &OutlineSelectionSync::selectionChanged);
    selectionChanged();
}

void OutlineSelectionSync::viewChanged()
{
    if (m_applying || !m_selection)
        return;
    QList<ElementRef> picked;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const ElementRef ref = m_model->elementAt(index);
        if (OutlineModel::isListed(ref.entity) && ref.id != 0)
            picked.append(ref);
    }
    // What stays selected keeps its place in the Selection's order (which is the order the
    // user picked things in); what is new comes last.
    QList<ElementRef> elements;
    for (const ElementRef &ref : m_selection->elements()) {
        if (picked.contains(ref))
            elements.append(ref);
    }
    for (const ElementRef &ref : std::as_const(picked)) {
        if (!elements.contains(ref))
            elements.append(ref);
    }
    const ElementRef current = m_model->elementAt(m_view->selectionModel()->currentIndex());
    const QScopedValueRollback applying(m_applying, true);
    m_selection->set(elements, current);
}

void OutlineSelectionSync::selectionChanged()
{
    if (m_applying)
        return;
    QItemSelectionModel *rows = m_view->selectionModel();
    const QScopedValueRollback applying(m_applying, true);
    if (!m_selection || m_selection->isEmpty()) {
        rows->clearSelection();
        return;
    }
    QItemSelection wanted;
    QModelIndex last;
    for (const ElementRef &ref : m_selection->elements()) {
        const QModelIndex index = m_model->indexOf(ref);
        if (index.isValid()) {
            wanted.select(index, index);
            last = index;
        }
    }
    if (!last.isValid())
        return; // nothing the outline lists: keep showing what it showed
    rows->select(wanted, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = m_model->indexOf(m_selection->current());
    rows->setCurrentIndex(current.isValid() ? current : last, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(rows->currentIndex());
}

} // namespace Waymark
