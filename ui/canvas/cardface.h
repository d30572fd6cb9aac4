#pragma once

#include "model/card.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace Waymark {

struct CanvasTheme;
struct MetricBadge;

// How a card looks: its text broken into lines that fit its width, its height, and the
// painting. Computed once per content or width change, not on every paint.
//
// Clamped (the editor's cards, and compact exports) keeps a card short: the title to three
// lines, the description to two, the rest elided. Full (exports) shows every word: the card is
// as tall as its text.
class CardFace
{
public:
    static constexpr int MaxTitleLines = 3;
    static constexpr int MaxDescriptionLines = 2;
    enum class Text { Clamped, Full };

    // Below this level of detail (the view's scale) the card shows its title alone, in type
    // large enough to read (the overview face); below that, when even the largest title that
    // fits would be smaller than MinTitlePixels on screen, the shape of its text.
    static constexpr double FullDetail = 0.6;
    static constexpr double MinTitlePixels = 7;

    void layout(const Card &card, double width, const CanvasTheme &theme, Text text = Text::Clamped);

    double height() const { return m_height; }
    bool isElided() const { return m_elided; }

    enum State { Normal = 0, Selected = 1, Focused = 2, Hovered = 4, Dimmed = 8 };
    // `detail` below FullDetail draws the overview face (zoomed far out). `badge` (a
    // touchpoint's NPS) goes in the icon row. Only lines that meet `exposed` (in the card's
    // coordinates; null: all) are drawn, so that a very long card costs what is visible.
    void paint(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme, int state,
               double detail, const MetricBadge *badge = nullptr, const QRectF &exposed = {}) const;

    // The size in scene units of the overview's title at `detail` for a card of `size`: larger
    // than the title font when zoomed out, so that it stays readable on screen (a little above
    // MinTitlePixels, the same for every card); 0 when even MinTitlePixels would not fit the
    // card (it then shows the shape of its text).
    static double titlePixelsAt(double detail, const QSizeF &size, const CanvasTheme &theme);
    // The overview's type size in scene units at `detail`, the same for cards and headers.
    static double overviewPixels(double detail);

    // The area of the title text within a card of this size, for in-place editing.
    QRectF titleRect(const QRectF &rect) const;

    static QString iconFor(const Card &card);
    static QColor fillFor(const Card &card, const CanvasTheme &theme);

private:
    void paintBlocks(QPainter *painter, const QRectF &rect, const CanvasTheme &theme) const;
    void paintOverview(QPainter *painter, const QRectF &rect, const Card &card, const CanvasTheme &theme,
                       double pixels) const;

    QString m_titleText;
    QStringList m_title;
    QStringList m_description;
    QStringList m_meta; // kind-specific line: "Effort 2 · Impact 5 · Store ops"
    double m_height = 0;
    double m_titleLineHeight = 0;
    double m_bodyLineHeight = 0;
    bool m_elided = false;
    // The overview face's title, wrapped for one type size and card size (kept between paints).
    struct Overview {
        double pixels = 0; // titlePixelsAt()
        QSizeF size;
        QStringList lines;
        double fontPixels = 0; // the size drawn
    };
    mutable Overview m_overview;
};

} // namespace Waymark
