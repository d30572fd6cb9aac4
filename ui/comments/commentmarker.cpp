#include "commentmarker.h"

#include "canvas/canvastheme.h"

#include <QPainter>
#include <QPainterPath>

namespace Waymark::CommentMarker {

namespace {
constexpr double Width = 22;
constexpr double Height = 15;
constexpr double Tail = 4;
constexpr double Margin = 5;
} // namespace

QRectF rect(const QRectF &card)
{
    return {card.right() - Margin - Width, card.bottom() - Margin - Height - Tail, Width, Height + Tail};
}

void paint(QPainter *painter, const QRectF &card, int openThreads, const CanvasTheme &theme)
{
    if (openThreads <= 0)
        return;
    const QRectF outer = rect(card);
    const QRectF bubble(outer.topLeft(), QSizeF(Width, Height));
    QPainterPath path;
    path.addRoundedRect(bubble, 4, 4);
    QPolygonF tail;
    tail << QPointF(bubble.right() - 8, bubble.bottom() - 1) << QPointF(bubble.right() - 3, bubble.bottom() + Tail)
         << QPointF(bubble.right() - 3, bubble.bottom() - 1);
    path.addPolygon(tail);
    path.setFillRule(Qt::WindingFill);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x8a, 0x63, 0x00), 1));
    painter->setBrush(QColor(0xf6, 0xc3, 0x44));
    painter->drawPath(path.simplified());
    QFont font = theme.smallFont;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x3a, 0x29, 0x00));
    painter->drawText(bubble, Qt::AlignCenter, openThreads > 9 ? QStringLiteral("9+") : QString::number(openThreads));
    painter->restore();
}

} // namespace Waymark::CommentMarker
