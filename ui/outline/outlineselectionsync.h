#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace Waymark {

class OutlineModel;
class Selection;

// Keeps the outline view's selected rows and the session's Selection in step, both ways.
//
// Rows the user selects become the Selection. A Selection made elsewhere (the canvas, the
// inspector) selects its stages, lanes and personas in the view; one that holds none of them
// (cards only, say) leaves the view as it is, so the outline keeps showing where the user
// was. Each direction is muted while it applies the other, so that neither echoes back.
class OutlineSelectionSync : public QObject
{
    Q_OBJECT

public:
    // The view must show `model`; the sync lives as long as the view.
    OutlineSelectionSync(QAbstractItemView *view, OutlineModel *model);

    void setSelection(Selection *selection); // nullptr: follow nothing

private:
    void viewChanged();
    void selectionChanged();

    QAbstractItemView *m_view;
    OutlineModel *m_model;
    QPointer<Selection> m_selection;
    bool m_applying = false;
};

} // namespace Waymark
