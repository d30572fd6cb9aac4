#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace Waymark {

// Message boxes whose text may come from a file (a title, a file name, SQLite's own words):
// shown as plain text, never as markup (a title "<img src=…>" stays those characters), with
// control characters escaped as on the command line (MessageText).
namespace MessageBox {

void warning(QWidget *parent, const QString &title, const QString &text);

// For a box built by hand: sets its text and informative text that way.
void setText(QMessageBox &box, const QString &text, const QString &informativeText = {});

} // namespace MessageBox

} // namespace Waymark
