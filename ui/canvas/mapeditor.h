#pragma once

#include "editor/elementref.h"
#include "model/enums.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace Waymark {

class MapScene;
class MapSession;
class MapView;

// The editing operations of the canvas, shared by the window's menus, the context menus and
// the keyboard: each turns into one undo step, and asks before deleting what holds cards.
class MapEditor : public QObject
{
    Q_OBJECT

public:
    MapEditor(MapSession *session, MapScene *scene, MapView *view, QObject *parent = nullptr);

    MapSession *session() const { return m_session; }
    MapScene *scene() const { return m_scene; }

    void addStage(int index);
    void addLane(int index, LaneKind kind = LaneKind::Notes);
    // Adds a card and opens its title for typing. `kind` defaults to the lane's kind of card.
    void addCard(Id stage, Id lane, int position, std::optional<CardKind> kind = std::nullopt);
    // Adds a card of `kind` where the selection points (after the focused card, or in the
    // selected stage or lane); returns false when there is no clear place.
    bool addCardAtSelection(std::optional<CardKind> kind = std::nullopt);

    bool canDelete() const;
    void deleteSelection();
    bool canCopy() const;
    void copy();
    void cut();
    bool canPaste() const;
    void paste();
    void pasteInto(Id stage, Id lane, int position);
    void duplicate();
    void selectAll();
    void rename();

    void setKind(CardKind kind);
    void setEvidence(Evidence evidence);

    // Arrow keys between cards: left and right to the neighbouring stage, up and down within
    // the cell and on to the neighbouring lane.
    void moveFocus(int key);

    void showContextMenu(const ElementRef &element, Id stage, Id lane, const QPoint &screenPos);

signals:
    void actionsChanged(); // what can be deleted, copied, pasted changed

private:
    QList<Id> selectedCards() const; // in document order
    QWidget *dialogParent() const;
    bool confirmDeleting(const QString &what, int cards);
    void deleteStages(const QList<Id> &stages);
    void deleteLanes(const QList<Id> &lanes);
    void addCardsTo(Id stage, Id lane, int position, QList<Card> cards, const QString &text);
    void fillCellMenu(QMenu *menu, Id stage, Id lane, int position);
    // In the emotion lane: a point here for any persona, whichever the lane shows.
    void fillEmotionMenu(QMenu *menu, Id stage, Id lane, const QPointF &scenePos);

    QPointer<MapSession> m_session;
    MapScene *m_scene;
    MapView *m_view;
};

} // namespace Waymark
