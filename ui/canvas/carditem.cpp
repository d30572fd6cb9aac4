#include "carditem.h"

#include "carddrag.h"
#include "comments/commentmarker.h"
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
    const CardFace::Text mode = mapScene()->textMode();
    if (width != m_laidOutWidth || mode != m_laidOutMode) {
        if (const Card *card = mapScene()->document()->card(m_id))
            m_face.layout(*card, width, mapScene()->theme(), mode);
        m_laidOutWidth = width;
        m_laidOutMode = mode;
        m_fullLaidOutWidth = -1;
        updateToolTip();
        updateExpansion();
    }
    return m_face.height();
}

void CardItem::invalidate()
{
    m_laidOutWidth = -1;
    m_fullLaidOutWidth = -1;
    update();
}

QRectF CardItem::shownRect() const
{
    return m_expanded ? QRectF(0, 0, m_size.width(), std::max(m_size.height(), m_fullFace.height())) : rect();
}

void CardItem::updateExpansion()
{
    MapScene *s = mapScene();
    const bool wanted = s && m_face.isElided() && m_laidOutWidth > 0 && !s->cardDrag()->isActive()
        && (m_hovered || (isSelected() && hasFocus()));
    if (wanted && m_fullLaidOutWidth != m_laidOutWidth) {
        if (const Card *card = s->document()->card(m_id))
            m_fullFace.layout(*card, m_laidOutWidth, s->theme(), CardFace::Text::Full);
        m_fullLaidOutWidth = m_laidOutWidth;
    }
    if (wanted == m_expanded)
        return;
    prepareGeometryChange();
    m_expanded = wanted;
    // Over its neighbours while expanded, back among them after.
    setZValue(wanted ? ZOrder::ExpandedCard : ZOrder::Card);
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
    return shownFace().titleRect(shownRect());
}

QRectF CardItem::boundingRect() const
{
    // Room for the focus ring and the shadow.
    return shownRect().adjusted(-4, -4, 4, 5);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(shownRect(), CanvasMetrics::CardRadius, CanvasMetrics::CardRadius);
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
    // On paper every card is drawn in full whatever the scale: a PDF is zoomed by its reader.
    const double detail = mapScene()->isForPaper() ? 1.0 : option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const std::optional<MetricBadge> badge = this->badge();
    const QRectF exposed = painter->hasClipping() ? painter->clipBoundingRect() : QRectF();
    shownFace().paint(painter, shownRect(), *card, mapScene()->theme(), state, detail, badge ? &*badge : nullptr, exposed);
    if (!mapScene()->isForPaper())
        CommentMarker::paint(painter, shownRect(), mapScene()->openThreads(m_id), mapScene()->theme());
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
    // What its badge stands for. (A clamped text shows in full while the card is hovered.)
    const std::optional<MetricBadge> badge = this->badge();
    QStringList tips;
    if (badge)
        tips.append(badge->toolTip.toHtmlEscaped());
    if (const int open = mapScene()->isForPaper() ? 0 : mapScene()->openThreads(m_id))
        tips.append(open == 1 ? tr("1 open comment thread (Comments dock)") : tr("%1 open comment threads (Comments dock)").arg(open));
    setToolTip(tips.join(u"<br>"_s));
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        updateExpansion();
        update();
    }
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
    updateExpansion();
    update();
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    if (mapScene()->linkOverlay()->hoveredCard() == m_id)
        mapScene()->linkOverlay()->setHoveredCard(0);
    updateExpansion();
    update();
}

void CardItem::focusInEvent(QFocusEvent *event)
{
    QGraphicsObject::focusInEvent(event);
    updateExpansion();
    update();
}

void CardItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsObject::focusOutEvent(event);
    updateExpansion();
    update();
}

} // namespace Waymark
