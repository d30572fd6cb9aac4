#include "laneheaderitem.h"

#include "model/valuebounds.h"
#include "commands/reordercommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "emotionscale.h"
#include "mapscene.h"
#include "svgicons.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Waymark {

using namespace CanvasMetrics;

namespace {
constexpr double IconSize = 18;
constexpr double ScaleWidth = 30; // the faces of the emotion scale, at the right
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
    return QRectF(rect().left() + 16 + IconSize, rect().top() + 12, rect().width() - 28 - IconSize - right,
                  QFontMetricsF(mapScene()->theme().laneFont).lineSpacing() * 2);
}

void LaneHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
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

    const QColor tint = lane->color.isValid() ? lane->color : theme.mutedText;
    SvgIcons::paint(painter, u"lane-"_s + keyOf(lane->kind), QRectF(r.left() + 12, r.top() + 13, IconSize, IconSize), tint);

    const QRectF name = nameRect();
    painter->setFont(theme.laneFont);
    painter->setPen(theme.text);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    const QFontMetricsF metrics(theme.laneFont);
    const QString shown = metrics.elidedText(ValueBounds::forDisplay(lane->name, 500), Qt::ElideRight, name.width() * 2 - 10);
    painter->save();
    painter->setClipRect(name);
    painter->drawText(name, shown, option);
    painter->restore();

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
        SvgIcons::paint(painter, QString::fromUtf16(face.icon), QRectF(x + 4, y - 9, 18, 18), face.color);
    }
    painter->setPen(QPen(theme.gridLine, 1));
    painter->drawLine(QLineF(x + 13, EmotionScale::yOf(5, r.top(), r.height()) + 11, x + 13,
                             EmotionScale::yOf(-5, r.top(), r.height()) - 11));

    // Legend: a line in each persona's colour and its name.
    const Document *doc = mapScene()->document();
    painter->setFont(theme.smallFont);
    const QFontMetricsF metrics(theme.smallFont);
    double y = nameRect().bottom() + 10;
    for (int i = 0; i < doc->personas().size() && y + metrics.height() < r.bottom() - 6; ++i) {
        const Persona &persona = doc->personas().at(i);
        const QColor colour = doc->personaColor(persona.id);
        painter->setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QLineF(r.left() + 14, y + metrics.height() / 2, r.left() + 30, y + metrics.height() / 2));
        painter->setPen(theme.text);
        const double width = x - r.left() - 44;
        painter->drawText(QPointF(r.left() + 36, y + metrics.ascent()),
                          metrics.elidedText(ValueBounds::forDisplay(persona.name, 500), Qt::ElideRight, width));
        y += metrics.lineSpacing() + 4;
    }
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
