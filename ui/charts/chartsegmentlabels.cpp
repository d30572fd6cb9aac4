#include "chartsegmentlabels.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace Waymark {

ChartSegmentLabels::ChartSegmentLabels(QChart *chart, QAbstractSeries *series, const QList<Segment> &segments,
                                       const QFont &font)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_segments(segments)
    , m_font(font)
{
    setZValue(100); // above the bars
    connect(chart, &QChart::plotAreaChanged, this, &ChartSegmentLabels::place);
    place();
}

void ChartSegmentLabels::place()
{
    prepareGeometryChange();
    m_rects.clear();
    for (const Segment &segment : std::as_const(m_segments)) {
        const QPointF left = m_chart->mapToPosition(QPointF(segment.from, segment.category), m_series);
        const QPointF right = m_chart->mapToPosition(QPointF(segment.to, segment.category), m_series);
        const double height = QFontMetricsF(m_font).height();
        m_rects.append(QRectF(left.x(), left.y() - height / 2, right.x() - left.x(), height));
    }
    update();
}

QRectF ChartSegmentLabels::boundingRect() const
{
    return m_chart->plotArea();
}

void ChartSegmentLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF metrics(m_font);
    painter->setFont(m_font);
    for (qsizetype i = 0; i < m_segments.size() && i < m_rects.size(); ++i) {
        const QRectF rect = m_rects.at(i);
        if (metrics.horizontalAdvance(m_segments.at(i).text) + 6 > rect.width())
            continue;
        painter->setPen(m_segments.at(i).colour);
        painter->drawText(rect, Qt::AlignCenter, m_segments.at(i).text);
    }
}

} // namespace Waymark
