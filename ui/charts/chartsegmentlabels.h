#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QList>

class QAbstractSeries;
class QChart;

namespace Waymark {

// Percentages written inside the segments of a horizontal 100 % bar chart, each only where it
// fits: Qt Charts' own bar labels spill over narrow segments and hide each other.
class ChartSegmentLabels : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Segment {
        int category = 0;
        double from = 0; // 0..100
        double to = 0;
        QString text;
        QColor colour;
    };

    ChartSegmentLabels(QChart *chart, QAbstractSeries *series, const QList<Segment> &segments, const QFont &font);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void place();

    QChart *m_chart;
    QAbstractSeries *m_series;
    QList<Segment> m_segments;
    QFont m_font;
    QList<QRectF> m_rects; // per segment, in chart coordinates
};

} // namespace Waymark
