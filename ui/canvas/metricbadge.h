#pragma once

#include <QString>

#include <optional>

class QColor;
class QFont;
class QPainter;
class QPointF;

namespace Waymark {

struct CanvasTheme;
struct Metrics;
struct Stage;

// A figure shown on the canvas as a small pill ("NPS +23", "CSAT 82 %"), coloured against the
// stage's target: green when met, amber when a little short (NPS within 10 points, CSAT within
// 5), red when further below; neutral grey when there is no target.
struct MetricBadge {
    static constexpr double NpsTolerance = 10;
    static constexpr double CsatTolerance = 5;

    enum class Status { Neutral, Met, Near, Missed };

    QString text;
    Status status = Status::Neutral;
    QString toolTip;

    static MetricBadge nps(double nps, std::optional<double> target = std::nullopt);
    static MetricBadge csat(double csat, std::optional<double> target = std::nullopt);
    static Status statusOf(double value, std::optional<double> target, double tolerance);

    QColor fill(const CanvasTheme &theme) const;
    QColor textColor(const CanvasTheme &theme) const;
    double width(const QFont &font) const;
    static double height(const QFont &font);
    // Draws the pill with its top left at `at`; returns its width.
    double paint(QPainter *painter, const QPointF &at, const QFont &font, const CanvasTheme &theme) const;
};

} // namespace Waymark
