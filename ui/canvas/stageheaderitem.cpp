#include "stageheaderitem.h"

#include "model/valuebounds.h"
#include "commands/reordercommand.h"
#include "commands/setvaluecommand.h"
#include "document/document.h"
#include "editor/metricscache.h"
#include "mapscene.h"
#include "textlines.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Waymark {

using namespace CanvasMetrics;

namespace {
constexpr double Inset = 12;      // left, right and top
constexpr double BadgeBottom = 7; // below the badges
constexpr int MaxNameLines = 2;   // on the canvas
constexpr int MaxDescriptionLines = 2;
} // namespace

StageHeaderItem::StageHeaderItem(MapScene *scene, Id stage)
    : HeaderItem(scene, stage, Qt::Horizontal)
{
    setZValue(ZOrder::StageHeader);
}

double StageHeaderItem::stepWidth() const
{
    const QString step = QString::number(mapScene()->document()->stageIndex(elementId()) + 1);
    return QFontMetricsF(mapScene()->theme().smallFont).horizontalAdvance(step) + 10;
}

QRectF StageHeaderItem::nameRect() const
{
    const QFontMetricsF metrics(mapScene()->theme().stageFont);
    const Text text = textAt(rect().width(), mapScene()->textMode() == CardFace::Text::Full);
    return QRectF(rect().left() + Inset, rect().top() + Inset, rect().width() - 2 * Inset,
                  metrics.lineSpacing() * std::max<qsizetype>(1, text.name.size()));
}

QRectF StageHeaderItem::titleRect() const
{
    return nameRect().adjusted(stepWidth() + 7, 0, 0, 0);
}

StageHeaderItem::Text StageHeaderItem::textAt(double width, bool full) const
{
    Text text;
    const Stage *stage = mapScene()->document()->stage(elementId());
    if (!stage)
        return text;
    const CanvasTheme &theme = mapScene()->theme();
    const double nameWidth = width - 2 * Inset - stepWidth() - 7;
    text.name = TextLines::wrap(stage->name, theme.stageFont, nameWidth, full ? 0 : MaxNameLines, &text.elided);
    const double descriptionWidth = width - 2 * Inset;
    int room = 0;
    if (!full) {
        // What is left of the canvas's fixed header under the name, above the badges.
        const double badges = this->badges().isEmpty() ? 0 : MetricBadge::height(theme.smallFont) + 4;
        const double used = Inset + std::max<qsizetype>(1, text.name.size()) * QFontMetricsF(theme.stageFont).lineSpacing() + 3;
        room = std::clamp(int((StageHeaderHeight - BadgeBottom - badges - used) / QFontMetricsF(theme.bodyFont).lineSpacing()), 0,
                          MaxDescriptionLines);
        if (room == 0) {
            text.elided = text.elided || !stage->description.trimmed().isEmpty();
            return text;
        }
    }
    text.description = TextLines::wrap(stage->description, theme.bodyFont, descriptionWidth, room, &text.elided);
    return text;
}

double StageHeaderItem::neededHeight(double width) const
{
    const CanvasTheme &theme = mapScene()->theme();
    const Text text = textAt(width, true);
    double height = Inset + std::max<qsizetype>(1, text.name.size()) * QFontMetricsF(theme.stageFont).lineSpacing();
    if (!text.description.isEmpty())
        height += 3 + text.description.size() * QFontMetricsF(theme.bodyFont).lineSpacing();
    height += badges().isEmpty() ? 10 : 6 + MetricBadge::height(theme.smallFont) + BadgeBottom;
    return std::max(StageHeaderHeight, std::ceil(height));
}

void StageHeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
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

    // Far out: the name alone, in type large enough to read.
    painter->setRenderHint(QPainter::Antialiasing);
    if (const double detail = detailOf(painter, option); detail < CardFace::FullDetail) {
        // The badges too, in type as readable as the name's, if both fit.
        QRectF nameArea = r.adjusted(Inset, Inset, -Inset, -6);
        const QList<MetricBadge> badges = this->badges();
        QFont badgeFont = theme.smallFont;
        badgeFont.setPixelSize(int(CardFace::overviewPixels(detail) * 0.85));
        const double badgeHeight = MetricBadge::height(badgeFont);
        if (!badges.isEmpty() && nameArea.height() - badgeHeight - 4 >= CardFace::overviewPixels(detail) * 1.2) {
            nameArea.setBottom(nameArea.bottom() - badgeHeight - 4);
            double x = nameArea.left();
            for (const MetricBadge &badge : badges) {
                if (x + badge.width(badgeFont) > r.right() - 4)
                    break;
                x += badge.paint(painter, QPointF(x, nameArea.bottom() + 4), badgeFont, theme) + badgeHeight * 0.3;
            }
        }
        paintOverviewText(painter, nameArea, theme.stageFont, theme.text, u"%1 %2"_s.arg(index + 1).arg(stage.name), detail);
        if (isSelected()) {
            painter->setPen(QPen(theme.accent, 2.5 / detail));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25));
        }
        return;
    }

    // Step number, in line with the name's first line.
    const Text text = textAt(r.width(), mapScene()->textMode() == CardFace::Text::Full);
    const QFontMetricsF nameMetrics(theme.stageFont);
    const QRectF name = nameRect();
    const QString step = QString::number(index + 1);
    const double steps = stepWidth();
    const QRectF pill(name.left(), name.top() + 2, steps, nameMetrics.height() - 4);
    painter->setFont(theme.smallFont);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(band);
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(theme.textOn(band));
    painter->drawText(pill, Qt::AlignCenter, step);

    // The name and the description, a line at a time (searchable in a PDF, and in full there).
    painter->setFont(theme.stageFont);
    painter->setPen(theme.text);
    const double titleLeft = titleRect().left();
    double y = name.top();
    for (const QString &line : text.name) {
        painter->drawText(QPointF(titleLeft, y + nameMetrics.ascent()), line);
        y += nameMetrics.lineSpacing();
    }
    y = std::max(y, name.top() + nameMetrics.lineSpacing());
    if (!text.description.isEmpty()) {
        painter->setFont(theme.bodyFont);
        painter->setPen(theme.mutedText);
        const QFontMetricsF metrics(theme.bodyFont);
        y += 3;
        for (const QString &line : text.description) {
            painter->drawText(QPointF(r.left() + Inset, y + metrics.ascent()), line);
            y += metrics.lineSpacing();
        }
    }

    const QList<MetricBadge> badges = this->badges();
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
    const double y = r.bottom() - BadgeBottom - height;
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
    // The whole name and description when the canvas shows only part of them.
    if (const Stage *stage = mapScene()->document()->stage(elementId());
        stage && mapScene()->textMode() == CardFace::Text::Clamped && textAt(rect().width(), false).elided) {
        tips.append(stage->name);
        if (!stage->description.trimmed().isEmpty())
            tips.append(stage->description.trimmed());
    }
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
    return QLineF(x, top + 4, x, top + rect().height() - 4);
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
