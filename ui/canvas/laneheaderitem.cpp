#include "laneheaderitem.h"

#include "model/valuebounds.h"
#include "commands/reordercommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "emotionscale.h"
#include "mapscene.h"
#include "svgicons.h"
#include "textlines.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Waymark {

using namespace CanvasMetrics;

namespace {
constexpr double IconSize = 18;
constexpr double ScaleWidth = 50; // the emotion scale at the right: faces, then the values -5 to +5
} // namespace

LaneHeaderItem::LaneHeaderItem(MapScene *scene, Id lane)
    : HeaderItem(scene, lane, Qt::Vertical)
{
    setZValue(ZOrder::LaneHeader);
}

QRectF LaneHeaderItem::nameRect() const
{
    const Lane *lane = mapScene()->document()->lane(elementId());
    const double right = lane && lane->kind == LaneKind::EmotionCurve ? ScaleWidth + 8 : 12;
    const QRectF area(rect().left() + 16 + IconSize, rect().top() + 12, LaneHeaderWidth - 28 - IconSize - right, 0);
    return area.adjusted(0, 0, 0, QFontMetricsF(mapScene()->theme().laneFont).lineSpacing() * std::max<qsizetype>(2, nameLines().size()));
}

QStringList LaneHeaderItem::nameLines(bool *elided) const
{
    const Lane *lane = mapScene()->document()->lane(elementId());
    if (!lane)
        return {};
    const double right = lane->kind == LaneKind::EmotionCurve ? ScaleWidth + 8 : 12;
    const bool full = mapScene()->textMode() == CardFace::Text::Full;
    return TextLines::wrap(lane->name, mapScene()->theme().laneFont, LaneHeaderWidth - 28 - IconSize - right, full ? 0 : 2, elided);
}

double LaneHeaderItem::legendTop() const
{
    return nameRect().bottom() + 10;
}

double LaneHeaderItem::neededHeight() const
{
    const Lane *lane = mapScene()->document()->lane(elementId());
    if (!lane)
        return 0;
    double height = nameRect().bottom() - rect().top() + 12;
    if (lane->kind == LaneKind::EmotionCurve) {
        const QFontMetricsF metrics(mapScene()->theme().smallFont);
        const qsizetype entries = mapScene()->document()->personas().size() + (mapScene()->showsMeasuredEmotion() ? 1 : 0);
        height = legendTop() - rect().top() + entries * (metrics.lineSpacing() + 4) + 8;
    }
    return std::ceil(height);
}

void LaneHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Lane *lane = mapScene()->document()->lane(elementId());
    if (!lane)
        return;
    const CanvasTheme &theme = mapScene()->theme();
    const QRectF r = rect();
    painter->fillRect(r, theme.headerBackground);
    painter->setPen(theme.headerBorder);
    painter->drawLine(QLineF(r.topRight(), r.bottomRight()));
    painter->drawLine(QLineF(r.bottomLeft(), r.bottomRight()));
    painter->setRenderHint(QPainter::Antialiasing);

    // Far out: the name alone, in type large enough to read.
    if (const double detail = detailOf(painter, option); detail < CardFace::FullDetail) {
        paintOverviewText(painter, QRectF(r.left() + 12, r.top() + 10, r.width() - 24, std::min(r.height() - 20, 140.0)), theme.laneFont,
                          theme.text, lane->name, detail);
        if (isSelected()) {
            painter->setPen(QPen(theme.accent, 2.5 / detail));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25));
        }
        return;
    }

    const QColor tint = lane->color.isValid() ? lane->color : theme.mutedText;
    SvgIcons::paint(painter, u"lane-"_s + keyOf(lane->kind), QRectF(r.left() + 12, r.top() + 13, IconSize, IconSize), tint);

    const QRectF name = nameRect();
    painter->setFont(theme.laneFont);
    painter->setPen(theme.text);
    const QFontMetricsF metrics(theme.laneFont);
    double y = name.top();
    for (const QString &line : nameLines()) {
        painter->drawText(QPointF(name.left(), y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }

    if (lane->kind == LaneKind::EmotionCurve)
        paintEmotionScale(painter);

    if (isSelected()) {
        painter->setPen(QPen(theme.accent, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25));
    }
}

void LaneHeaderItem::paintEmotionScale(QPainter *painter) const
{
    const CanvasTheme &theme = mapScene()->theme();
    const QRectF r = rect();
    // The faces at +5, +2.5, 0, -2.5 and -5, in line with the curve's scale.
    const struct {
        double score;
        const char16_t *icon;
        QColor color;
    } faces[] = {
        {5, u"face-very-happy", QColor(0x16, 0xa3, 0x4a)}, {2.5, u"face-happy", QColor(0x65, 0xa3, 0x0d)},
        {0, u"face-neutral", theme.mutedText},              {-2.5, u"face-unhappy", QColor(0xea, 0x58, 0x0c)},
        {-5, u"face-very-unhappy", QColor(0xdc, 0x26, 0x26)},
    };
    const double x = r.right() - ScaleWidth;
    for (const auto &face : faces) {
        const double y = EmotionScale::yOf(face.score, r.top(), r.height());
        SvgIcons::paint(painter, QString::fromUtf16(face.icon), QRectF(x + 2, y - 9, 18, 18), face.color);
    }
    // The value axis, against the lane's edge where the curve begins: a tick at every step,
    // the numbers where there is room for them.
    const double axis = r.right() - 1;
    const double stepHeight = EmotionScale::yOf(0, r.top(), r.height()) - EmotionScale::yOf(1, r.top(), r.height());
    const QFontMetricsF small(theme.smallFont);
    const int every = stepHeight >= small.height() ? 1 : stepHeight * 2 >= small.height() ? 2 : 5;
    painter->setFont(theme.smallFont);
    for (int score = EmotionPoint::MinScore; score <= EmotionPoint::MaxScore; ++score) {
        const double y = EmotionScale::yOf(score, r.top(), r.height());
        painter->setPen(QPen(score == 0 ? theme.mutedText : theme.gridLine, 1));
        painter->drawLine(QLineF(axis - (score % 5 == 0 ? 7 : 4), y, axis, y));
        if (score % every != 0)
            continue;
        const QString value = score > 0 ? u"+%1"_s.arg(score) : score < 0 ? u"\u2212%1"_s.arg(-score) : u"0"_s;
        painter->setPen(score == 0 ? theme.text : theme.mutedText);
        painter->drawText(QRectF(x + 20, y - small.height() / 2, axis - 9 - (x + 20), small.height()),
                          Qt::AlignRight | Qt::AlignVCenter, value);
    }
    painter->setPen(QPen(theme.gridLine, 1));
    painter->drawLine(QLineF(axis, EmotionScale::yOf(5, r.top(), r.height()), axis, EmotionScale::yOf(-5, r.top(), r.height())));

    // Legend: a line in each persona's colour and its name. The persona that new points go to
    // (picked here with a click) is marked.
    const Document *doc = mapScene()->document();
    const QFontMetricsF metrics(theme.smallFont);
    const Id adding = mapScene()->isEditable() ? mapScene()->emotionPersona() : 0;
    double y = legendTop();
    for (int i = 0; i < doc->personas().size() && y + metrics.height() < r.bottom() - 6; ++i) {
        const Persona &persona = doc->personas().at(i);
        const QColor colour = doc->personaColor(persona.id);
        const QRectF entry = legendEntry(i);
        if (persona.id == adding) {
            QColor wash = colour;
            wash.setAlphaF(0.16f);
            painter->setPen(QPen(colour, 1));
            painter->setBrush(wash);
            painter->drawRoundedRect(entry, 4, 4);
        }
        painter->setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QLineF(r.left() + 14, y + metrics.height() / 2, r.left() + 30, y + metrics.height() / 2));
        painter->setPen(theme.text);
        QFont font = theme.smallFont;
        font.setBold(persona.id == adding);
        painter->setFont(font);
        const double width = x - r.left() - 44;
        painter->drawText(QPointF(r.left() + 36, y + metrics.ascent()),
                          QFontMetricsF(font).elidedText(ValueBounds::forDisplay(persona.name, 500), Qt::ElideRight, width));
        y += metrics.lineSpacing() + 4;
    }
    painter->setFont(theme.smallFont);
    // The measured curve, drawn as it is in the lane.
    if (mapScene()->showsMeasuredEmotion() && mapScene()->metrics() && y + metrics.height() < r.bottom() - 6) {
        bool any = false;
        for (const Stage &stage : doc->stages())
            any = any || mapScene()->metrics()->measuredEmotion(stage.id);
        if (any) {
            QPen pen(theme.text, 2.2, Qt::DashLine, Qt::FlatCap);
            pen.setDashPattern({4, 3});
            painter->setPen(pen);
            painter->drawLine(QLineF(r.left() + 14, y + metrics.height() / 2, r.left() + 30, y + metrics.height() / 2));
            painter->setPen(theme.text);
            painter->drawText(QPointF(r.left() + 36, y + metrics.ascent()),
                              metrics.elidedText(tr("Measured (CSAT)"), Qt::ElideRight, x - r.left() - 44));
        }
    }
}

QRectF LaneHeaderItem::legendEntry(int index) const
{
    const QFontMetricsF metrics(mapScene()->theme().smallFont);
    const double y = legendTop() + index * (metrics.lineSpacing() + 4);
    return QRectF(rect().left() + 8, y - 2, rect().width() - ScaleWidth - 12, metrics.height() + 4);
}

int LaneHeaderItem::legendEntryAt(const QPointF &pos) const
{
    const Lane *lane = mapScene()->document()->lane(elementId());
    if (!lane || lane->kind != LaneKind::EmotionCurve)
        return -1;
    for (int i = 0; i < mapScene()->document()->personas().size(); ++i) {
        const QRectF entry = legendEntry(i);
        if (entry.bottom() > rect().bottom() - 6)
            break;
        if (entry.contains(pos))
            return i;
    }
    return -1;
}

void LaneHeaderItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A persona in the emotion lane's legend: new points go to that persona.
    const int entry = event->button() == Qt::LeftButton && mapScene()->isEditable() ? legendEntryAt(event->pos()) : -1;
    if (entry >= 0) {
        mapScene()->setEmotionPersona(mapScene()->document()->personas().at(entry).id);
        event->accept();
        return;
    }
    HeaderItem::mousePressEvent(event);
}

void LaneHeaderItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int entry = mapScene()->isEditable() ? legendEntryAt(event->pos()) : -1;
    if (entry >= 0) {
        const Persona &persona = mapScene()->document()->personas().at(entry);
        setToolTip(tr("Double-click in the lane to add a point for %1").arg(persona.name));
    } else {
        updateToolTip();
    }
    HeaderItem::hoverMoveEvent(event);
}

void LaneHeaderItem::updateToolTip()
{
    bool elided = false;
    nameLines(&elided);
    const Lane *lane = mapScene()->document()->lane(elementId());
    setToolTip(elided && lane ? lane->name : QString());
}

void LaneHeaderItem::rename()
{
    MapScene *s = mapScene();
    const Lane *lane = s->document()->lane(elementId());
    if (!lane)
        return;
    const Id id = elementId();
    const QRectF area = QRectF(nameRect().left() - 4, nameRect().top() - 2, nameRect().width() + 8,
                               QFontMetricsF(s->theme().laneFont).lineSpacing() + 6)
                            .translated(pos());
    s->editText(area, s->theme().laneFont, lane->name, false, [s, id](const QString &text) {
        s->push(new SetValueCommand(s->document(), fieldRef(id, LaneField::Name), text));
    });
}

int LaneHeaderItem::dropIndex(const QPointF &scenePos) const
{
    // Rows of hidden lanes are not on the canvas: map the visible boundary to the document.
    const MapLayout &layout = mapScene()->mapLayout();
    const Document *doc = mapScene()->document();
    const int boundary = layout.rowBoundaryAt(scenePos.y());
    if (boundary < layout.rows().size())
        return doc->laneIndex(layout.rows().at(boundary).lane);
    return doc->laneIndex(layout.rows().last().lane) + 1;
}

int LaneHeaderItem::currentIndex() const
{
    return mapScene()->document()->laneIndex(elementId());
}

void LaneHeaderItem::reorder(int from, int to)
{
    mapScene()->push(new ReorderCommand(mapScene()->document(), Entity::Lane, from, to));
}

QLineF LaneHeaderItem::dropMarker(int index) const
{
    const MapLayout &layout = mapScene()->mapLayout();
    const Document *doc = mapScene()->document();
    double y = layout.rows().last().y + layout.rows().last().height;
    for (const MapLayout::Row &row : layout.rows()) {
        if (doc->laneIndex(row.lane) >= index) {
            y = row.y;
            break;
        }
    }
    const double left = rect().left();
    return QLineF(left + 4, y, left + LaneHeaderWidth - 4, y);
}

} // namespace Waymark
