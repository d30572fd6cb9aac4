#include "messagebox.h"

#include "io/messagetext.h"

#include <QMessageBox>

namespace Waymark::MessageBox {

void setText(QMessageBox &box, const QString &text, const QString &informativeText)
{
    // One plain-text label: the informative label's format cannot be set on its own.
    box.setTextFormat(Qt::PlainText);
    box.setText(MessageText::escaped(informativeText.isEmpty() ? text : text + u"\n\n" + informativeText));
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, parent);
    setText(box, text);
    box.exec();
}

} // namespace Waymark::MessageBox
