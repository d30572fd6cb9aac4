#include "corneritem.h"

#include "model/valuebounds.h"
#include "document/document.h"
#include "mapscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace Waymark {

using namespace CanvasMetrics;

CornerItem::CornerItem(MapScene *scene)
    : m_height(StageHeaderHeight)
{
    setZValue(ZOrder::Corner);
    scene->addItem(this);
}

void CornerItem::setHeight(double height)
{
    if (height == m_height)
        return;
    prepareGeometryChange();
    m_height = height;
}

QRectF CornerItem::boundingRect() const
{
    return QRectF(0, 0, LaneHeaderWidth, m_height);
}

void CornerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *s = static_cast<MapScene *>(scene());
    const CanvasTheme &theme = s->theme();
    const QRectF r = boundingRect();
    painter->fillRect(r, theme.headerBackground);
    painter->setPen(theme.headerBorder);
    painter->drawLine(QLineF(r.topRight(), r.bottomRight()));
    painter->drawLine(QLineF(r.bottomLeft(), r.bottomRight()));

    if (s->isForPaper()) {
        painter->setFont(theme.smallFont);
        painter->setPen(theme.mutedText);
        const QRectF inner = r.adjusted(14, 10, -12, -10);
        painter->drawText(inner, Qt::AlignRight | Qt::AlignTop, tr("Stages \u2192"));
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignBottom, tr("Lanes \u2193"));
        return;
    }
    QFont font = theme.laneFont;
    font.setPointSizeF(font.pointSizeF() + 1);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(theme.text);
    const QRectF text = r.adjusted(14, 12, -12, -10);
    const QFontMetricsF metrics(font);
    QTextOption option(Qt::AlignLeft | Qt::AlignTop);
    option.setWrapMode(QTextOption::WordWrap);
    painter->save();
    painter->setClipRect(text);
    painter->drawText(text, metrics.elidedText(ValueBounds::forDisplay(s->document()->info().title, 1000), Qt::ElideRight,
                                               text.width() * 3 - 20),
                      option);
    painter->restore();
}

} // namespace Waymark
