#pragma once

#include "model/ids.h"

#include <QListWidget>

namespace Waymark {

class MapSession;

// The other side of an inspected card's links. For an opportunity: every pain point of the
// map, checked when the opportunity addresses it; checking or unchecking one is an undo step.
// For a pain point: the opportunities that address it, read-only (linking is done from the
// opportunity, where the choice is among pain points). Double-clicking a row selects that
// card. Other kinds show nothing: the form hides the row.
class CardLinkList : public QListWidget
{
    Q_OBJECT

public:
    CardLinkList(MapSession *session, Id card, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    // Whether the card is of a kind that has links to show, and the label its row gets.
    bool applies() const;
    QString label() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    void toggled(QListWidgetItem *item);
    int heightForRows(int rows) const;

    MapSession *m_session;
    Id m_card;
    bool m_readOnly = false;
    bool m_updating = false;
    bool m_rebuildQueued = false;
};

} // namespace Waymark
