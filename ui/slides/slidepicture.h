#pragma once

#include "model/ids.h"

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Waymark {

// What a piece of a slide is, for tests, hit testing and the PPTX's shape names.
enum class SlideRole {
    Background,
    Panel,
    Caption,
    Title,
    FilterLabel,
    LaneLabel,
    Card,
    CardTitle,
    CardText,
    CardMeta,
    PanelLabel,
    Figure,
    FigureDetail,
    Persona,
    EmotionChart,
    Footer,
    Overview,
};

// A run of text broken into lines that fit `rect` (the layout wraps; painters draw the
// lines as they are, and the PPTX lets PowerPoint wrap the same text in the same box).
struct SlideText {
    QRectF rect;
    QStringList lines;
    QStringList paragraphs; // the words shown, paragraph by paragraph (what the PPTX carries)
    double size = 24; // font size in slide units (a pixel size)
    bool bold = false;
    QColor color;
    Qt::Alignment alignment = Qt::AlignLeft;
    SlideRole role = SlideRole::Caption;
    Id card = 0; // the card it belongs to, if any
    Id lane = 0;

    QString text() const { return paragraphs.isEmpty() ? lines.join(u' ') : paragraphs.join(u' '); }
    double lineHeight() const;
};

// A filled rectangle (rounded with `radius`), or an ellipse.
struct SlideShape {
    QRectF rect;
    QColor fill;
    QColor border; // invalid: none
    double borderWidth = 0;
    double radius = 0;
    bool ellipse = false;
    SlideRole role = SlideRole::Background;
    Id card = 0;
    Id lane = 0;
};

// An open polyline: a persona's emotion across the journey.
struct SlideLine {
    QPolygonF points;
    QColor color;
    double width = 3;
    SlideRole role = SlideRole::EmotionChart;
};

// The whole map as the canvas draws it (the overview), fitted into `rect`.
struct SlideMap {
    QRectF rect;
};

using SlideItem = std::variant<SlideShape, SlideText, SlideLine, SlideMap>;

// One slide laid out: what to draw, back to front, in slide units.
struct SlidePicture {
    QSizeF size;
    QList<SlideItem> items;

    // The text items of a role (or all), in order.
    QList<SlideText> texts(std::optional<SlideRole> role = std::nullopt) const;
    // Every text as one string, lines joined by spaces and items by newlines.
    QString plainText() const;
    // The card whose box holds `point`; 0 for none.
    Id cardAt(const QPointF &point) const;
    // The title text of a card (an empty one with a null rect when it has none).
    SlideText cardTitle(Id card) const;
    QRectF cardRect(Id card) const;
    const SlideMap *map() const;
};

} // namespace Waymark
