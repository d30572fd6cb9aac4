#include "emotionpointitem.h"

#include "commands/removeemotionpointcommand.h"
#include "commands/setemotionpointcommand.h"
#include "document/document.h"
#include "emotionlaneitem.h"
#include "emotionscale.h"
#include "mapscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Waymark {

EmotionPointItem::EmotionPointItem(EmotionLaneItem *lane, Id persona, Id stage)
    : QGraphicsObject(lane)
    , m_persona(persona)
    , m_stage(stage)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::SizeVerCursor);
}

MapScene *EmotionPointItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

EmotionLaneItem *EmotionPointItem::lane() const
{
    return static_cast<EmotionLaneItem *>(parentItem());
}

void EmotionPointItem::refresh()
{
    const Document *doc = mapScene()->document();
    const EmotionPoint *point = doc->emotionPoint(m_persona, m_stage);
    const int index = doc->personaIndex(m_persona);
    if (!point || index < 0)
        return;
    m_score = point->score;
    m_hasNote = !point->note.isEmpty();
    const Persona &persona = doc->personas().at(index);
    m_color = doc->personaColor(m_persona);
    setPos(lane()->pointPosition(m_persona, m_stage, m_score));
    const QString score = m_score > 0 ? u"+%1"_s.arg(m_score) : QString::number(m_score);
    setToolTip(point->note.isEmpty() ? u"%1: %2"_s.arg(persona.name, score)
                                     : u"%1: %2\n%3"_s.arg(persona.name, score, point->note));
    update();
}

QRectF EmotionPointItem::boundingRect() const
{
    // The dot, hovered, with its white ring. (The lane writes the value above it.)
    return QRectF(-Radius - 4, -Radius - 4, 2 * Radius + 8, 2 * Radius + 8);
}

QPainterPath EmotionPointItem::shape() const
{
    // Only the dot (and a little round it) takes the mouse: the value label above it covers
    // the dot of another persona one score higher at the same stage, which must stay
    // grabbable there.
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), Radius + 3, Radius + 3);
    return path;
}

void EmotionPointItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &theme = mapScene()->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = m_hovered || m_dragging ? Radius + 2 : Radius;
    painter->setPen(QPen(theme.rowEven, 2.5));
    painter->setBrush(m_color);
    painter->drawEllipse(QPointF(0, 0), r, r);
    if (m_hasNote) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.rowEven);
        painter->drawEllipse(QPointF(0, 0), 2.2, 2.2);
    }
}

void EmotionPointItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mapScene()->isEditable()) {
        event->ignore();
        return;
    }
    m_dragging = true;
    m_pushedInDrag = false;
    update();
    event->accept();
}

void EmotionPointItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QRectF r = lane()->rect();
    const int score = int(std::clamp(std::round(EmotionScale::scoreAt(event->scenePos().y(), r.top(), r.height())), -5.0, 5.0));
    if (score == m_score)
        return;
    const EmotionPoint *point = mapScene()->document()->emotionPoint(m_persona, m_stage);
    auto *command = new SetEmotionPointCommand(mapScene()->document(), {m_persona, m_stage, score, point ? point->note : QString()});
    // The first step of a drag starts an undo step; the following ones join it.
    command->setMergeable(m_pushedInDrag);
    m_pushedInDrag = true;
    mapScene()->push(command);
}

void EmotionPointItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *)
{
    m_dragging = false;
    update();
}

void EmotionPointItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    if (mapScene()->isEditable())
        editNote();
}

void EmotionPointItem::editNote()
{
    MapScene *s = mapScene();
    const EmotionPoint *point = s->document()->emotionPoint(m_persona, m_stage);
    if (!point)
        return;
    const EmotionPoint current = *point;
    const QPointF at = scenePos();
    s->editText(QRectF(at.x() - 90, at.y() + Radius + 6, 180, 48), s->theme().bodyFont, current.note, true,
                [s, current](const QString &note) {
                    EmotionPoint changed = current;
                    changed.note = note;
                    s->push(new SetEmotionPointCommand(s->document(), changed));
                });
}

void EmotionPointItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (!mapScene()->isEditable())
        return;
    QMenu menu;
    menu.addAction(QCoreApplication::translate("Waymark", "Edit Note…"), [this] { editNote(); });
    menu.addAction(QCoreApplication::translate("Waymark", "Remove Point"), [this] {
        mapScene()->push(new RemoveEmotionPointCommand(mapScene()->document(), m_persona, m_stage));
    });
    menu.exec(event->screenPos());
    event->accept();
}

void EmotionPointItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EmotionPointItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace Waymark
