#include "stageheaderitem.h"

#include "model/valuebounds.h"
#include "commands/reordercommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "mapscene.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace Waymark {

using namespace CanvasMetrics;

StageHeaderItem::StageHeaderItem(MapScene *scene, Id stage)
    : HeaderItem(scene, stage, Qt::Horizontal)
{
    setZValue(ZOrder::StageHeader);
}

QRectF StageHeaderItem::nameRect() const
{
    return QRectF(rect().left() + 12, rect().top() + 12, rect().width() - 24, QFontMetricsF(mapScene()->theme().stageFont).height());
}

QRectF StageHeaderItem::titleRect() const
{
    const QString step = QString::number(mapScene()->document()->stageIndex(elementId()) + 1);
    const double stepWidth = QFontMetricsF(mapScene()->theme().smallFont).horizontalAdvance(step) + 10;
    return nameRect().adjusted(stepWidth + 7, 0, 0, 0);
}

void StageHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Document *doc = mapScene()->document();
    const int index = doc->stageIndex(elementId());
    if (index < 0)
        return;
    const Stage &stage = doc->stages().at(index);
    const CanvasTheme &theme = mapScene()->theme();
    const QRectF r = rect();
    const QColor band = doc->stageColor(stage.id);

    painter->fillRect(r, theme.headerBackground);
    painter->fillRect(QRectF(r.left(), r.top(), r.width(), 5), band);
    painter->setPen(theme.headerBorder);
    painter->drawLine(QLineF(r.bottomLeft(), r.bottomRight()));
    painter->drawLine(QLineF(r.topRight(), r.bottomRight()));

    // Step number and name.
    const QRectF name = nameRect();
    painter->setFont(theme.smallFont);
    painter->setPen(band.darker(theme.dark ? 60 : 120));
    const QString step = QString::number(index + 1);
    const double stepWidth = QFontMetricsF(theme.smallFont).horizontalAdvance(step) + 10;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(band);
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(QRectF(name.left(), name.top() + 2, stepWidth, name.height() - 4), 4, 4);
    painter->setPen(theme.textOn(band));
    painter->drawText(QRectF(name.left(), name.top() + 2, stepWidth, name.height() - 4), Qt::AlignCenter, step);

    painter->setFont(theme.stageFont);
    painter->setPen(theme.text);
    const QRectF title = titleRect();
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(theme.stageFont).elidedText(ValueBounds::forDisplay(stage.name, 500), Qt::ElideRight, title.width()));

    // The badges take the description's second line.
    const QList<MetricBadge> badges = this->badges();
    const int lines = badges.isEmpty() ? 2 : 1;
    if (!stage.description.isEmpty()) {
        painter->setFont(theme.bodyFont);
        painter->setPen(theme.mutedText);
        const QFontMetricsF metrics(theme.bodyFont);
        const QRectF text(r.left() + 12, name.bottom() + 3, r.width() - 24, metrics.lineSpacing() * lines);
        // Two lines at most; the full text is in the inspector and the tooltip.
        const QString shown = metrics.elidedText(ValueBounds::forDisplay(stage.description, 1000), Qt::ElideRight,
                                                 text.width() * lines - 20 * (lines - 1));
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WordWrap);
        painter->save();
        painter->setClipRect(text);
        painter->drawText(text, shown, option);
        painter->restore();
    }

    if (!badges.isEmpty())
        paintBadges(painter, badges);

    if (isSelected()) {
        painter->setPen(QPen(theme.accent, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25));
    } else if (isHovered() && mapScene()->isEditable()) {
        // The resize edge shows itself where it can be grabbed.
        painter->setPen(QPen(theme.accent, 2));
        painter->drawLine(QLineF(r.right() - 1, r.top() + 10, r.right() - 1, r.bottom() - 10));
    }
}

QList<MetricBadge> StageHeaderItem::badges() const
{
    const MetricsCache *cache = mapScene()->metrics();
    const Stage *stage = mapScene()->document()->stage(elementId());
    const Metrics *metrics = cache && stage ? cache->stage(elementId()) : nullptr;
    QList<MetricBadge> badges;
    if (!metrics)
        return badges;
    if (metrics->nps)
        badges.append(MetricBadge::nps(*metrics->nps, stage->npsTarget));
    if (metrics->csat)
        badges.append(MetricBadge::csat(*metrics->csat, stage->csatTarget));
    return badges;
}

void StageHeaderItem::paintBadges(QPainter *painter, const QList<MetricBadge> &badges) const
{
    const CanvasTheme &theme = mapScene()->theme();
    const QRectF r = rect();
    const double height = MetricBadge::height(theme.smallFont);
    double x = r.left() + 12;
    const double y = r.bottom() - 7 - height;
    for (const MetricBadge &badge : badges) {
        if (x + badge.width(theme.smallFont) > r.right() - 8)
            break; // a narrow stage shows what fits; the tooltip has all
        x += badge.paint(painter, QPointF(x, y), theme.smallFont, theme) + 5;
    }
    const Metrics *metrics = mapScene()->metrics()->stage(elementId());
    const QString count = tr("n %1").arg(QLocale().toString(metrics->responses));
    const QFontMetricsF font(theme.smallFont);
    if (x + font.horizontalAdvance(count) < r.right() - 8) {
        painter->setFont(theme.smallFont);
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(x + 1, y, r.right() - 8 - x, height), Qt::AlignLeft | Qt::AlignVCenter, count);
    }
}

void StageHeaderItem::metricsChanged()
{
    const QList<MetricBadge> badges = this->badges();
    QStringList tips;
    for (const MetricBadge &badge : badges)
        tips.append(badge.toolTip);
    if (!badges.isEmpty()) {
        const Metrics *metrics = mapScene()->metrics()->stage(elementId());
        tips.append(metrics->responses == 1 ? tr("1 survey response")
                                            : tr("%1 survey responses").arg(QLocale().toString(metrics->responses)));
    }
    setToolTip(tips.join(u'\n'));
    update();
}

void StageHeaderItem::rename()
{
    MapScene *s = mapScene();
    const Stage *stage = s->document()->stage(elementId());
    if (!stage)
        return;
    const Id id = elementId();
    // Over the name only: the step number stays in sight.
    s->editText(titleRect().adjusted(-4, -2, 4, 2).translated(pos()), s->theme().stageFont, stage->name, false, [s, id](const QString &text) {
        s->push(new SetValueCommand(s->document(), fieldRef(id, StageField::Name), text));
    });
}

int StageHeaderItem::dropIndex(const QPointF &scenePos) const
{
    return mapScene()->mapLayout().columnBoundaryAt(scenePos.x());
}

int StageHeaderItem::currentIndex() const
{
    return mapScene()->document()->stageIndex(elementId());
}

void StageHeaderItem::reorder(int from, int to)
{
    mapScene()->push(new ReorderCommand(mapScene()->document(), Entity::Stage, from, to));
}

QLineF StageHeaderItem::dropMarker(int index) const
{
    const auto &columns = mapScene()->mapLayout().columns();
    const double x = index < columns.size() ? columns.at(index).x : columns.last().x + columns.last().width;
    const double top = rect().top();
    return QLineF(x, top + 4, x, top + StageHeaderHeight - 4);
}

bool StageHeaderItem::onResizeEdge(const QPointF &pos) const
{
    return pos.x() >= rect().right() - ResizeGrip - 2 && pos.x() <= rect().right() + 1;
}

void StageHeaderItem::resizeTo(double width, bool commit)
{
    width = std::clamp(width, Stage::MinWidth, Stage::MaxWidth);
    MapScene *s = mapScene();
    if (!commit) {
        s->previewStageWidth(elementId(), width);
        return;
    }
    s->clearPreview();
    const Stage *stage = s->document()->stage(elementId());
    if (stage && std::abs(stage->width - width) >= 1)
        s->push(new SetValueCommand(s->document(), fieldRef(elementId(), StageField::Width), std::round(width)));
    else
        s->relayout(); // nothing to commit: the preview's fraction of a pixel goes too
}

} // namespace Waymark
