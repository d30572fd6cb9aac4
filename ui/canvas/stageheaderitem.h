#pragma once

#include "headeritem.h"
#include "metricbadge.h"

#include <QList>

namespace Waymark {

// The header of a stage column: colour band, name, description and, once survey responses
// name the stage, its NPS and CSAT as badges coloured against the stage's targets. Drag to
// reorder, drag the right edge to resize, double-click to rename. On the canvas the name takes
// up to two lines and the description what is left (the tooltip has both in full); on paper
// both are shown in full and the header row grows to hold them.
class StageHeaderItem : public HeaderItem
{
    Q_OBJECT

public:
    StageHeaderItem(MapScene *scene, Id stage);

    int type() const override { return StageHeaderItemType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // What the badges show: none without responses (or without the scene's metrics).
    QList<MetricBadge> badges() const;
    // The height the header needs at `width` to show its name and description in full.
    double neededHeight(double width) const;
    // The figures or the targets changed: new tooltip, repaint.
    void metricsChanged();

protected:
    QRectF nameRect() const override;
    void rename() override;
    int dropIndex(const QPointF &scenePos) const override;
    int currentIndex() const override;
    void reorder(int from, int to) override;
    QLineF dropMarker(int index) const override;
    bool onResizeEdge(const QPointF &pos) const override;
    void resizeTo(double width, bool commit) override;

private:
    // The name and description broken into lines for a header `width` wide.
    struct Text {
        QStringList name;
        QStringList description;
        bool elided = false;
    };
    Text textAt(double width, bool full) const;
    double stepWidth() const;
    // The name's own text, right of the step number.
    QRectF titleRect() const;
    void paintBadges(QPainter *painter, const QList<MetricBadge> &badges) const;
};

} // namespace Waymark
