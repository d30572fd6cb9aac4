#include "growingtextedit.h"

#include "app/shortcuts.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Waymark {

namespace {

bool isCommitKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers().testFlag(Qt::ControlModifier);
}

} // namespace

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::updateHeight);
}

int GrowingTextEdit::heightForLines(int lines) const
{
    // The height the edit gives a line, which is not the font's line spacing.
    QTextLayout layout(u"X"_s, font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1000);
    const qreal lineHeight = line.height();
    layout.endLayout();
    // QPlainTextEdit wants a little room under the last line before it drops its scroll bar.
    constexpr int slack = 2;
    return qCeil(lines * lineHeight + 2 * document()->documentMargin()) + 2 * frameWidth() + slack;
}

int GrowingTextEdit::linesAtWidth(int width) const
{
    // The text area: the frame, the document's margins and a cursor's width off the widget.
    const int textWidth = width - 2 * frameWidth() - qRound(2 * document()->documentMargin()) - cursorWidth();
    if (textWidth <= 0)
        return MinLines;
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(wordWrapMode());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && lines <= MaxLines; block = block.next()) {
        QTextLayout layout(block.text(), font());
        layout.setTextOption(option);
        layout.beginLayout();
        int blockLines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(textWidth);
            ++blockLines;
        }
        layout.endLayout();
        lines += qMax(1, blockLines);
    }
    return lines;
}

int GrowingTextEdit::heightForWidth(int width) const
{
    int lines = linesAtWidth(width);
    if (lines > MaxLines) // the scroll bar takes some width, and the rest scrolls anyway
        lines = MaxLines;
    return heightForLines(qMax(MinLines, lines));
}

QSize GrowingTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_lines)};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(MinLines)};
}

void GrowingTextEdit::updateHeight()
{
    const int wrapped = linesAtWidth(width());
    // A scroll bar only where the text outgrows the tallest edit: one that comes and goes
    // narrows the text, rewraps it and leaves the edit a line short.
    setVerticalScrollBarPolicy(wrapped > MaxLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    const int lines = qBound(int(MinLines), wrapped, int(MaxLines));
    if (lines == m_lines)
        return;
    m_lines = lines;
    updateGeometry();
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

bool GrowingTextEdit::event(QEvent *event)
{
    // Our keys while typing, even where the window has a shortcut for them.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isCommitKey(key) || (key->key() == Qt::Key_Escape && document()->isModified())) {
            event->accept();
            return true;
        }
        if (!document()->isModified() && Shortcuts::isUndoOrRedo(key)) {
            // Nothing typed since the last commit: Ctrl+Z is the window's, and undoes that step.
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void GrowingTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (isCommitKey(event)) {
        emit editingFinished();
        return;
    }
    if (event->key() == Qt::Key_Escape && document()->isModified()) {
        emit editingFinished();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void GrowingTextEdit::focusOutEvent(QFocusEvent *event)
{
    // A context menu takes focus for a moment; that is not leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        emit editingFinished();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace Waymark
