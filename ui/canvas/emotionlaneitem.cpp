#include "emotionlaneitem.h"

#include "commands/setemotionpointcommand.h"
#include "document/document.h"
#include "editor/mapsession.h"
#include "editor/metricscache.h"
#include "editor/selection.h"
#include "emotionpointitem.h"
#include "emotionscale.h"
#include "mapscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

// Fritsch-Carlson monotone cubic through the points, as Bezier segments: smooth, and never
// above the higher or below the lower of two neighbouring points.
QPainterPath monotoneCurve(const QList<QPointF> &points)
{
    QPainterPath path;
    const qsizetype n = points.size();
    if (n == 0)
        return path;
    path.moveTo(points.first());
    if (n == 1)
        return path;
    QList<double> slopes(n - 1);
    for (qsizetype i = 0; i < n - 1; ++i)
        slopes[i] = (points[i + 1].y() - points[i].y()) / (points[i + 1].x() - points[i].x());
    QList<double> tangents(n);
    tangents[0] = slopes[0];
    tangents[n - 1] = slopes[n - 2];
    for (qsizetype i = 1; i < n - 1; ++i)
        tangents[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
    for (qsizetype i = 0; i < n - 1; ++i) {
        if (slopes[i] == 0) {
            tangents[i] = tangents[i + 1] = 0;
            continue;
        }
        const double a = tangents[i] / slopes[i];
        const double b = tangents[i + 1] / slopes[i];
        const double length = a * a + b * b;
        if (length > 9) {
            const double t = 3 / std::sqrt(length);
            tangents[i] = t * a * slopes[i];
            tangents[i + 1] = t * b * slopes[i];
        }
    }
    for (qsizetype i = 0; i < n - 1; ++i) {
        const double h = points[i + 1].x() - points[i].x();
        path.cubicTo(QPointF(points[i].x() + h / 3, points[i].y() + tangents[i] * h / 3),
                     QPointF(points[i + 1].x() - h / 3, points[i + 1].y() - tangents[i + 1] * h / 3), points[i + 1]);
    }
    return path;
}

} // namespace

EmotionLaneItem::EmotionLaneItem(MapScene *scene, Id lane)
    : m_lane(lane)
{
    setZValue(ZOrder::EmotionLane);
    scene->addItem(this);
}

MapScene *EmotionLaneItem::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

void EmotionLaneItem::setRect(const QRectF &rect)
{
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    syncPoints();
    update();
}

bool EmotionLaneItem::isPersonaShown(Id persona) const
{
    return mapScene()->filter().showsPersona(persona);
}

QPointF EmotionLaneItem::pointPosition(Id persona, Id stage, double score) const
{
    const MapLayout::Column *column = mapScene()->mapLayout().column(stage);
    if (!column)
        return {};
    // Points of several personas at one stage sit side by side rather than on top of each other.
    const Document *doc = mapScene()->document();
    const int index = doc->personaIndex(persona);
    const qsizetype count = doc->personas().size();
    const double spread = std::min(20.0, (column->width - 40) / std::max<qsizetype>(1, count));
    const double x = column->x + column->width / 2 + (index - (count - 1) / 2.0) * spread;
    return QPointF(x, EmotionScale::yOf(score, m_rect.top(), m_rect.height()));
}

void EmotionLaneItem::syncPoints()
{
    const Document *doc = mapScene()->document();
    QHash<std::pair<Id, Id>, EmotionPointItem *> kept;
    for (const Persona &persona : doc->personas()) {
        for (const EmotionPoint &point : doc->emotionPointsOf(persona.id)) {
            const std::pair key(point.persona, point.stage);
            EmotionPointItem *item = m_points.take(key);
            if (!item)
                item = new EmotionPointItem(this, point.persona, point.stage);
            item->refresh();
            item->setVisible(isPersonaShown(point.persona) && mapScene()->mapLayout().column(point.stage));
            kept.insert(key, item);
        }
    }
    for (EmotionPointItem *gone : std::as_const(m_points)) {
        if (gone == scene()->mouseGrabberItem())
            gone->ungrabMouse();
        delete gone;
    }
    m_points = kept;
}

void EmotionLaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &theme = mapScene()->theme();
    const QRectF r = m_rect;
    painter->setRenderHint(QPainter::Antialiasing);

    // A faint wash above and below zero: feelings are good or bad at a glance.
    const double zero = EmotionScale::yOf(0, r.top(), r.height());
    const double top = EmotionScale::yOf(5, r.top(), r.height());
    const double bottom = EmotionScale::yOf(-5, r.top(), r.height());
    QColor good(0x16, 0xa3, 0x4a, theme.dark ? 22 : 14);
    QColor bad(0xdc, 0x26, 0x26, theme.dark ? 22 : 14);
    painter->fillRect(QRectF(r.left(), top, r.width(), zero - top), good);
    painter->fillRect(QRectF(r.left(), zero, r.width(), bottom - zero), bad);

    // A faint line at every step of the scale, read against the axis in the lane's header.
    QColor step = theme.gridLine;
    step.setAlphaF(0.45f);
    painter->setPen(QPen(step, 1));
    for (int score = -4; score <= 4; ++score) {
        if (score != 0)
            painter->drawLine(QLineF(r.left(), EmotionScale::yOf(score, r.top(), r.height()), r.right(),
                                     EmotionScale::yOf(score, r.top(), r.height())));
    }
    painter->setPen(QPen(theme.gridLine, 1, Qt::DotLine));
    for (const double score : {5.0, -5.0})
        painter->drawLine(QLineF(r.left(), EmotionScale::yOf(score, r.top(), r.height()), r.right(),
                                 EmotionScale::yOf(score, r.top(), r.height())));
    painter->setPen(QPen(theme.mutedText, 1.2, Qt::DashLine));
    painter->drawLine(QLineF(r.left(), zero, r.right(), zero));

    paintDisagreements(painter);
    const Document *doc = mapScene()->document();
    for (int i = 0; i < doc->personas().size(); ++i) {
        const Persona &persona = doc->personas().at(i);
        if (!isPersonaShown(persona.id))
            continue;
        QList<QPointF> points;
        for (const EmotionPoint &point : doc->emotionPointsOf(persona.id)) {
            if (mapScene()->mapLayout().column(point.stage))
                points.append(pointPosition(persona.id, point.stage, point.score));
        }
        const QColor colour = doc->personaColor(persona.id);
        painter->setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(monotoneCurve(points));
    }
    paintMeasuredCurve(painter);
    paintLabels(painter);
}

QString EmotionLaneItem::Label::text() const
{
    QStringList texts;
    for (const Part &part : parts)
        texts.append(part.text);
    return texts.join(u" \u00b7 "_s);
}

QList<EmotionLaneItem::Label> EmotionLaneItem::labels() const
{
    QList<Label> all;
    for (const MapLayout::Column &column : mapScene()->mapLayout().columns())
        all.append(labelsAt(column.stage));
    return all;
}

QList<EmotionLaneItem::Label> EmotionLaneItem::labelsAt(Id stage) const
{
    const MapLayout::Column *column = mapScene()->mapLayout().column(stage);
    if (!column)
        return {};
    const Document *doc = mapScene()->document();
    struct Point {
        Id persona;
        int score;
        QPointF at;
    };
    QList<Point> points;
    for (const EmotionPoint &point : doc->emotionPointsAt(stage)) {
        if (isPersonaShown(point.persona))
            points.append({point.persona, point.score, pointPosition(point.persona, stage, point.score)});
    }
    if (points.isEmpty())
        return {};
    QFont font = mapScene()->theme().smallFont;
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double radius = EmotionPointItem::Radius + 2; // as large as a hovered dot
    const double left = column->x + 4;
    const double right = column->x + column->width - 4;
    const auto value = [](int score) { return score > 0 ? u"+%1"_s.arg(score) : score < 0 ? u"\u2212%1"_s.arg(-score) : u"0"_s; };
    const auto name = [doc](Id persona, bool initial) {
        const Persona *p = doc->persona(persona);
        const QString full = p && !p->name.trimmed().isEmpty() ? p->name.trimmed() : QCoreApplication::translate("Waymark", "Persona");
        return initial ? full.left(1) : full.section(u' ', 0, 0);
    };

    // Start with a label per point; merge the groups whose labels meet each other or cover a
    // dot of another group, until none does. Each group's label sits above its topmost dot.
    QList<QList<int>> groups;
    for (int i = 0; i < points.size(); ++i)
        groups.append(QList<int>{i});
    const auto build = [&](const QList<int> &group) {
        Label label;
        QList<int> members = group;
        std::sort(members.begin(), members.end(), [&](int a, int b) { return points[a].at.x() < points[b].at.x(); });
        for (const bool initials : {false, true}) {
            label.parts.clear();
            for (const int i : members)
                label.parts.append({points[i].persona, members.size() == 1 ? value(points[i].score)
                                                                          : name(points[i].persona, initials) + u' ' + value(points[i].score)});
            if (metrics.horizontalAdvance(label.text()) + 6 <= right - left)
                break;
        }
        double top = 1e300;
        double sumX = 0;
        for (const int i : members) {
            top = std::min(top, points[i].at.y());
            sumX += points[i].at.x();
        }
        const double width = std::min(right - left, metrics.horizontalAdvance(label.text()) + 6);
        const double height = metrics.height() + 1;
        double x = sumX / double(members.size()) - width / 2;
        x = std::clamp(x, left, right - width);
        label.rect = QRectF(x, top - radius - 2 - height, width, height);
        return label;
    };
    QList<Label> built;
    for (bool merged = true; merged;) {
        merged = false;
        built.clear();
        for (const QList<int> &group : std::as_const(groups))
            built.append(build(group));
        for (int a = 0; a < groups.size() && !merged; ++a) {
            for (int b = 0; b < groups.size() && !merged; ++b) {
                if (a == b)
                    continue;
                bool meets = a < b && built[a].rect.intersects(built[b].rect);
                for (const int i : std::as_const(groups[b])) {
                    const QRectF dot(points[i].at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
                    meets = meets || built[a].rect.intersects(dot);
                }
                if (meets) {
                    groups[std::min(a, b)].append(groups[std::max(a, b)]);
                    groups.removeAt(std::max(a, b));
                    merged = true;
                }
            }
        }
    }
    return built;
}

void EmotionLaneItem::paintLabels(QPainter *painter) const
{
    const CanvasTheme &theme = mapScene()->theme();
    const Document *doc = mapScene()->document();
    QFont font = theme.smallFont;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    QColor back = theme.rowEven;
    back.setAlphaF(0.88f);
    for (const Label &label : labels()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(label.rect, 3, 3);
        // Each persona's part in its own colour, the separators muted.
        const QString text = label.text();
        const QString shown = metrics.elidedText(text, Qt::ElideRight, label.rect.width() - 6);
        double x = label.rect.left() + 3;
        const double baseline = label.rect.top() + (label.rect.height() - metrics.height()) / 2 + metrics.ascent();
        if (shown != text) {
            painter->setPen(theme.text);
            painter->drawText(QPointF(x, baseline), shown);
            continue;
        }
        for (int i = 0; i < label.parts.size(); ++i) {
            if (i > 0) {
                painter->setPen(theme.mutedText);
                painter->drawText(QPointF(x, baseline), u" \u00b7 "_s);
                x += metrics.horizontalAdvance(u" \u00b7 "_s);
            }
            painter->setPen(doc->personaColor(label.parts[i].persona).darker(theme.dark ? 70 : 115));
            painter->drawText(QPointF(x, baseline), label.parts[i].text);
            x += metrics.horizontalAdvance(label.parts[i].text);
        }
    }
}

QList<std::pair<Id, double>> EmotionLaneItem::measuredCurve() const
{
    QList<std::pair<Id, double>> curve;
    const MetricsCache *metrics = mapScene()->metrics();
    if (!metrics || !mapScene()->showsMeasuredEmotion())
        return curve;
    for (const Stage &stage : mapScene()->document()->stages()) {
        if (!mapScene()->mapLayout().column(stage.id))
            continue;
        if (const std::optional<double> score = metrics->measuredEmotion(stage.id))
            curve.append({stage.id, *score});
    }
    return curve;
}

void EmotionLaneItem::paintDisagreements(QPainter *painter) const
{
    const MetricsCache *metrics = mapScene()->metrics();
    if (!metrics || !mapScene()->showsMeasuredEmotion())
        return;
    const CanvasTheme &theme = mapScene()->theme();
    const QColor amber = theme.dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    QColor band = theme.dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xf5, 0x9e, 0x0b);
    band.setAlpha(theme.dark ? 34 : 38);
    const QFontMetricsF font(theme.smallFont);
    for (const MeasuredEmotion::Gap &gap : metrics->disagreements()) {
        const MapLayout::Column *column = mapScene()->mapLayout().column(gap.stage);
        if (!column)
            continue;
        const QRectF area(column->x + 6, m_rect.top() + 4, column->width - 12, m_rect.height() - 8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(band);
        painter->drawRoundedRect(area, 6, 6);
        const QString label = u"\u0394 "_s + QLocale().toString(std::abs(gap.delta()), 'f', 1);
        painter->setFont(theme.smallFont);
        painter->setPen(amber);
        painter->drawText(QRectF(area.left() + 6, area.top() + 3, area.width() - 12, font.height()),
                          Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void EmotionLaneItem::paintMeasuredCurve(QPainter *painter) const
{
    const QList<std::pair<Id, double>> curve = measuredCurve();
    if (curve.isEmpty())
        return;
    const CanvasTheme &theme = mapScene()->theme();
    QList<QPointF> points;
    for (const auto &[stage, score] : curve) {
        const MapLayout::Column *column = mapScene()->mapLayout().column(stage);
        points.append(QPointF(column->x + column->width / 2, EmotionScale::yOf(score, m_rect.top(), m_rect.height())));
    }
    QPen pen(theme.text, 2.2, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({4, 3});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(monotoneCurve(points));
    painter->setPen(QPen(theme.text, 1.5));
    painter->setBrush(theme.rowEven);
    for (const QPointF &point : std::as_const(points))
        painter->drawRect(QRectF(point.x() - 3.5, point.y() - 3.5, 7, 7));
}

void EmotionLaneItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    MapScene *s = mapScene();
    const Document *doc = s->document();
    const auto cell = s->mapLayout().cellAt(event->scenePos());
    if (!s->isEditable() || !cell || doc->personas().isEmpty()) {
        QGraphicsObject::mouseDoubleClickEvent(event);
        return;
    }
    // The persona picked in the legend (or shown alone, or selected), else the first one
    // without a point here.
    Id persona = s->emotionPersona();
    for (int i = 0; !persona && i < doc->personas().size(); ++i) {
        if (!doc->emotionPoint(doc->personas().at(i).id, cell->first) && isPersonaShown(doc->personas().at(i).id))
            persona = doc->personas().at(i).id;
    }
    if (!persona)
        persona = doc->personas().first().id;
    const double score = std::round(EmotionScale::scoreAt(event->scenePos().y(), m_rect.top(), m_rect.height()));
    s->push(new SetEmotionPointCommand(s->document(), {persona, cell->first, int(std::clamp(score, -5.0, 5.0)), {}}));
    event->accept();
}

} // namespace Waymark
