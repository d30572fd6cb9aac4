#pragma once

#include "itemtypes.h"

#include <QGraphicsTextItem>

namespace Waymark {

// Edits a name or a title in place, on the canvas. Return commits (Shift+Return adds a line
// where lines are allowed), and so do Escape and clicking elsewhere: what was typed is kept,
// one undoable step (Ctrl+Z takes it back), never dropped unseen.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    InlineEditor(const QRectF &rect, const QFont &font, const QString &text, bool multiLine);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void finished(bool commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRectF m_frame;
    bool m_multiLine;
    bool m_done = false;
};

} // namespace Waymark
