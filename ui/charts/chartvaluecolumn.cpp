#include "chartvaluecolumn.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Waymark {

namespace {
constexpr double Gap = 10;          // between plot area and column
constexpr double Spacing = 5;       // between the strong and the faint text
constexpr double StackBelow = 560;  // chart width under which the faint text goes below
} // namespace

ChartValueColumn::ChartValueColumn(QChart *chart, QAbstractSeries *series, const QList<Entry> &entries, const QFont &font,
                                   const QColor &strong, const QColor &faint)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_entries(entries)
    , m_font(font)
    , m_strongFont(font)
    , m_strong(strong)
    , m_faint(faint)
{
    m_strongFont.setWeight(QFont::DemiBold);
    reserve();
    connect(chart, &QChart::plotAreaChanged, this, &ChartValueColumn::place);
    place();
}

double ChartValueColumn::width(bool stacked) const
{
    const QFontMetricsF strong(m_strongFont);
    const QFontMetricsF faint(m_font);
    double widest = 0;
    for (const Entry &entry : m_entries) {
        const double a = strong.horizontalAdvance(entry.strong);
        const double b = entry.faint.isEmpty() ? 0 : faint.horizontalAdvance(entry.faint);
        widest = std::max(widest, stacked ? std::max(a, b) : a + (b > 0 ? Spacing + b : 0));
    }
    return widest;
}

void ChartValueColumn::reserve()
{
    QMargins margins = m_chart->margins();
    margins.setRight(int(std::ceil(width(m_stacked) + Gap + 4)));
    if (margins != m_chart->margins())
        m_chart->setMargins(margins);
}

void ChartValueColumn::place()
{
    // The chart's width decides the arrangement; changing it changes the plot area again,
    // which brings us back here with the arrangement settled.
    const bool stacked = m_chart->size().width() > 0 && m_chart->size().width() < StackBelow;
    if (stacked != m_stacked) {
        m_stacked = stacked;
        reserve();
    }
    prepareGeometryChange();
    m_anchors.clear();
    const QRectF plot = m_chart->plotArea();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        // The category's centre line: x does not matter for a horizontal bar chart.
        const QPointF centre = m_chart->mapToPosition(QPointF(0, double(i)), m_series);
        m_anchors.append(QPointF(plot.right() + Gap, centre.y()));
    }
    const double height = QFontMetricsF(m_strongFont).height();
    m_bounds = QRectF(plot.right() + Gap, plot.top() - height, width(m_stacked) + 2, plot.height() + 2 * height);
    update();
}

QRectF ChartValueColumn::boundingRect() const
{
    return m_bounds;
}

void ChartValueColumn::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF strong(m_strongFont);
    const QFontMetricsF faint(m_font);
    for (qsizetype i = 0; i < m_entries.size() && i < m_anchors.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QPointF anchor = m_anchors.at(i);
        const bool twoLines = m_stacked && !entry.strong.isEmpty() && !entry.faint.isEmpty();
        // One line centred on the row, or two around its centre line.
        const double baseline = twoLines ? anchor.y() - 1 : anchor.y() + (strong.ascent() - strong.descent()) / 2;
        painter->setFont(m_strongFont);
        painter->setPen(m_strong);
        painter->drawText(QPointF(anchor.x(), baseline), entry.strong);
        if (!entry.faint.isEmpty()) {
            painter->setFont(m_font);
            painter->setPen(m_faint);
            const double x = twoLines || entry.strong.isEmpty() ? anchor.x() : anchor.x() + strong.horizontalAdvance(entry.strong) + Spacing;
            painter->drawText(QPointF(x, twoLines ? anchor.y() + faint.ascent() : baseline), entry.faint);
        }
    }
}

} // namespace Waymark
