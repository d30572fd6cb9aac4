#include "inlineeditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace Waymark {

InlineEditor::InlineEditor(const QRectF &rect, const QFont &font, const QString &text, bool multiLine)
    : m_frame(QRectF(QPointF(0, 0), rect.size()))
    , m_multiLine(multiLine)
{
    setPlainText(text);
    setFont(font);
    setDefaultTextColor(QApplication::palette().color(QPalette::Text));
    setTextWidth(rect.width());
    setPos(rect.topLeft());
    setZValue(ZOrder::Editor);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    document()->setDocumentMargin(2);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

QRectF InlineEditor::boundingRect() const
{
    return QGraphicsTextItem::boundingRect().united(m_frame).adjusted(-2, -2, 2, 2);
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = QApplication::palette();
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 3, 3);
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(m_multiLine && event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_done = true;
        emit finished(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        // Keeps what was typed, as the inspector's fields do: Ctrl+Z takes it back.
        m_done = true;
        emit finished(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu of its own takes focus for a moment: that is not leaving the editor.
    if (!m_done && event->reason() != Qt::PopupFocusReason) {
        m_done = true;
        emit finished(true);
    }
}

} // namespace Waymark
