#include "slidetitleeditor.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace Waymark {

SlideTitleEditor::SlideTitleEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setFrame(false);
    setStyleSheet(u"QLineEdit { background: #ffffff; color: #1f2933; border: 2px solid #2563eb; border-radius: 4px; }"_s);
    hide();
}

void SlideTitleEditor::start(Id card, const QString &text, const QRect &geometry, const QFont &font)
{
    m_card = card;
    m_original = text;
    setFont(font);
    setText(text);
    setGeometry(geometry);
    show();
    raise();
    setFocus();
    selectAll();
}

void SlideTitleEditor::commit()
{
    if (!m_card)
        return;
    const Id card = m_card;
    m_card = 0;
    hide();
    const QString edited = text().trimmed();
    if (!edited.isEmpty() && edited != m_original)
        emit committed(card, edited);
}

void SlideTitleEditor::cancel()
{
    m_card = 0;
    hide();
}

void SlideTitleEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        return;
    case Qt::Key_Escape:
        cancel();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SlideTitleEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    commit();
}

} // namespace Waymark
