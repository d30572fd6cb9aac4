#include "metricbadge.h"

#include "canvastheme.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

constexpr double PaddingX = 6;
constexpr double PaddingY = 2;

QString signedScore(double value)
{
    const double rounded = std::round(value);
    return rounded > 0 ? u"+"_s + QLocale().toString(rounded, 'f', 0) : QLocale().toString(rounded == 0 ? 0.0 : rounded, 'f', 0);
}

QString targetNote(double value, std::optional<double> target, const QString &shownTarget)
{
    if (!target)
        return tr("no target set");
    if (value >= *target)
        return tr("target %1 met").arg(shownTarget);
    return tr("%1 below the target of %2").arg(QLocale().toString(*target - value, 'f', 0), shownTarget);
}

} // namespace

MetricBadge::Status MetricBadge::statusOf(double value, std::optional<double> target, double tolerance)
{
    if (!target)
        return Status::Neutral;
    if (value >= *target)
        return Status::Met;
    return value >= *target - tolerance ? Status::Near : Status::Missed;
}

MetricBadge MetricBadge::nps(double nps, std::optional<double> target)
{
    MetricBadge badge;
    badge.text = tr("NPS %1").arg(signedScore(nps));
    badge.status = statusOf(nps, target, NpsTolerance);
    badge.toolTip = tr("NPS %1: %2").arg(signedScore(nps), targetNote(nps, target, target ? signedScore(*target) : QString()));
    return badge;
}

MetricBadge MetricBadge::csat(double csat, std::optional<double> target)
{
    MetricBadge badge;
    const QString shown = QLocale().toString(csat, 'f', 0) + u" %"_s;
    badge.text = tr("CSAT %1").arg(shown);
    badge.status = statusOf(csat, target, CsatTolerance);
    badge.toolTip = tr("CSAT %1: %2").arg(shown, targetNote(csat, target, target ? QLocale().toString(*target, 'f', 0) + u" %"_s : QString()));
    return badge;
}

QColor MetricBadge::fill(const CanvasTheme &theme) const
{
    switch (status) {
    case Status::Met: return theme.dark ? QColor(0x16, 0x65, 0x34) : QColor(0x15, 0x80, 0x3d);
    case Status::Near: return theme.dark ? QColor(0x92, 0x40, 0x0e) : QColor(0xb4, 0x53, 0x09);
    case Status::Missed: return theme.dark ? QColor(0x99, 0x1b, 0x1b) : QColor(0xb9, 0x1c, 0x1c);
    case Status::Neutral: break;
    }
    return theme.dark ? QColor(0x3f, 0x42, 0x4a) : QColor(0xe4, 0xe7, 0xeb);
}

QColor MetricBadge::textColor(const CanvasTheme &theme) const
{
    return status == Status::Neutral ? theme.text : QColor(Qt::white);
}

double MetricBadge::width(const QFont &font) const
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return std::ceil(QFontMetricsF(bold).horizontalAdvance(text) + 2 * PaddingX);
}

double MetricBadge::height(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() + 2 * PaddingY);
}

double MetricBadge::paint(QPainter *painter, const QPointF &at, const QFont &font, const CanvasTheme &theme) const
{
    const QRectF rect(at, QSizeF(width(font), height(font)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill(theme));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(textColor(theme));
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect.width();
}

} // namespace Waymark
