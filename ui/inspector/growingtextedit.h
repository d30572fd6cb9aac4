#pragma once

#include <QPlainTextEdit>

namespace Waymark {

// A plain-text edit for a form: as tall as its text (within limits) so that the page, not
// each field, scrolls; Tab moves on; it says when the user is done with it.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // Focus left the edit, or the user pressed Ctrl+Return or Escape (which keeps what was
    // typed: it is committed as one undoable step, never thrown away).
    void editingFinished();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int MinLines = 3;
    static constexpr int MaxLines = 12;

    int heightForLines(int lines) const;
    // Lines of the text wrapped at `width`, counted up to MaxLines + 1. The edit's own layout
    // only lays out what it shows, so it cannot say this before the edit has its height.
    int linesAtWidth(int width) const;
    void updateHeight();

    int m_lines = MinLines;
};

} // namespace Waymark
