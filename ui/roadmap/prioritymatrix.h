#pragma once

#include "model/ids.h"

#include <QPointer>
#include <QWidget>

namespace Waymark {

class Document;
class MapSession;

// Effort (across) against impact (up), 1 to 5 each, in four quadrants: quick wins (low
// effort, high impact), big bets, fill-ins and money pits. Each opportunity is a dot showing
// its number (OpportunityRanking::numbers: stable, unlike a rank), coloured by status;
// the quadrants' names sit in bands above and below the cells, clear of every dot. Dragging a dot to another cell sets its effort and impact
// as one undo step; arrow keys move the selected one a step. Clicking selects the card.
class PriorityMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit PriorityMatrix(QWidget *parent = nullptr);

    void setSession(MapSession *session);
    // Shows a map without editing it: what the PDF report draws.
    void setDocument(const Document *document);

    // Where a dot of that effort and impact goes, and where a card's dot is, in widget
    // coordinates (for tests and the keyboard).
    QPoint cellCenter(int effort, int impact) const;
    QPoint dotCenter(Id card) const;
    // The effort and impact of the cell under a point, clamped to the grid.
    std::pair<int, int> cellAt(const QPointF &point) const;
    double dotDiameter() const;
    // The label shown on a card's dot, and where the quadrants' names are drawn.
    QString dotLabel(Id card) const;
    QList<QRectF> quadrantLabelRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Drag {
        Id card = 0;
        QPointF grabOffset; // from the dot's centre to where it was grabbed
        QPointF position;   // the dot's centre now
        bool moved = false;
    };

    struct Dot {
        Id card = 0;
        int number = 0;
        QPointF center;
    };

    // The coloured quadrants, and within them the grid of cells (the quadrants' bands of
    // names above and below it).
    QRectF plotRect() const;
    QRectF gridRect() const;
    double labelBand() const;
    QList<Id> opportunities() const; // ranked
    // Every opportunity's dot, in rank order: computed once per use, not once per dot.
    QList<Dot> dots() const;
    Id dotAt(const QPointF &point) const;
    Id selectedCard() const;
    void prioritise(Id card, int effort, int impact);
    void paintQuadrants(QPainter &painter, const QRectF &plot) const;
    void paintAxes(QPainter &painter, const QRectF &plot) const;
    void paintDot(QPainter &painter, Id card, int number, const QPointF &center, bool selected) const;

    const Document *document() const;

    QPointer<MapSession> m_session;
    const Document *m_document = nullptr; // without a session: shown, not edited
    Drag m_drag;
};

} // namespace Waymark
