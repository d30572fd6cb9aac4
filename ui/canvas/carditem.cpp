#include "carditem.h"

#include "carddrag.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "linkoverlayitem.h"
#include "editor/metricscache.h"
#include "mapscene.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace Waymark {

CardItem::CardItem(MapScene *scene, Id card)
    : m_id(card)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(ZOrder::Card);
    // Text layout is the expensive part of painting a card; a cached pixmap per card keeps
    // scrolling and repainting smooth with thousands of them.
    setCacheMode(DeviceCoordinateCache);
    scene->addItem(this);
}

// Qt 6.4's ~QGraphicsItem drops the item's cache and then clears its focus, whose update()
// makes a new cache that nothing deletes (LeakSanitizer sees it): the focus goes first here.
CardItem::~CardItem()
{
    clearFocus();
}

MapScene *CardItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

double CardItem::heightFor(double width)
{
    if (width != m_laidOutWidth) {
        if (const Card *card = mapScene()->document()->card(m_id))
            m_face.layout(*card, width, mapScene()->theme());
        m_laidOutWidth = width;
        updateToolTip();
    }
    return m_face.height();
}

void CardItem::invalidate()
{
    m_laidOutWidth = -1;
    update();
}

void CardItem::setRect(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
    update();
}

QRectF CardItem::titleRect() const
{
    return m_face.titleRect(rect());
}

QRectF CardItem::boundingRect() const
{
    // Room for the focus ring and the shadow.
    return rect().adjusted(-4, -4, 4, 5);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), CanvasMetrics::CardRadius, CanvasMetrics::CardRadius);
    return path;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Card *card = mapScene()->document()->card(m_id);
    if (!card)
        return;
    int state = CardFace::Normal;
    if (isSelected())
        state |= CardFace::Selected;
    if (hasFocus())
        state |= CardFace::Focused;
    if (m_hovered)
        state |= CardFace::Hovered;
    if (m_dimmed)
        state |= CardFace::Dimmed;
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const std::optional<MetricBadge> badge = this->badge();
    m_face.paint(painter, rect(), *card, mapScene()->theme(), state, detail, badge ? &*badge : nullptr);
}

std::optional<MetricBadge> CardItem::badge() const
{
    const MetricsCache *cache = mapScene()->metrics();
    const Card *card = mapScene()->document()->card(m_id);
    if (!cache || !card || card->kind != CardKind::Touchpoint)
        return std::nullopt;
    const Metrics *metrics = cache->touchpoint(m_id);
    if (!metrics || !metrics->nps)
        return std::nullopt;
    MetricBadge badge = MetricBadge::nps(*metrics->nps);
    const QString score = badge.text.mid(badge.text.indexOf(u' ') + 1);
    badge.toolTip = metrics->npsN == 1 ? tr("NPS %1 from 1 answer naming this touchpoint").arg(score)
                                       : tr("NPS %1 from %2 answers naming this touchpoint").arg(score, QLocale().toString(metrics->npsN));
    return badge;
}

void CardItem::metricsChanged()
{
    updateToolTip();
    update();
}

void CardItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void CardItem::updateToolTip()
{
    const Card *card = mapScene()->document()->card(m_id);
    if (!card)
        return;
    // The full text when the card shows only part of it, and what its badge stands for.
    QString tip;
    if (m_face.isElided()) {
        tip = u"<b>"_s + card->title.toHtmlEscaped() + u"</b>"_s;
        if (!card->description.isEmpty())
            tip += u"<br>"_s + card->description.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    }
    if (const std::optional<MetricBadge> badge = this->badge())
        tip += (tip.isEmpty() ? QString() : u"<br>"_s) + badge->toolTip.toHtmlEscaped();
    setToolTip(tip);
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsObject::itemChange(change, value);
}

void CardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = event->scenePos();
    QGraphicsObject::mousePressEvent(event); // selection, with Ctrl toggling
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        event->accept();
}

void CardItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    CardDrag *drag = mapScene()->cardDrag();
    if (!(event->buttons() & Qt::LeftButton) || !mapScene()->isEditable())
        return;
    if (!drag->isActive()) {
        if ((event->scenePos() - m_pressPos).manhattanLength() * 1.0 < QApplication::startDragDistance())
            return;
        if (!isSelected()) {
            scene()->clearSelection();
            setSelected(true);
        }
        drag->start(this, m_pressPos);
    }
    drag->move(event->scenePos());
}

void CardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    CardDrag *drag = mapScene()->cardDrag();
    if (drag->isActive()) {
        drag->finish(event->scenePos());
        return;
    }
    QGraphicsObject::mouseReleaseEvent(event);
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    editTitle();
}

void CardItem::keyPressEvent(QKeyEvent *event)
{
    // F2 (what MapEditor::rename() sends for the Rename action) or Return edits the title,
    // as a double-click does and as on the stage and lane headers.
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (plain && (event->key() == Qt::Key_F2 || enter) && mapScene()->isEditable()) {
        editTitle();
        return;
    }
    QGraphicsObject::keyPressEvent(event);
}

void CardItem::editTitle()
{
    MapScene *s = mapScene();
    const Card *card = s->document()->card(m_id);
    if (!card || !s->isEditable())
        return;
    const Id id = m_id;
    const QRectF area = mapRectToScene(titleRect()).adjusted(-3, -2, 3, 2);
    s->editText(area, s->theme().titleFont, card->title, false, [s, id](const QString &text) {
        s->push(new SetValueCommand(s->document(), fieldRef(id, CardField::Title), text));
    });
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    mapScene()->linkOverlay()->setHoveredCard(m_id);
    update();
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    if (mapScene()->linkOverlay()->hoveredCard() == m_id)
        mapScene()->linkOverlay()->setHoveredCard(0);
    update();
}

void CardItem::focusInEvent(QFocusEvent *event)
{
    QGraphicsObject::focusInEvent(event);
    update();
}

void CardItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsObject::focusOutEvent(event);
    update();
}

} // namespace Waymark
