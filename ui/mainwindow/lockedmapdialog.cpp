#include "lockedmapdialog.h"

#include "app/messagebox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Waymark::LockedMapDialog {

Choice ask(QWidget *parent, const QString &message)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LockedMapDialog", text); };
    QMessageBox box(QMessageBox::Information, tr("The Map Is Open Elsewhere"), QString(), QMessageBox::NoButton, parent);
    box.setObjectName(u"lockedMapDialog"_s);
    MessageBox::setText(box, message,
                        tr("Open it read-only to follow the other window's changes, or open a copy to edit on your own "
                           "(a new map you save under another name)."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("Open a &Copy"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    readOnly->setObjectName(u"openReadOnly"_s);
    copy->setObjectName(u"openCopy"_s);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return Choice::ReadOnly;
    if (box.clickedButton() == copy)
        return Choice::Copy;
    return Choice::Cancel;
}

} // namespace Waymark::LockedMapDialog
