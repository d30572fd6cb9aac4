#pragma once

#include "model/card.h"

#include <QRectF>
#include <QStringList>

class QPainter;

namespace Waymark {

struct CanvasTheme;
struct MetricBadge;

// How a card looks: its text broken into lines that fit its width (wrapped, then elided), its
// height, and the painting. Computed once per content or width change, not on every paint.
class CardFace
{
public:
    static constexpr int MaxTitleLines = 3;
    static constexpr int MaxDescriptionLines = 2;

    void layout(const Card &card, double width, const CanvasTheme &theme);

    double height() const { return m_height; }
    bool isElided() const { return m_elided; }

    enum State { Normal = 0, Selected = 1, Focused = 2, Hovered = 4, Dimmed = 8 };
    // `detail` < 1 draws a simplified card (zoomed far out): blocks instead of text. `badge`
    // (a touchpoint's NPS) goes in the icon row.
    void paint(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme, int state,
               double detail, const MetricBadge *badge = nullptr) const;

    // The area of the title text within a card of this size, for in-place editing.
    QRectF titleRect(const QRectF &rect) const;

    static QString iconFor(const Card &card);
    static QColor fillFor(const Card &card, const CanvasTheme &theme);

private:
    QStringList m_title;
    QStringList m_description;
    QString m_meta; // kind-specific line: "Severity 4", "Effort 2 · Impact 5 · Store ops"
    double m_height = 0;
    double m_titleLineHeight = 0;
    double m_bodyLineHeight = 0;
    bool m_elided = false;
};

} // namespace Waymark
