#pragma once

#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QPointer>

class QAbstractSeries;
class QChart;

namespace Waymark {

// The figures of a per-stage chart written as a column right of the plot area, one entry per
// stage ("+24" and, fainter, "±9 · n 120"): readable at any size, and never in the way of a
// bar or an interval. In a narrow chart the fainter part goes under the other. It reserves its
// room in the chart's right margin and follows the plot area, so it works in a view and when
// the chart is rendered straight from a scene.
class ChartValueColumn : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Entry {
        QString strong;
        QString faint;
    };

    // `series` maps category index to position; `entries` are in category order.
    ChartValueColumn(QChart *chart, QAbstractSeries *series, const QList<Entry> &entries, const QFont &font,
                     const QColor &strong, const QColor &faint);

    const QList<Entry> &entries() const { return m_entries; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void place();
    double width(bool stacked) const;
    void reserve();

    QChart *m_chart;
    QAbstractSeries *m_series;
    QList<Entry> m_entries;
    QFont m_font;
    QFont m_strongFont;
    QColor m_strong;
    QColor m_faint;
    QList<QPointF> m_anchors; // left end of each line's baseline middle, in chart coordinates
    QRectF m_bounds;
    bool m_stacked = false;
};

} // namespace Waymark
