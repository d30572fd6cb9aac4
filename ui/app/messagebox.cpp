#include "messagebox.h"

#include "io/messagetext.h"

#include <QLabel>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Waymark::MessageBox {

void setText(QMessageBox &box, const QString &text, const QString &informativeText)
{
    box.setTextFormat(Qt::PlainText);
    box.setText(MessageText::escaped(text));
    if (informativeText.isEmpty())
        return;
    box.setInformativeText(MessageText::escaped(informativeText));
    // setTextFormat() leaves the informative label to guess: it is told, or the text joins
    // the main one.
    if (auto *label = box.findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)) {
        label->setTextFormat(Qt::PlainText);
    } else {
        box.setInformativeText(QString());
        box.setText(MessageText::escaped(text + u"\n\n"_s + informativeText));
    }
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, parent);
    setText(box, text);
    box.exec();
}

} // namespace Waymark::MessageBox
